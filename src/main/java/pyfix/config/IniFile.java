package pyfix.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An INI file as Python's {@code configparser} reads it ({@code setup.cfg}, {@code tox.ini}, {@code
 * .isort.cfg}, {@code .editorconfig}): {@code [section]}s of {@code key = value} or {@code key:
 * value}, with indented continuation lines and {@code #}/{@code ;} comment lines.
 */
final class IniFile {
  /** One value, the section and the line that set it. */
  record Entry(String section, String key, String value, int line) {}

  /** The section whose keys configparser gives every other section that does not set them. */
  private static final String DEFAULTS = "DEFAULT";

  private final Path file;
  private final Map<String, Map<String, Entry>> sections;

  private IniFile(Path file, Map<String, Map<String, Entry>> sections) {
    this.file = file;
    this.sections = sections;
  }

  /** Reads {@code file}, or returns null when there is no such regular file. */
  static IniFile read(Path file) throws SettingsException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<String> lines;
    try {
      lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    } catch (CharacterCodingException e) {
      throw new SettingsException(
          file,
          0,
          0,
          "cannot read: not UTF-8 text (isort and flake8 read settings as UTF-8 and skip a file"
              + " that is not); save it as UTF-8");
    } catch (IOException e) {
      throw new SettingsException(file, 0, 0, "cannot read: " + e);
    }
    Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();
    String section = null;
    Map<String, Entry> current = null;
    Entry last = null;
    int lastIndent = 0;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      String line = strip(raw);
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      int indent = indent(raw);
      String header = header(line);
      // configparser continues a value only on lines indented deeper than its key
      if (last != null && indent > lastIndent) {
        last = new Entry(last.section(), last.key(), last.value() + "\n" + line, last.line());
        current.put(name(last.key()), last);
      } else if (header != null) {
        section = header;
        current = sections.computeIfAbsent(header, k -> new LinkedHashMap<>());
        last = null;
      } else if (current != null) {
        int eq = firstSeparator(line);
        if (eq < 0) {
          throw new SettingsException(file, i + 1, 0, "not a 'key = value' line: " + line);
        }
        last =
            new Entry(section, strip(line.substring(0, eq)), strip(line.substring(eq + 1)), i + 1);
        lastIndent = indent;
        current.put(name(last.key()), last);
      }
    }
    return new IniFile(file, sections);
  }

  /**
   * The section a header line names, or null: configparser's {@code \[(?P<header>.+)\]} matched
   * from the start, so the name runs to the last {@code ]}, spaces kept, and any text after it (a
   * comment) is ignored.
   */
  private static String header(String line) {
    int close = line.lastIndexOf(']');
    return line.startsWith("[") && close > 1 ? line.substring(1, close) : null;
  }

  /** Whether Python's {@code str.isspace()} holds for {@code c}: configparser strips by it. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** The number of spaces {@code line} starts with, as configparser measures indentation. */
  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code text} without spaces at either end, as Python's {@code str.strip()}. */
  private static String strip(String text) {
    int end = text.length();
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(Math.min(indent(text), end), end);
  }

  /** A key as configparser stores it: in lower case, so that a later spelling replaces it. */
  private static String name(String key) {
    return key.toLowerCase(Locale.ROOT);
  }

  private static int firstSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    return eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  }

  /** The file read. */
  Path file() {
    return file;
  }

  /**
   * The entries of {@code section} after those of {@code [DEFAULT]} it does not set, as
   * configparser gives them, or null when the file has no such section.
   */
  Map<String, Entry> section(String section) {
    Map<String, Entry> entries = sections.get(section);
    Map<String, Entry> defaults = sections.get(DEFAULTS);
    if (entries == null || defaults == null) {
      return entries;
    }
    Map<String, Entry> all = new LinkedHashMap<>(defaults);
    all.putAll(entries);
    return all;
  }
}
