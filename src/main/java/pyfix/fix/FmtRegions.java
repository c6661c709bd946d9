package pyfix.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pyfix.parse.ParsedFile;
import pyfix.source.LineMap;
import pyfix.source.Token;
import pyfix.source.TokenIndex;
import pyfix.source.TokenKind;

/**
 * The regions of a file that Black leaves alone, which pyfix keeps byte-identical as well.
 *
 * <ul>
 *   <li>{@code # fmt: off} (also {@code # fmt:off} and {@code # yapf: disable}) as a comment on a
 *       line of its own, outside brackets, starts a region at the start of its line. The region
 *       ends at the end of the line of the next own-line {@code # fmt: on} ({@code # fmt:on},
 *       {@code # yapf: enable}) at the same column outside brackets; if the block it is in ends
 *       first, at the start of the first statement indented less than the comment; otherwise it
 *       runs to the end of the file, and text appended at the end falls inside it.
 *   <li>{@code # fmt: off} on its own line inside brackets starts a region at its line that ends at
 *       the end of the line of the next {@code # fmt: on}, or at the end of the statement,
 *       whichever comes first.
 *   <li>A comment after code whose {@code #}-separated parts include {@code fmt: skip} (or {@code
 *       fmt:skip}) makes its whole statement a region: from the start of the statement's first line
 *       to the end of its line break. A {@code # fmt: skip} on a line of its own, and a {@code #
 *       fmt: off} after code, are ignored, as Black ignores them.
 * </ul>
 *
 * <p>A range {@code [s, e)} touches a region {@code [rs, re)} when they share a character; an
 * insertion at {@code s} touches it when {@code rs < s < re}.
 */
final class FmtRegions {
  private static final Pattern OFF = Pattern.compile("#\\s*(?:fmt:\\s*off|yapf:\\s*disable)");
  private static final Pattern ON = Pattern.compile("#\\s*(?:fmt:\\s*on|yapf:\\s*enable)");
  private static final Pattern SKIP = Pattern.compile("fmt:\\s*skip");
  private static final int END_OF_FILE = Integer.MAX_VALUE;

  // Pairs {start, end}.
  private final List<int[]> regions;

  private FmtRegions(List<int[]> regions) {
    this.regions = regions;
  }

  /** Finds the regions of {@code file}. */
  static FmtRegions of(ParsedFile file) {
    String text = file.text();
    List<Token> tokens = file.tokens();
    List<int[]> regions = new ArrayList<>();
    for (int i : file.comments()) {
      Token t = tokens.get(i);
      // every directive spells one of them; most comments need no copy, most files no index
      if (!t.contains(text, "fmt:") && !t.contains(text, "yapf:")) {
        continue;
      }
      TokenIndex index = file.index();
      LineMap lines = file.lines();
      String comment = t.text(text);
      if (index.ownLine(i) && OFF.matcher(comment).matches()) {
        int end = index.depth(i) == 0 ? blockEnd(file, i, t.column()) : bracketEnd(file, i);
        regions.add(new int[] {lines.lineStart(t.line()), end});
      } else if (!index.ownLine(i) && isSkip(comment)) {
        int statement = index.logicalLineOf(i);
        if (statement >= 0 && index.logicalLineFirst(statement) < i) {
          int first = tokens.get(index.logicalLineFirst(statement)).start();
          regions.add(new int[] {lines.lineStart(lines.line(first)), statementEnd(file, i)});
        }
      }
    }
    return new FmtRegions(regions);
  }

  /** Whether {@code [start, end)} touches a region. */
  boolean touches(int start, int end) {
    for (int[] r : regions) {
      boolean hit = start == end ? r[0] < start && start < r[1] : start < r[1] && end > r[0];
      if (hit) {
        return true;
      }
    }
    return false;
  }

  private static int blockEnd(ParsedFile file, int off, int column) {
    String text = file.text();
    List<Token> tokens = file.tokens();
    TokenIndex index = file.index();
    for (int j = off + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.kind() == TokenKind.COMMENT
          && index.depth(j) == 0
          && t.column() == column
          && index.ownLine(j)
          && ON.matcher(t.text(text)).matches()) {
        return file.lines().lineEnd(t.line());
      }
      int statement = index.logicalLineOf(j);
      if (statement >= 0 && index.logicalLineFirst(statement) == j && t.column() < column) {
        return file.lines().lineStart(t.line());
      }
    }
    return END_OF_FILE;
  }

  private static int bracketEnd(ParsedFile file, int off) {
    List<Token> tokens = file.tokens();
    for (int j = off + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.kind() == TokenKind.COMMENT && ON.matcher(t.text(file.text())).matches()) {
        return file.lines().lineEnd(t.line());
      }
      if (t.kind() == TokenKind.NEWLINE) {
        return t.end();
      }
    }
    return END_OF_FILE;
  }

  private static int statementEnd(ParsedFile file, int from) {
    TokenIndex index = file.index();
    Token newline = file.tokens().get(index.logicalLineNewline(index.logicalLineOf(from)));
    // The final NEWLINE of a file without a line break is empty: the region runs to the end.
    return newline.end() > newline.start() ? newline.end() : END_OF_FILE;
  }

  private static boolean isSkip(String comment) {
    for (String part : comment.split("#")) {
      if (SKIP.matcher(part.strip()).matches()) {
        return true;
      }
    }
    return false;
  }
}
