package pyfix.config;

import java.nio.file.Path;

/** A settings file that cannot be read or holds a bad value; {@code line} is 0 when unknown. */
public final class SettingsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;

  /** An error at {@code line} (and {@code column}, or 0) of {@code file}. */
  public SettingsException(Path file, int line, int column, String message) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The settings file. */
  public Path file() {
    return file;
  }

  /** The line of the error, from 1, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column of the error, from 1, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** {@code name:line:column: error: message}, leaving out what is unknown. */
  public String describe(String name) {
    String at = name + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "");
    return at + ": error: " + getMessage();
  }
}
