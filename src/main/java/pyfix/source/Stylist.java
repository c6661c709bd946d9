package pyfix.source;

import java.util.List;
import java.util.regex.Pattern;

/** The file's own conventions that new text must follow: its line break and indent unit. */
public record Stylist(String newline, String indent) {
  // code between `# fmt: off` and `# fmt: on` keeps a layout of its own: it sets no style
  private static final Pattern FMT_OFF =
      Pattern.compile("#\\s*(?:fmt:\\s*off|yapf:\\s*disable)\\s*$");
  private static final Pattern FMT_ON = Pattern.compile("#\\s*(?:fmt:\\s*on|yapf:\\s*enable)\\s*$");

  /**
   * Reads the first line break and the first indentation unit of {@code text} outside {@code # fmt:
   * off} regions.
   */
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
    boolean suppressed = false;
    for (Token t : tokens) {
      if (t.kind() == TokenKind.COMMENT) {
        String comment = t.text(text);
        suppressed =
            FMT_OFF.matcher(comment).lookingAt()
                || suppressed && !FMT_ON.matcher(comment).lookingAt();
      } else if (t.kind() == TokenKind.INDENT && t.end() > t.start() && !suppressed) {
        return t.text(text);
      }
    }
    return "    ";
  }
}
