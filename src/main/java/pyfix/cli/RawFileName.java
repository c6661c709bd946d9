package pyfix.cli;

import java.nio.file.Path;
import java.util.Arrays;
import pyfix.files.RawPaths;

/**
 * A file name as the file system holds it, in bytes. Java turns a name that is not UTF-8 (a Latin-1
 * {@code café.py} made on an old system) into a string with U+FFFD in it, which no tool can find;
 * the path keeps the bytes, and its URI spells them.
 */
final class RawFileName {
  private RawFileName() {}

  /**
   * The diff header name ({@code a/NAME}, {@code b/NAME}) of {@code file}, shown as {@code name},
   * C-quoted with octal escapes as git writes such names; null when {@code name} holds no U+FFFD
   * (it is the file's name as it is) or the bytes cannot be found.
   */
  static String quotedHeader(String prefix, String name, Path file) {
    if (file == null || name.indexOf('\uFFFD') < 0) {
      return null;
    }
    byte[] relative = RawPaths.bytes(file);
    if (!name.startsWith("/")) {
      byte[] cwd = RawPaths.bytes(Path.of(""));
      int n = cwd.length;
      if (relative.length <= n + 1
          || !Arrays.equals(relative, 0, n, cwd, 0, n)
          || relative[n] != '/') {
        return null;
      }
      relative = Arrays.copyOfRange(relative, n + 1, relative.length);
    }
    if (RawPaths.isUtf8(relative)) {
      return null;
    }
    StringBuilder q = new StringBuilder("\"").append(prefix);
    for (byte b : relative) {
      int c = b & 0xff;
      if (c == '"' || c == '\\') {
        q.append('\\').append((char) c);
      } else if (c < 0x20 || c >= 0x7f) {
        q.append(String.format("\\%03o", c));
      } else {
        q.append((char) c);
      }
    }
    return q.append('"').toString();
  }
}
