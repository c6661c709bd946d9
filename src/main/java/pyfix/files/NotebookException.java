package pyfix.files;

import pyfix.source.SourceException;

/**
 * A file that should be a notebook is not one pyfix can read; the place is in the file's text (1:1
 * when it is the whole file's).
 */
public final class NotebookException extends SourceException {
  /** An exception with {@code message}, which names what is wrong, about the whole file. */
  public NotebookException(String message) {
    this(message, 1, 1);
  }

  /** An exception with {@code message} about the file's text at {@code line}, {@code column}. */
  public NotebookException(String message, int line, int column) {
    super(line, column, message);
  }
}
