package pyfix.source;

/** The source cannot be split into Python tokens. */
public final class TokenizeException extends SourceException {

  /** Creates an error at 1-based {@code line} and {@code column}. */
  public TokenizeException(int line, int column, String message) {
    super(line, column, message);
  }
}
