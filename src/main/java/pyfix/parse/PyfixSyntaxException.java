package pyfix.parse;

import pyfix.source.SourceException;

/** The source is not valid Python. */
public final class PyfixSyntaxException extends SourceException {

  /** Creates an error at 1-based {@code line} and {@code column}. */
  public PyfixSyntaxException(int line, int column, String message) {
    super(line, column, message);
  }
}
