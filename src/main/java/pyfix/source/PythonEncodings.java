package pyfix.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The coding-cookie names CPython accepts and the Java charset that reads each as Python's codec
 * does, from {@code python-encodings.tsv} ({@code scripts/gen-python-encodings}). Java's own names
 * would mislead: its {@code cp949} is IBM's code page, where 0x5C is a won sign.
 */
final class PythonEncodings {
  private static final Map<String, String> CHARSETS = load();

  private PythonEncodings() {}

  /**
   * The Java charset name for cookie {@code name}, "" when Python knows the codec but no Java
   * charset reads it as Python does, or null when Python knows no such codec.
   */
  static String charsetName(String name) {
    String key = normalize(name.toLowerCase(Locale.ROOT));
    String charset = CHARSETS.get(key);
    return charset != null ? charset : CHARSETS.get(key.replace('.', '_'));
  }

  /**
   * Python's {@code encodings.normalize_encoding}: each run of characters other than letters,
   * digits and dots becomes one underscore, none at either end.
   */
  private static String normalize(String name) {
    StringBuilder s = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '.') {
        if (gap && s.length() > 0) {
          s.append('_');
        }
        s.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return s.toString();
  }

  private static Map<String, String> load() {
    Map<String, String> charsets = new HashMap<>();
    try (InputStream in = PythonEncodings.class.getResourceAsStream("python-encodings.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          int tab = line.indexOf('\t');
          charsets.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return charsets;
  }
}
