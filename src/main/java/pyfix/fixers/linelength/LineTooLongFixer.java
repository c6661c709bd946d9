package pyfix.fixers.linelength;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;
import pyfix.fix.Settings;
import pyfix.fix.options.PycodestyleOptions;
import pyfix.fixers.common.Pragmas;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;
import pyfix.source.Token;
import pyfix.source.TokenIndex;
import pyfix.source.TokenKind;

/**
 * Reports lines wider than the line length and re-lays out the statement holding them as Black
 * would, leaving every other line as it is.
 */
public final class LineTooLongFixer implements Fixer {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("E501", "line-too-long", Kind.LAYOUT, FixSafety.SAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<Finding> findings = new ArrayList<>();
    String text = file.text();
    PycodestyleOptions options = settings.options().pycodestyle();
    int limit = options.limit(settings.lineLength());
    List<int[]> tooLong =
        options.asFlake8()
            ? LongLines.findByCharacters(text, file.lines(), limit)
            : LongLines.find(text, file.lines(), limit);
    if (tooLong.isEmpty()) {
      return findings;
    }
    List<Token> tokens = file.tokens();
    // the ends of logical lines, from the parser's token types: a file's first long line would
    // otherwise build the whole TokenIndex, which E501 alone needs in most files
    int[] newlines = file.tokensOfType(PythonParser.NEWLINE);
    BooleanSupplier modern = FileFeatures.allowsTrailingCommaAfterVarargs(text, tokens);
    List<String> taskTags = options.ignoreOverlongTaskComments() ? options.taskTags() : List.of();
    Fix lastFix = null;
    int lastStatement = -1;
    for (int[] l : tooLong) {
      int start = l[0];
      int end = l[1];
      int lineStart = file.lines().lineStart(file.lines().line(start));
      String line = text.substring(lineStart, end);
      int comment = commentStart(text, tokens, lineStart, end);
      if (LongLines.exempt(line, comment, limit, taskTags)) {
        continue;
      }
      String message = "Line too long (" + l[2] + " > " + limit + ")";
      int s = logicalLineAt(tokens, newlines, start, end);
      Fix fix = null;
      if (s >= 0) {
        if (s != lastStatement) {
          lastStatement = s;
          String indent = indentOf(file, newlines, s);
          lastFix =
              indent == null
                  ? null // a statement after `;` or a colon on its line
                  : wrap(
                      file,
                      firstOf(tokens, newlines, s),
                      newlines[s],
                      new Statement(
                          indent,
                          blockIndentUnit(file, newlines, s, indent),
                          settings.lineLength(),
                          modern));
        }
        fix = lastFix;
      }
      findings.add(
          fix == null
              ? Finding.reportOnly(code(), message, start, end)
              : Finding.fixable(code(), message, start, end, fix));
    }
    return findings;
  }

  /** Where the comment on the line [lineStart, end) starts, relative to lineStart; -1 for none. */
  private static int commentStart(String text, List<Token> tokens, int lineStart, int end) {
    int comment = end - 1; // the line's last '#', searched within the line only
    while (comment >= lineStart && text.charAt(comment) != '#') {
      comment--;
    }
    if (comment < lineStart) {
      return -1;
    }
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) { // the last token that starts at or before the '#'
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).start() <= comment) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    // a comment runs to the line's end, so it holds the line's last '#' if there is one
    Token t = tokens.get(lo);
    return t.kind() == TokenKind.COMMENT && t.start() >= lineStart ? t.start() - lineStart : -1;
  }

  /**
   * The logical line (its index in {@code newlines}) whose tokens hold the text {@code [start,
   * end)}, from its first significant token to its NEWLINE, or -1 when none does: the first line
   * that ends at or after {@code start}, if it begins before {@code end}.
   */
  private static int logicalLineAt(List<Token> tokens, int[] newlines, int start, int end) {
    int lo = 0;
    int hi = newlines.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(newlines[mid]).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo == newlines.length) {
      return -1;
    }
    int first = firstOf(tokens, newlines, lo);
    return first >= 0 && tokens.get(first).start() < end ? lo : -1;
  }

  /** The first significant token of logical line {@code l}, or -1 when it has none. */
  private static int firstOf(List<Token> tokens, int[] newlines, int l) {
    for (int i = l == 0 ? 0 : newlines[l - 1] + 1; i < newlines[l]; i++) {
      if (TokenIndex.significant(tokens.get(i).kind())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The indent unit of the block that holds logical line {@code l}, indented by {@code indent}: how
   * much deeper it is indented than the nearest line above it that is indented less (its block's
   * header), so that a block indented by 4 in a file whose first block is indented by 1 or 2 gets
   * continuation lines 4 deeper, as Black writes them. The file's unit at the top level or when
   * that is unclear.
   */
  private static String blockIndentUnit(ParsedFile file, int[] newlines, int l, String indent) {
    String unit = file.stylist().indent();
    if (indent.isEmpty()) {
      return unit;
    }
    for (int k = l - 1; k >= 0; k--) {
      String above = indentOf(file, newlines, k);
      if (above != null && above.length() < indent.length()) {
        return indent.startsWith(above) ? indent.substring(above.length()) : unit;
      }
    }
    return unit;
  }

  /**
   * The indentation before the first token of logical line {@code l}, from its last form feed on
   * (Python's tokenizer starts counting the indentation again there, and the lines a wrap adds need
   * none); null when the line has none.
   */
  private static String indentOf(ParsedFile file, int[] newlines, int l) {
    int first = firstOf(file.tokens(), newlines, l);
    if (first < 0) {
      return null;
    }
    Token head = file.tokens().get(first);
    String indent = file.text().substring(file.lines().lineStart(head.line()), head.start());
    return indent.isBlank() ? indent.substring(indent.lastIndexOf('\f') + 1) : null;
  }

  private Fix wrap(ParsedFile file, int first, int newline, Statement statement) {
    String text = file.text();
    List<Token> tokens = file.tokens();
    int last = newline - 1;
    while (last > first && tokens.get(last).kind() == TokenKind.WHITESPACE) {
      last--;
    }
    for (int i = first; i <= last; i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.COMMENT && Pragmas.in(t.text(text))) {
        return null;
      }
    }
    Line line = StatementReader.read(text, tokens, first, last + 1, statement);
    if (line == null) {
      return null;
    }
    List<Line> out = new LineSplitter(statement).transform(line, false);
    String nl = file.stylist().newline();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < out.size(); i++) {
      Line o = out.get(i);
      if (i > 0) {
        sb.append(nl).append(statement.indentText(o.depth));
      }
      sb.append(o.content());
    }
    int from = tokens.get(first).start();
    int to = tokens.get(last).end();
    String replacement = sb.toString();
    if (replacement.equals(text.substring(from, to))) {
      return null;
    }
    // a split that makes the lines run further past the limit than before helps no reader:
    // brackets nested without need (`return ((((1111…))))`) would each go one level deeper
    String before = text.substring(file.lines().lineStart(tokens.get(first).line()), from);
    int limit = statement.lineLength;
    if (out.size() > 1
        && overflow(before + replacement, limit)
            > overflow(before + text.substring(from, to), limit)) {
      return null;
    }
    return Fix.safe(new Edit(from, to, replacement));
  }

  /** How many code points the lines of {@code text} run past {@code limit}, all together. */
  private static int overflow(String text, int limit) {
    int overflow = 0;
    for (String line : text.split("\\R", -1)) {
      overflow += Math.max(0, line.codePointCount(0, line.length()) - limit);
    }
    return overflow;
  }
}
