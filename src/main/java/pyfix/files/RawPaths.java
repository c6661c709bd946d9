package pyfix.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * File names as the file system holds them, in bytes. Java decodes command-line arguments and file
 * names as UTF-8; a name that is not UTF-8 (a Latin-1 {@code naïve.py} from an old system) becomes
 * a string with U+FFFD in it, which opens nothing. A path found by listing its folder keeps the
 * bytes; an argument's bytes are still in {@code /proc/self/cmdline} on Linux.
 */
public final class RawPaths {
  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private RawPaths() {}

  /**
   * The path a command-line argument names when Java could not decode it ({@code arg} holds
   * U+FFFD): its bytes from the process's command line, matched folder by folder against listed
   * names; null when the argument decoded cleanly, or its bytes or file cannot be found.
   */
  static Path ofArgument(Path workingDirectory, String arg) {
    if (arg.indexOf('\uFFFD') < 0) {
      return null;
    }
    byte[] raw = rawArgument(arg);
    if (raw == null) {
      return null;
    }
    Path at = raw.length > 0 && raw[0] == '/' ? Path.of("/") : workingDirectory;
    for (byte[] part : split(raw)) {
      at = isUtf8(part) ? at.resolve(new String(part, StandardCharsets.UTF_8)) : listed(at, part);
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  /** The bytes of {@code path} made absolute, from its URI, which percent-encodes each byte. */
  public static byte[] bytes(Path path) {
    String raw = path.toAbsolutePath().normalize().toUri().getRawPath();
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

  /** Whether {@code bytes} are valid UTF-8. */
  public static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The command-line argument whose UTF-8 decoding is {@code arg}, in bytes, or null. */
  private static byte[] rawArgument(String arg) {
    byte[] all;
    try {
      all = Files.readAllBytes(CMDLINE);
    } catch (IOException | UnsupportedOperationException e) {
      return null; // not Linux, or no /proc
    }
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == 0) {
        byte[] one = Arrays.copyOfRange(all, start, i);
        if (new String(one, StandardCharsets.UTF_8).equals(arg)) {
          return one;
        }
        start = i + 1;
      }
    }
    return null;
  }

  private static List<byte[]> split(byte[] raw) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= raw.length; i++) {
      if (i == raw.length || raw[i] == '/') {
        if (i > start) {
          parts.add(Arrays.copyOfRange(raw, start, i));
        }
        start = i + 1;
      }
    }
    return parts;
  }

  /** The entry of {@code folder} whose name is {@code name} in bytes, or null. */
  private static Path listed(Path folder, byte[] name) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(e -> Arrays.equals(lastName(e), name)).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] lastName(Path entry) {
    byte[] all = bytes(entry);
    int slash = all.length - 1;
    while (slash >= 0 && all[slash] != '/') {
      slash--;
    }
    return Arrays.copyOfRange(all, slash + 1, all.length);
  }
}
