package pyfix.fixers.fstrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One plain string literal token: its range in the file, prefix, quote and body.
 *
 * @param start offset of the prefix
 * @param end offset after the closing quote
 */
record StringLiteral(int start, int end, String prefix, String quote, String body) {

  /** Splits the literal {@code token} that starts at {@code start}. */
  static StringLiteral of(String token, int start) {
    int p = 0;
    while (token.charAt(p) != '\'' && token.charAt(p) != '"') {
      p++;
    }
    char q = token.charAt(p);
    int quoteLength =
        token.startsWith(String.valueOf(q).repeat(3), p) && token.length() - p >= 6 ? 3 : 1;
    String quote = token.substring(p, p + quoteLength);
    String body = token.substring(p + quoteLength, token.length() - quoteLength);
    return new StringLiteral(start, start + token.length(), token.substring(0, p), quote, body);
  }

  boolean raw() {
    return prefix.toLowerCase(Locale.ROOT).contains("r");
  }

  boolean bytes() {
    return prefix.toLowerCase(Locale.ROOT).contains("b");
  }

  boolean triple() {
    return quote.length() == 3;
  }

  /** The prefix of the f-string this literal becomes: {@code u} dropped, {@code f} added. */
  String fstringPrefix() {
    return prefix.replace("u", "").replace("U", "") + "f";
  }

  /**
   * The body as units a template parser reads: single characters, or whole escape sequences whose
   * value is never a brace or percent sign.
   */
  List<Unit> units() throws Refused {
    List<Unit> units = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        units.add(new Unit(String.valueOf(c), c, false));
        i++;
        continue;
      }
      if (raw()) {
        // a raw backslash is itself; it only keeps a quote or backslash after it from ending
        // the string, and neither means anything to a template
        char next = body.charAt(i + 1);
        int end = next == '\\' || next == '\'' || next == '"' ? i + 2 : i + 1;
        units.add(new Unit(body.substring(i, end), '\\', false));
        i = end;
        continue;
      }
      int end = Escapes.end(body, i);
      if (Escapes.mayProduceTemplateSyntax(body.substring(i, end))) {
        throw new Refused("an escape sequence produces a brace or percent sign");
      }
      units.add(new Unit(body.substring(i, end), '\\', true));
      i = end;
    }
    return units;
  }

  /** One character of the body, or one escape sequence. */
  record Unit(String source, char ch, boolean escape) {}
}
