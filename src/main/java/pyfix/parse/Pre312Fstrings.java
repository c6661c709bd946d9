package pyfix.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import pyfix.source.Token;
import pyfix.source.TokenIndex;
import pyfix.source.TokenKind;

/**
 * Lists what Python before 3.12 (before PEP 701) rejects in the replacement fields of a file's
 * f-strings, which the tokenizer and parser here accept: a backslash, a comment, the enclosing
 * quote reused, or a line break inside a single-quoted f-string's field.
 */
public final class Pre312Fstrings {
  private Pre312Fstrings() {}

  /** One place that only Python 3.12 or later accepts. */
  public record Violation(int line, int column, String reason) {}

  /** The violations in {@code file}, in source order. */
  public static List<Violation> in(ParsedFile file) {
    String text = file.text();
    List<Token> tokens = file.tokens();
    TokenIndex index = file.index();
    List<Violation> found = new ArrayList<>();
    Deque<Frame> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      TokenKind kind = t.kind();
      if (kind == TokenKind.FSTRING_START || kind == TokenKind.TSTRING_START) {
        check(text, t, index.depth(i), open, found);
        open.push(new Frame(quoteOf(t.text(text)), index.depth(i)));
        continue;
      }
      if (open.isEmpty()) {
        continue;
      }
      check(text, t, index.depth(i), open, found);
      if (kind == TokenKind.FSTRING_END || kind == TokenKind.TSTRING_END) {
        open.pop();
      }
    }
    return found;
  }

  private static void check(
      String text, Token t, int depth, Deque<Frame> open, List<Violation> found) {
    String reason = null;
    Frame top = open.peek();
    boolean ownMiddle =
        (t.kind() == TokenKind.FSTRING_MIDDLE || t.kind() == TokenKind.TSTRING_MIDDLE);
    for (Frame f : open) {
      // brackets opened since f started: 0 in f's literal text, more inside its fields
      int inField = depth - f.depth;
      // the token is part of f's literal text (or, for its own format spec, still allowed)
      boolean literalOfF = f == top && (inField == 0 || ownMiddle);
      if (inField == 0 || literalOfF) {
        continue;
      }
      String s = t.text(text);
      if (t.kind() == TokenKind.COMMENT) {
        reason = "comment inside an f-string field";
      } else if (s.indexOf('\\') >= 0 && !(ownMiddle && f == top)) {
        reason = "backslash inside an f-string field";
      } else if (isQuoted(t.kind()) && s.contains(f.quote)) {
        reason = "f-string quote reused inside its field";
      } else if (t.kind() == TokenKind.NL && f.quote.length() == 1) {
        reason = "line break inside a single-quoted f-string field";
      }
      if (reason != null) {
        found.add(new Violation(t.line(), t.column() + 1, reason));
        return;
      }
    }
  }

  private static boolean isQuoted(TokenKind kind) {
    return switch (kind) {
      case STRING,
          FSTRING_START,
          FSTRING_MIDDLE,
          FSTRING_END,
          TSTRING_START,
          TSTRING_MIDDLE,
          TSTRING_END ->
          true;
      default -> false;
    };
  }

  private static String quoteOf(String start) {
    int i = 0;
    while (i < start.length() && start.charAt(i) != '\'' && start.charAt(i) != '"') {
      i++;
    }
    return start.substring(i);
  }

  /** An open f-string: its quote and the bracket depth of its start. */
  private record Frame(String quote, int depth) {}
}
