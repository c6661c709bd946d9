package pyfix.source;

import java.util.List;

/** The file's own conventions that new text must follow: its line break and indent unit. */
public record Stylist(String newline, String indent) {

  /** Reads the first line break and the first indentation unit of {@code text}. */
  public static Stylist of(String text, List<Token> tokens) {
    return new Stylist(firstNewline(text), firstIndent(text, tokens));
  }

  private static String firstNewline(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return "\n";
      }
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
      }
    }
    return "\n";
  }

  private static String firstIndent(String text, List<Token> tokens) {
    for (Token t : tokens) {
      if (t.kind() == TokenKind.INDENT && t.end() > t.start()) {
        return t.text(text);
      }
    }
    return "    ";
  }
}
