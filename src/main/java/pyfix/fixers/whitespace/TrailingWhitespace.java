package pyfix.fixers.whitespace;

import java.util.ArrayList;
import java.util.List;
import pyfix.parse.ParsedFile;
import pyfix.source.LineMap;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * The spaces and tabs that end lines, outside strings.
 *
 * <p>Only WHITESPACE tokens are read, so whitespace inside a string (a triple-quoted string, an
 * f-string's literal text) is never seen. A form feed is a page break PEP 8 allows: it is kept, and
 * only the spaces and tabs after the last one count.
 *
 * @param start where the run of spaces and tabs begins
 * @param end where it ends: at a line break or at the end of the file
 * @param blank whether nothing but whitespace precedes it on its line
 * @param afterContinuation whether the line directly follows a backslash continuation
 */
record TrailingWhitespace(int start, int end, boolean blank, boolean afterContinuation) {

  /** Every run of trailing spaces and tabs in {@code file}, in order. */
  static List<TrailingWhitespace> in(ParsedFile file) {
    String text = file.text();
    LineMap lines = file.lines();
    List<Token> tokens = file.tokens();
    List<TrailingWhitespace> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != TokenKind.WHITESPACE || !atLineEnd(text, t.end())) {
        continue;
      }
      int start = t.end();
      while (start > t.start()
          && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
        start--;
      }
      if (start == t.end()) {
        continue;
      }
      int lineStart = lines.lineStart(lines.line(t.start()));
      boolean blank = t.start() == lineStart;
      boolean afterContinuation = i > 0 && tokens.get(i - 1).kind() == TokenKind.CONTINUATION;
      found.add(new TrailingWhitespace(start, t.end(), blank, afterContinuation && blank));
    }
    return found;
  }

  private static boolean atLineEnd(String text, int offset) {
    return offset == text.length() || text.charAt(offset) == '\n' || text.charAt(offset) == '\r';
  }
}
