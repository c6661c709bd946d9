package pyfix.source;

/** The bytes are not text in the file's declared or default encoding. */
public final class DecodingException extends SourceException {

  /** Creates an error at 1-based {@code line} and {@code column}. */
  public DecodingException(int line, int column, String message) {
    super(line, column, message);
  }
}
