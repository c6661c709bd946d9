package pyfix.source;

/** The bytes are not text in the file's declared or default encoding; names line and column. */
public final class DecodingException extends Exception {
  private final int line;
  private final int column;

  /** Creates an error at 1-based {@code line} and {@code column}. */
  public DecodingException(int line, int column, String message) {
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
}
