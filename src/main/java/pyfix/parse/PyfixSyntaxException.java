package pyfix.parse;

/** The source is not valid Python; names the 1-based line and column of the problem. */
public final class PyfixSyntaxException extends Exception {
  private final int line;
  private final int column;

  /** Creates an error at 1-based {@code line} and {@code column}. */
  public PyfixSyntaxException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }

  @Override
  public String toString() {
    return line + ":" + column + ": " + getMessage();
  }
}
