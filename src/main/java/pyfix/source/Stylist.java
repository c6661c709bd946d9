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
   * Reads the line break most lines of {@code text} end with (the first one on a tie) and the first
   * indentation unit outside {@code # fmt: off} regions.
   */
  public static Stylist of(String text, List<Token> tokens, LineMap lines) {
    return new Stylist(dominantNewline(text, lines), firstIndent(text, tokens));
  }

  /** The line break most lines end with; on a tie, the first one; {@code \n} when none. */
  private static String dominantNewline(String text, LineMap lines) {
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    String first = null;
    // each line after the first starts right after a break: only the breaks are looked at
    for (int line = 2; line <= lines.lineCount(); line++) {
      int start = lines.lineStart(line);
      String found;
      if (text.charAt(start - 1) == '\r') {
        cr++;
        found = "\r";
      } else if (start >= 2 && text.charAt(start - 2) == '\r') {
        crlf++;
        found = "\r\n";
      } else {
        lf++;
        found = "\n";
      }
      if (first == null) {
        first = found;
      }
    }
    if (first == null) {
      return "\n";
    }
    int most = Math.max(lf, Math.max(crlf, cr));
    int firstCount = first.equals("\n") ? lf : first.equals("\r\n") ? crlf : cr;
    if (firstCount == most) {
      return first;
    }
    return lf == most ? "\n" : crlf == most ? "\r\n" : "\r";
  }

  /**
   * The first indented block's indentation; in a file without one, a tab when the first
   * continuation line inside brackets starts with one (spaces there may align with the bracket
   * rather than indent), else four spaces.
   */
  private static String firstIndent(String text, List<Token> tokens) {
    String continuation = null;
    int depth = 0;
    boolean suppressed = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case COMMENT -> {
          String comment = t.text(text);
          suppressed =
              FMT_OFF.matcher(comment).lookingAt()
                  || suppressed && !FMT_ON.matcher(comment).lookingAt();
        }
        case INDENT -> {
          // Python counts columns from a line's last form feed
          String whole = t.text(text);
          String indent = whole.substring(whole.lastIndexOf('\f') + 1);
          if (!indent.isEmpty() && !suppressed) {
            return indent;
          }
        }
        case OP -> depth += bracketDepthChange(text.charAt(t.start()));
        case NL -> {
          if (continuation == null
              && !suppressed
              && depth > 0
              && i + 1 < tokens.size()
              && tokens.get(i + 1).kind() == TokenKind.WHITESPACE
              && text.charAt(tokens.get(i + 1).start()) == '\t') {
            continuation = "\t";
          }
        }
        default -> {}
      }
    }
    return continuation != null ? continuation : "    ";
  }

  private static int bracketDepthChange(char c) {
    return switch (c) {
      case '(', '[', '{' -> 1;
      case ')', ']', '}' -> -1;
      default -> 0;
    };
  }
}
