package pyfix.fixers.fstrings;

import java.util.Locale;

/** Backslash escape sequences of non-raw string literals. */
final class Escapes {
  private Escapes() {}

  /** The end of the escape sequence starting with the backslash at {@code i}. */
  static int end(String body, int i) throws Refused {
    char c = body.charAt(i + 1);
    if (c == '\r' && i + 2 < body.length() && body.charAt(i + 2) == '\n') {
      return i + 3;
    }
    if ("\n\r\\'\"abfnrtv".indexOf(c) >= 0) {
      return i + 2;
    }
    if (c >= '0' && c <= '7') {
      int j = i + 1;
      while (j < body.length() && j < i + 4 && body.charAt(j) >= '0' && body.charAt(j) <= '7') {
        j++;
      }
      return j;
    }
    int hex = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (hex > 0) {
      return Math.min(body.length(), i + 2 + hex);
    }
    if (c == 'N' && i + 2 < body.length() && body.charAt(i + 2) == '{') {
      int close = body.indexOf('}', i + 3);
      if (close > 0) {
        return close + 1;
      }
    }
    throw new Refused("the template has an invalid escape sequence");
  }

  /** Whether escape sequence {@code s} may stand for '{', '}' or '%'. */
  static boolean mayProduceTemplateSyntax(String s) {
    char c = s.charAt(1);
    if (c == 'N') {
      String name = s.toUpperCase(Locale.ROOT);
      return name.contains("CURLY") || name.contains("PERCENT") || name.contains("BRACE");
    }
    int code;
    if (c >= '0' && c <= '7') {
      code = Integer.parseInt(s.substring(1), 8);
    } else if (c == 'x' || c == 'u' || c == 'U') {
      try {
        code = Integer.parseInt(s.substring(2), 16);
      } catch (NumberFormatException e) {
        return true;
      }
    } else {
      return false;
    }
    return code == '{' || code == '}' || code == '%';
  }
}
