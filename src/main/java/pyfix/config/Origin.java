package pyfix.config;

import java.nio.file.Path;

/**
 * Where a setting's value came from: a settings file (and which table or key of it), the command
 * line, or the defaults.
 *
 * @param file the settings file, or null for the command line and the defaults
 * @param detail the table or key in the file, e.g. {@code [tool.black] line-length}; or {@code
 *     command line} or {@code default}
 */
public record Origin(Path file, String detail) {
  /** The built-in default. */
  public static final Origin DEFAULT = new Origin(null, "default");

  /** An option given on the command line. */
  public static final Origin COMMAND_LINE = new Origin(null, "command line");
}
