package pyfix.source;

/** A problem at a place in a source file: its 1-based line and column, and what is wrong. */
public abstract class SourceException extends Exception {
  private final int line;
  private final int column;

  /** Creates an error at 1-based {@code line} and {@code column}. */
  protected SourceException(int line, int column, String message) {
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
