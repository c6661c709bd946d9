package pyfix.fixers.whitespace;

import java.util.ArrayList;
import java.util.List;
import pyfix.fix.Finding;
import pyfix.fix.RuleMetadata;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.source.LineMap;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * The spaces and tabs that end lines.
 *
 * <p>A form feed is a page break PEP 8 allows: it is kept, and only the spaces and tabs after the
 * last one count. Whitespace that ends a line inside a string (a triple-quoted string, an
 * f-string's literal text) is part of the string's value: it is found, as pycodestyle and Ruff find
 * it, but never removed.
 *
 * @param start where the run of spaces and tabs begins
 * @param end where it ends: at a line break or at the end of the file
 * @param blank whether nothing but whitespace precedes it on its line
 * @param afterContinuation whether the line directly follows a backslash continuation
 * @param inString whether it is inside a string
 */
record TrailingWhitespace(
    int start, int end, boolean blank, boolean afterContinuation, boolean inString) {

  /** Why whitespace inside a string is reported without a fix. */
  private static final String IN_STRING = "not fixed: the whitespace is part of a string's value";

  /** The finding of {@code code} for this run inside a string: reported, never fixed. */
  Finding inStringFinding(String code, String message) {
    return Finding.reportOnly(code, message, start, end).withFixTitle(IN_STRING);
  }

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
      boolean inString = t != null && isStringText(t.kind());
      if (t == null || !inString && (t.kind() != TokenKind.WHITESPACE || t.end() != end)) {
        continue; // inside a comment
      }
      int start = end;
      while (start > t.start() && isSpaceOrTab(text.charAt(start - 1))) {
        start--;
      }
      // a form feed before the run still makes a blank line; in a string, only the run counts
      boolean blank =
          inString ? start == lines.lineStart(line) : t.start() == lines.lineStart(line);
      boolean afterContinuation =
          !inString && i > 0 && tokens.get(i - 1).kind() == TokenKind.CONTINUATION;
      found.add(new TrailingWhitespace(start, end, blank, afterContinuation && blank, inString));
    }
    return found;
  }

  /**
   * Whether the rule reports whitespace inside strings under {@code settings}: as pycodestyle and
   * Ruff do, unless {@code metadata}'s code alone selects it, as pyfix selects W291 and W293 for a
   * project formatted by Black, which leaves strings as they are.
   */
  static boolean reportedInStrings(RuleMetadata metadata, Settings settings) {
    List<String> select = settings.select();
    return select.isEmpty()
        || select.stream().anyMatch(s -> !s.equals(metadata.code()) && metadata.selectedBy(s));
  }

  private static boolean isStringText(TokenKind kind) {
    return kind == TokenKind.STRING
        || kind == TokenKind.FSTRING_MIDDLE
        || kind == TokenKind.TSTRING_MIDDLE;
  }

  // a vertical tab counts, as pycodestyle and Ruff count it
  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t' || c == '\u000B';
  }
}
