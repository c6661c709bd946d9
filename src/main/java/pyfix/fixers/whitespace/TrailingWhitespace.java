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

  /** Every run of trailing spaces and tabs in {@code file}, in order; W291 and W293 share it. */
  static List<TrailingWhitespace> in(ParsedFile file) {
    return file.derived(Runs.class, f -> new Runs(find(f))).all();
  }

  /** The runs of one text, as kept with it. */
  private record Runs(List<TrailingWhitespace> all) {}

  /**
   * Looks at the character before each line's break (or the text's end), not at every token: most
   * lines end without a space, and only a space or tab there can start a run.
   */
  private static List<TrailingWhitespace> find(ParsedFile file) {
    String text = file.text();
    List<Token> tokens = file.tokens();
    List<TrailingWhitespace> found = new ArrayList<>();
    LineMap lines = file.lines();
    for (int line = 1; line <= lines.lineCount(); line++) {
      int end = lines.contentEnd(text, line);
      if (end == 0 || !isSpaceOrTab(text.charAt(end - 1))) {
        continue;
      }
      int i = file.tokenAt(end - 1);
      Token t = i < 0 ? null : tokens.get(i);
      if (t == null || t.kind() != TokenKind.WHITESPACE || t.end() != end) {
        continue; // inside a string or a comment
      }
      int start = end;
      while (start > t.start() && isSpaceOrTab(text.charAt(start - 1))) {
        start--;
      }
      boolean blank = t.start() == lines.lineStart(lines.line(t.start()));
      boolean afterContinuation = i > 0 && tokens.get(i - 1).kind() == TokenKind.CONTINUATION;
      found.add(new TrailingWhitespace(start, end, blank, afterContinuation && blank));
    }
    return found;
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }
}
