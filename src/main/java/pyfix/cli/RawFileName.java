package pyfix.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

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
    byte[] relative = bytes(file.toAbsolutePath().normalize());
    if (!name.startsWith("/")) {
      byte[] cwd = bytes(Path.of("").toAbsolutePath());
      int n = cwd.length;
      if (relative.length <= n + 1
          || !Arrays.equals(relative, 0, n, cwd, 0, n)
          || relative[n] != '/') {
        return null;
      }
      relative = Arrays.copyOfRange(relative, n + 1, relative.length);
    }
    if (isUtf8(relative)) {
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

  /** The bytes of an absolute path, from its URI, which percent-encodes each byte that needs it. */
  private static byte[] bytes(Path absolute) {
    String raw = absolute.toUri().getRawPath();
    if (raw.length() > 1 && raw.endsWith("/")) {
      raw = raw.substring(0, raw.length() - 1);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
