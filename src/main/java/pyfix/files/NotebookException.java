package pyfix.files;

/** A file that should be a notebook is not one pyfix can read. */
public final class NotebookException extends Exception {
  /** An exception with {@code message}, which names what is wrong. */
  public NotebookException(String message) {
    super(message);
  }
}
