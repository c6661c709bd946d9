package pyfix.files;

import java.util.ArrayList;
import java.util.List;

/** JSON text as Python's {@code json} module writes it, which is how nbformat saves notebooks. */
final class JsonText {
  private JsonText() {}

  /**
   * {@code s} as a JSON string, as {@code json.dumps} writes it: quote, backslash and control
   * characters escaped (as {@code \n} or {@code \t}, or as a backslash-u escape with lower-case hex
   * digits), every other character as it is, or escaped above ASCII when {@code escapeNonAscii}.
   */
  static String string(String s, boolean escapeNonAscii) {
    StringBuilder out = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (escapeNonAscii && c >= 0x7f)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * {@code text} split after each line boundary as Python's {@code str.splitlines(True)} finds
   * them, which is how nbformat stores a source as a list of lines.
   */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      i++;
      if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
        i++;
      } else if (!isLineBoundary(c)) {
        continue;
      }
      lines.add(text.substring(start, i));
      start = i;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static boolean isLineBoundary(char c) {
    return switch (c) {
      case '\n',
          '\r',
          '\u000b',
          '\u000c',
          '\u001c',
          '\u001d',
          '\u001e',
          '\u0085',
          '\u2028',
          '\u2029' ->
          true;
      default -> false;
    };
  }

  /**
   * The first comma outside strings in {@code json} that the same line goes on after, with the
   * spaces after it: {@code ", "} as {@code json.dumps} writes without indentation; {@code ","}
   * when there is none.
   */
  static String inlineComma(String json) {
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        i = stringEnd(json, i);
        continue;
      }
      i++;
      if (c == ',') {
        int end = i;
        while (end < json.length() && (json.charAt(end) == ' ' || json.charAt(end) == '\t')) {
          end++;
        }
        if (end < json.length() && json.charAt(end) != '\n' && json.charAt(end) != '\r') {
          return json.substring(i - 1, end);
        }
      }
    }
    return ",";
  }

  /** Where the string literal that starts at {@code start} of {@code json} ends (exclusive). */
  private static int stringEnd(String json, int start) {
    int i = start + 1;
    while (json.charAt(i) != '"') {
      i += json.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  /** The {@code [start, end)} spans of the string literals in the JSON text {@code json}. */
  static List<int[]> stringSpans(String json) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < json.length()) {
      if (json.charAt(i) != '"') {
        i++;
        continue;
      }
      int start = i;
      i = stringEnd(json, start);
      spans.add(new int[] {start, i});
    }
    return spans;
  }
}
