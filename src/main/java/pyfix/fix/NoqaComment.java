package pyfix.fix;

import java.util.Optional;
import java.util.regex.Matcher;
import pyfix.parse.ParsedFile;
import pyfix.source.LineMap;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Writes the {@code # noqa: CODE} comment that suppresses one finding, as {@link Suppression} reads
 * it.
 */
public final class NoqaComment {
  private NoqaComment() {}

  /**
   * The edit that suppresses {@code finding} in {@code file}: adds its code to the {@code # noqa}
   * of the line it belongs to (the last of lines joined by backslashes), or appends {@code # noqa:
   * CODE} to that line. Empty when the line already has a blanket noqa.
   */
  public static Optional<Edit> suppressing(ParsedFile file, Finding finding) {
    String text = file.text();
    LineMap lines = file.lines();
    int line = Suppression.of(file).noqaLine(finding.start());
    for (Token t : file.tokens()) {
      if (t.kind() == TokenKind.COMMENT && t.line() == line) {
        Matcher m = Suppression.NOQA.matcher(t.text(text));
        if (m.find()) {
          if (m.group(2) == null) {
            return Optional.empty();
          }
          int codesEnd = t.start() + m.start(2) + m.group(2).stripTrailing().length();
          return Optional.of(Edit.insert(codesEnd, ", " + finding.code()));
        }
      }
    }
    int end = lines.lineEnd(line);
    while (end > lines.lineStart(line) && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > lines.lineStart(line) && text.charAt(end - 1) == '\\') {
      return Optional.empty();
    }
    return Optional.of(Edit.insert(end, "  # noqa: " + finding.code()));
  }
}
