package pyfix.files;

/** A file that should be a notebook is not one pyfix can read. */
public final class NotebookException extends Exception {
  private final int line;
  private final int column;

  /** An exception with {@code message}, which names what is wrong, about the whole file. */
  public NotebookException(String message) {
    this(message, 1, 1);
  }

  /** An exception with {@code message} about the file's text at {@code line}, {@code column}. */
  public NotebookException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** The line of the file's text where the problem is, from 1; 1 when it is the whole file's. */
  public int line() {
    return line;
  }

  /** The column of the file's text where the problem is, from 1. */
  public int column() {
    return column;
  }
}
