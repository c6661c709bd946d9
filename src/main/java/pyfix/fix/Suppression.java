package pyfix.fix;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.parse.ParsedFile;
import pyfix.source.Token;
import pyfix.source.TokenIndex;
import pyfix.source.TokenKind;

/**
 * The comments that keep findings out of a file's results: the engine neither reports nor fixes a
 * finding this suppresses.
 *
 * <ul>
 *   <li>{@code # pyfix: skip-file} in a comment that starts a line at column 0: no findings at all.
 *       The directive is the whole comment, spaces around {@code :} optional, case-insensitive.
 *   <li>{@code # noqa} suppresses every code on its line; {@code # noqa: E501, W291} only the codes
 *       listed. As flake8 and Ruff accept: {@code noqa} in any case, spaces after {@code #} and
 *       after {@code :} optional, codes separated by commas and/or spaces, the directive anywhere
 *       in the comment after a {@code #} (so {@code # type: ignore # noqa} works), and {@code
 *       noqa:} followed by no valid code counts as a plain {@code # noqa}. A finding belongs to the
 *       line it starts on, except that a finding starting inside a string token that spans lines (a
 *       triple-quoted string, or an f-string from its start to its end) belongs to the line where
 *       that string ends, as in Ruff. A finding inside an import statement also obeys a {@code #
 *       noqa} on the statement's first line, as Ruff's F401 does for parenthesized imports.
 *   <li>{@code # ruff: noqa} or {@code # flake8: noqa} on a line of its own: no findings in the
 *       file; with codes ({@code # ruff: noqa: E501, F401}), none of those codes. As Ruff reads
 *       them, so a file Ruff exempts gets no change.
 *   <li>{@code # fmt: off} / {@code # fmt: on} and {@code # fmt: skip}: see {@link FmtRegions} and
 *       {@link #touchesFmtRegion}. The engine leaves those regions byte-identical: a finding whose
 *       range, or an edit of whose fix, touches one keeps no fix.
 * </ul>
 */
public final class Suppression {
  private static final Pattern SKIP_FILE =
      Pattern.compile("#\\s*pyfix\\s*:\\s*skip-file\\s*", Pattern.CASE_INSENSITIVE);
  static final Pattern NOQA =
      Pattern.compile(
          "#\\s*noqa(?![A-Za-z0-9_])(\\s*:\\s*((?:[A-Z]+[0-9]+[\\s,]*)+))?",
          Pattern.CASE_INSENSITIVE);
  // flake8's reading: "# noqa" as written, and codes only right after its colon (one blank at
  // most); anything else after "# noqa" leaves a blanket noqa, as `# noqa : E501` is for flake8
  private static final Pattern FLAKE8_NOQA =
      Pattern.compile("# noqa(:\\s?((?:[A-Z]+[0-9]+(?:[,\\s]+)?)+))?", Pattern.CASE_INSENSITIVE);
  // Ruff's file-level exemptions: "# ruff: noqa", "# flake8: noqa", either with ": CODES"
  private static final Pattern FILE_NOQA =
      Pattern.compile(
          "#\\s*(?:ruff|flake8)\\s*:\\s*noqa(?![A-Za-z0-9_])(\\s*:\\s*((?:[A-Z]+[0-9]+[\\s,]*)+))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CODE = Pattern.compile("[A-Z]+[0-9]+", Pattern.CASE_INSENSITIVE);

  private final boolean skipFile;
  // The codes a file-level exemption lists, empty for all, null without one.
  private final Set<String> fileCodes;
  // Line -> codes its noqa lists; an empty set stands for a blanket noqa.
  private final Map<Integer, Set<String>> noqa;
  private final FmtRegions fmt;
  private final ParsedFile file;
  private int[] noqaLines;

  private Suppression(
      boolean skipFile,
      Set<String> fileCodes,
      Map<Integer, Set<String>> noqa,
      FmtRegions fmt,
      ParsedFile file) {
    this.skipFile = skipFile;
    this.fileCodes = fileCodes;
    this.noqa = noqa;
    this.fmt = fmt;
    this.file = file;
  }

  /** Reads the suppression comments of {@code file}. */
  public static Suppression of(ParsedFile file) {
    return of(file, false);
  }

  /**
   * The suppressions in {@code file}; {@code flake8}: {@code # noqa} comments read as flake8 reads
   * them, for a project checked with flake8's settings.
   */
  public static Suppression of(ParsedFile file, boolean flake8) {
    String text = file.text();
    boolean skipFile = false;
    Set<String> fileCodes = null;
    Map<Integer, Set<String>> noqa = new HashMap<>();
    for (int c : file.comments()) {
      Token t = file.tokens().get(c);
      // most comments name no directive: no copy of their text, no regex search
      boolean mentionsNoqa = mentionsNoqa(text, t.start(), t.end());
      if (t.column() != 0 && !mentionsNoqa) {
        continue;
      }
      String comment = t.text(text);
      if (t.column() == 0 && SKIP_FILE.matcher(comment).matches()) {
        skipFile = true;
      }
      if (!mentionsNoqa) {
        continue;
      }
      Set<String> codes = codes(flake8 ? FLAKE8_NOQA : NOQA, comment);
      if (codes != null) {
        noqa.merge(t.line(), codes, Suppression::union);
      }
      Set<String> exempt = ownLine(t, file) ? codes(FILE_NOQA, comment) : null;
      if (exempt != null) {
        fileCodes = fileCodes == null ? exempt : union(fileCodes, exempt);
      }
    }
    return new Suppression(skipFile, fileCodes, noqa, FmtRegions.of(file), file);
  }

  /**
   * Whether {@code finding} is suppressed: by {@code # pyfix: skip-file}, a file-level exemption or
   * a {@code # noqa} that covers its code.
   */
  public boolean suppresses(Finding finding) {
    if (skipFile || covers(fileCodes, finding)) {
      return true;
    }
    if (noqa.isEmpty()) {
      return false;
    }
    return covers(noqa.get(noqaLine(finding.start())), finding)
        || covers(noqa.get(importStatementLine(finding.start())), finding)
        || covers(noqa.get(lineInsideParentheses(finding.start())), finding);
  }

  /**
   * Whether {@code finding}, or an edit of its fix, touches a {@code # fmt: off} or {@code # fmt:
   * skip} region, whose bytes every fix leaves as they are.
   */
  public boolean touchesFmtRegion(Finding finding) {
    if (fmt.touches(finding.start(), finding.end())) {
      return true;
    }
    if (finding.fix().isPresent()) {
      for (Edit e : finding.fix().get().edits()) {
        if (fmt.touches(e.start(), e.end())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean covers(Set<String> codes, Finding finding) {
    return codes != null && (codes.isEmpty() || codes.contains(finding.code()));
  }

  /**
   * The first line of the import statement that holds {@code offset}, or -1: as in Ruff, a {@code #
   * noqa} there covers every name of a parenthesized {@code from m import (\n a,\n b,\n)}.
   */
  private int importStatementLine(int offset) {
    TokenIndex index = file.index();
    int l = index.logicalLineAt(offset, offset + 1);
    if (l < 0) {
      return -1;
    }
    Token head = file.tokens().get(index.logicalLineFirst(l));
    String text = file.text();
    return head.is(text, "import") || head.is(text, "from") ? head.line() : -1;
  }

  /**
   * The line of the first token inside the parentheses that open at {@code offset}, or -1: Ruff's
   * ranges leave out the parentheses around an operand, so where pyfix reports {@code ("%s"\n
   * "...") % x} at the {@code (}, Ruff reports at the string, and a {@code # noqa} there must hold
   * for both.
   */
  private int lineInsideParentheses(int offset) {
    List<Token> tokens = file.tokens();
    String text = file.text();
    int i = file.tokenAt(offset);
    if (i < 0 || !tokens.get(i).is(text, "(")) {
      return -1;
    }
    while (i < tokens.size() && (tokens.get(i).kind().isTrivia() || tokens.get(i).is(text, "("))) {
      i++;
    }
    return i < tokens.size() ? tokens.get(i).line() : -1;
  }

  /** Whether the file opts out of pyfix entirely. */
  public boolean skipsFile() {
    return skipFile;
  }

  /** The codes a {@code # noqa} in {@code comment} lists, empty for all, null when it has none. */
  static Set<String> noqaCodes(String comment) {
    if (!mentionsNoqa(comment)) {
      return null; // most comments: no regex search at each of their characters
    }
    return codes(NOQA, comment);
  }

  /** The codes the directive {@code pattern} finds in {@code comment} lists; null for none. */
  private static Set<String> codes(Pattern pattern, String comment) {
    Matcher m = pattern.matcher(comment);
    if (!m.find()) {
      return null;
    }
    Set<String> codes = new TreeSet<>();
    if (m.group(2) != null) {
      Matcher code = CODE.matcher(m.group(2));
      while (code.find()) {
        codes.add(code.group().toUpperCase(Locale.ROOT));
      }
    }
    return codes;
  }

  /** Whether comment token {@code t} is the first token on its line. */
  private static boolean ownLine(Token t, ParsedFile file) {
    return file.text().substring(file.lines().lineStart(t.line()), t.start()).isBlank();
  }

  private static boolean mentionsNoqa(String comment) {
    return mentionsNoqa(comment, 0, comment.length());
  }

  /** Whether {@code text[start, end)} holds "noqa" in any case after a '#'. */
  private static boolean mentionsNoqa(String text, int start, int end) {
    int hash = text.indexOf('#', start);
    for (int i = hash; i >= 0 && i + 4 <= end; i++) {
      char c = text.charAt(i);
      if ((c == 'n' || c == 'N') && text.regionMatches(true, i, "noqa", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Set.of();
    }
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The 1-based line whose {@code # noqa} suppresses a finding that starts at {@code offset}: the
   * last line of the lines joined with it by backslashes or by a string that spans lines (one that
   * starts, ends or runs through its line), as in Ruff and flake8; a comment can only go there.
   */
  int noqaLine(int offset) {
    return noqaLines()[file.lines().line(offset)];
  }

  /** {@link #noqaLine} of each line, computed when a {@code # noqa} is first looked up. */
  private int[] noqaLines() {
    if (noqaLines == null) {
      int count = file.lines().lineCount();
      int[] last = new int[count + 2];
      for (int l = 0; l < last.length; l++) {
        last[l] = l;
      }
      for (Token t : file.tokens()) {
        if (t.kind() == TokenKind.CONTINUATION) {
          last[t.line()] = Math.max(last[t.line()], t.line() + 1);
        }
      }
      TokenIndex index = file.index();
      for (int i = 0; i < index.strings(); i++) {
        int[] span = index.string(i);
        int first = file.lines().line(span[0]);
        int end = file.lines().line(span[1] - 1);
        for (int l = first; l < end; l++) {
          last[l] = Math.max(last[l], end);
        }
      }
      // from the bottom, so that each line's target has its own target already
      for (int l = last.length - 1; l >= 0; l--) {
        last[l] = last[Math.min(last[l], last.length - 1)];
      }
      noqaLines = last;
    }
    return noqaLines;
  }
}
