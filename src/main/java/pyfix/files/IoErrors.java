package pyfix.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Short, user-facing descriptions of file-system errors, without the path they concern. */
public final class IoErrors {
  /** Why a file name the JVM cannot encode is refused: a locale whose charset is not UTF-8. */
  public static final String UNREPRESENTABLE_NAME =
      "the name cannot be encoded in this locale's character set; run under a UTF-8 locale"
          + " (LC_ALL=C.UTF-8), as scripts/pyfix does";

  private IoErrors() {}

  /** Describes {@code e} in a few words, as {@code path: error: <description>} shows it. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
