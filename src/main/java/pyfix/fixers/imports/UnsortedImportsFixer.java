package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;
import pyfix.fix.Settings;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.IsortWrapping;
import pyfix.fix.options.SorterOptions;
import pyfix.fixers.common.Pragmas;
import pyfix.parse.ParsedFile;
import pyfix.source.CellSeparator;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/** Sorts and groups each import block the way {@code isort --profile black} does. */
public final class UnsortedImportsFixer implements Fixer {
  private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \t]+(?=\r|\n|$)");
  private static final Set<String> DEFINITIONS = Set.of("def", "class", "@", "async");
  private static final String MESSAGE = "Import block is un-sorted or un-formatted";

  private static final RuleMetadata METADATA =
      RuleMetadata.stable("I001", "unsorted-imports", Kind.SEMANTIC, FixSafety.PER_FINDING);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** Which section {@code module} is sorted into under {@code settings}, and why. */
  public static String explainSection(String module, Settings settings) {
    ModuleSections.Placement p = ModuleSections.place(module, settings);
    return module + ": " + p.label() + " (" + p.reason() + ")";
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<Finding> findings = new ArrayList<>();
    String text = file.text();
    List<Token> tokens = file.tokens();
    boolean ruff = settings.options().isort().sorter().style() == ImportStyle.RUFF;
    if (!ruff && ImportBlocks.isortSkipsFile(text)) {
      return findings;
    }
    StatementReader reader = new StatementReader(text, tokens, ruff);
    IsortWrapping wrapping = settings.options().isort().sorter().wrapping();
    String indentUnit =
        ruff
            ? RuffIndent.of(text, tokens)
            : wrapping.fileIndent() ? file.stylist().indent() : wrapping.indent();
    for (ImportBlocks.Block block : ImportBlocks.in(file, ruff)) {
      int[] first = block.statements().get(0);
      int[] last = block.statements().get(block.statements().size() - 1);
      Token start = tokens.get(first[0]);
      String indent = text.substring(file.lines().lineStart(start.line()), start.start());
      Collection<String> headings = settings.options().isort().sorter().headings().values();
      if (!ruff
          && !block.moduleLevel()
          && importAtOtherIndentFollows(text, tokens.get(last[1]).end(), indent, headings)) {
        continue;
      }
      List<ImportStatement> statements = new ArrayList<>();
      // Ruff's block starts at its first import: comment lines above it stay where they are
      boolean attached = block.moduleLevel() && !ruff;
      int previousEnd = attached ? attachedComments(file, first[0], headings) : first[0];
      int regionStart = tokens.get(previousEnd).start();
      for (int[] range : block.statements()) {
        statements.add(
            reader.read(range[0], range[1], comments(text, tokens, previousEnd, range[0])));
        previousEnd = range[1] + 1;
      }
      ImportSorter sorter = new ImportSorter(settings, indent, indentUnit, attached);
      List<String> lines = sorter.lines(statements);
      String newline = file.stylist().newline();
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          out.append(newline);
          if (!lines.get(i).isEmpty()) {
            out.append(indent);
          }
        }
        out.append(lines.get(i));
      }
      Token lastNewline = tokens.get(last[1]);
      int end = lastNewline.end();
      if (lastNewline.end() > lastNewline.start()) {
        out.append(newline);
        int next = afterBlankLines(tokens, last[1] + 1);
        int blank = blankLinesAfter(text, tokens, block, next, indent, settings);
        if (blank >= 0) {
          end = tokens.get(next - 1).end();
          out.append(newline.repeat(blank));
        }
      }
      String replacement = out.toString();
      // trailing whitespace alone is W291's to report, except in Ruff's style, whose I001 removes
      // it
      String region = text.substring(regionStart, end);
      String original = ruff ? region : withoutTrailingBlanks(region);
      if (!replacement.equals(original)) {
        Edit edit = new Edit(regionStart, end, replacement);
        String reordered =
            ImportOrder.of(statements, settings)
                .changedBy(sorter.printed(), settings.packageInit(), block.guarded());
        findings.add(
            reordered.isEmpty()
                ? Finding.fixable(code(), MESSAGE, start.start(), end, Fix.safe(edit))
                : Finding.fixable(code(), MESSAGE, start.start(), end, Fix.unsafe(edit))
                    .withFixTitle(reordered));
      }
    }
    return findings;
  }

  /** {@code region} without blanks at its lines' ends; no pattern search when it has none. */
  private static String withoutTrailingBlanks(String region) {
    for (int i = 0; i < region.length(); i++) {
      char c = region.charAt(i);
      if ((c == ' ' || c == '\t')
          && (i + 1 == region.length()
              || "\r\n\u0085\u2028\u2029".indexOf(region.charAt(i + 1)) >= 0)) {
        return TRAILING_BLANKS.matcher(region).replaceAll("");
      }
    }
    return region;
  }

  /**
   * The index of the first comment of the comment lines directly above the import at token {@code
   * first}, which isort moves with that import, or {@code first} when there are none. Comment lines
   * of the file's header (a run of comment lines starting on one of its first three lines) stay
   * where they are, unless they are a section's {@code headings}, which the sorter puts back.
   */
  private static int attachedComments(ParsedFile file, int first, Collection<String> headings) {
    List<Token> tokens = file.tokens();
    String text = file.text();
    int header = headerEnd(file, tokens.get(first).line());
    int attached = first;
    int i = first - 1;
    while (i >= 1) {
      while (i >= 0 && tokens.get(i).kind() == TokenKind.DEDENT) {
        i--;
      }
      if (i < 1
          || tokens.get(i).kind() != TokenKind.NL
          || tokens.get(i - 1).kind() != TokenKind.COMMENT) {
        break;
      }
      Token comment = tokens.get(i - 1);
      int before = i - 2;
      boolean heading = headings.contains(comment.text(text).substring(1).strip());
      if (comment.line() <= header && !heading
          || Pragmas.in(comment.text(text))
          || comment.column() != 0
          || before >= 0
              && tokens.get(before).kind() != TokenKind.NL
              && tokens.get(before).kind() != TokenKind.NEWLINE
              && tokens.get(before).kind() != TokenKind.DEDENT) {
        break;
      }
      attached = i - 1;
      i = before;
    }
    return attached;
  }

  /**
   * The last line of the file's header comment, as isort finds it: comment lines at the start of
   * one of the first three lines (before any import) and the comment lines right after; else 0.
   */
  private static int headerEnd(ParsedFile file, int firstImportLine) {
    String text = file.text();
    var lines = file.lines();
    int end = 0;
    for (int line = 1; line <= Math.min(lines.lineCount(), firstImportLine - 1); line++) {
      if (end == 0 && line > 3) {
        return 0;
      }
      String content = text.substring(lines.lineStart(line), lines.lineEnd(line));
      if (end > 0) {
        if (!content.startsWith("#")) {
          return end;
        }
        end = line;
      } else if (line <= 3 && content.strip().startsWith("#")) {
        end = line;
      } else if (line <= 3 && (content.startsWith("import ") || content.startsWith("from "))) {
        return 0;
      }
    }
    return end;
  }

  /** The comments among tokens {@code [from, to)}: own-line comments above a statement. */
  private static List<String> comments(String text, List<Token> tokens, int from, int to) {
    List<String> comments = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (tokens.get(i).kind() == TokenKind.COMMENT) {
        comments.add(tokens.get(i).text(text));
      }
    }
    return comments;
  }

  /**
   * Whether the line at token {@code i} is a comment at {@code column} that isort sorts with the
   * imports above it: not an action comment that ends its section.
   */
  private static boolean commentFollows(String text, List<Token> tokens, int i, int column) {
    if (i < tokens.size() && tokens.get(i).kind() == TokenKind.WHITESPACE) {
      i++;
    }
    return i < tokens.size()
        && tokens.get(i).kind() == TokenKind.COMMENT
        && tokens.get(i).column() == column
        && !ImportBlocks.endsIsortSection(tokens.get(i).text(text));
  }

  /**
   * Whether the next line after {@code end} that is neither blank nor a comment at {@code indent}
   * starts an import at another indentation. isort then ends the nested block there without sorting
   * it (it sorts the block as if the next import's indentation were its own, and finds nothing), so
   * a project clean under isort has such blocks in any order. A section's heading comment counts as
   * a comment at any indentation, as isort reads it.
   */
  private static boolean importAtOtherIndentFollows(
      String text, int end, String indent, Collection<String> headings) {
    int at = end;
    while (at < text.length()) {
      int eol = lineBreak(text, at);
      String line = text.substring(at, eol < 0 ? text.length() : eol);
      String stripped = line.strip();
      boolean heading = stripped.startsWith("# ") && headings.contains(stripped.substring(2));
      boolean comment = stripped.startsWith("#") && line.startsWith(indent + stripped) || heading;
      if (!stripped.isEmpty() && !comment) {
        String lineIndent = line.substring(0, line.indexOf(stripped.charAt(0)));
        return !lineIndent.equals(indent)
            && (stripped.startsWith("import ")
                || stripped.startsWith("import*")
                || stripped.startsWith("from ")
                || stripped.startsWith("from.import"));
      }
      if (eol < 0) {
        return false;
      }
      at = eol + 1;
    }
    return false;
  }

  /** Where the first line break ({@code \n} or {@code \r}) at or after {@code from} is, or -1. */
  private static int lineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first token after the blank lines that start at {@code i}. */
  private static int afterBlankLines(List<Token> tokens, int i) {
    int last = i;
    while (i < tokens.size()) {
      TokenKind kind = tokens.get(i).kind();
      if (kind == TokenKind.WHITESPACE) {
        i++;
      } else if (kind == TokenKind.NL) {
        i++;
        last = i;
      } else {
        break;
      }
    }
    return last;
  }

  /**
   * The blank lines to write after {@code block}, whose next line starts at token {@code next}, or
   * -1 to leave them as they are.
   */
  private static int blankLinesAfter(
      String text,
      List<Token> tokens,
      ImportBlocks.Block block,
      int next,
      String indent,
      Settings settings) {
    SorterOptions options = settings.options().isort().sorter();
    boolean ruff = options.style() == ImportStyle.RUFF;
    if (block.next() == ImportBlocks.Next.IMPORT) {
      return -1;
    }
    if (block.next() == ImportBlocks.Next.PRAGMA && !ruff) {
      // isort reads the pragma as a comment above the next import: no code follows the block
      return options.wrapping().newlineBeforeComments() ? 1 : -1;
    }
    if (block.moduleLevel()) {
      return moduleBlankLines(text, tokens, next, settings);
    }
    // isort keeps a comment right after a nested block one blank line away (Ruff leaves the lines
    // after a nested block alone)
    int afterBlock = block.statements().get(block.statements().size() - 1)[1] + 1;
    return !ruff && commentFollows(text, tokens, afterBlock, indent.length()) ? 1 : -1;
  }

  /**
   * The blank lines after a module-level block: {@code lines-after-imports} when set, none at the
   * end of the file (where Ruff leaves them as they are, and before comments that end it: -1), else
   * isort's and Ruff's automatic count. A stub gets at most one, as Black formats stubs: always
   * under Ruff and isort's black profile (which writes one even where the setting says none), only
   * by the automatic count under isort's other settings.
   */
  private static int moduleBlankLines(String text, List<Token> tokens, int i, Settings settings) {
    SorterOptions options = settings.options().isort().sorter();
    if (options.style() == ImportStyle.RUFF && !statementFollows(text, tokens, i)) {
      return -1; // only comments to the end: Ruff counts no statement after the block
    }
    int auto = automaticBlankLines(text, tokens, i);
    if (auto < 0) {
      return 0;
    }
    int set = options.linesAfterImports();
    if (set < 0) {
      return settings.stub() ? Math.min(auto, 1) : auto;
    }
    if (settings.stub() && options.style() == ImportStyle.RUFF) {
      return Math.min(set, 1);
    }
    return settings.stub() && options.blackProfile() ? 1 : set;
  }

  /** Whether a statement follows token {@code i} before the end of the file or notebook cell. */
  private static boolean statementFollows(String text, List<Token> tokens, int i) {
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case WHITESPACE, NL -> {}
        case COMMENT -> {
          if (CellSeparator.startsAt(text, t.start())) {
            return false;
          }
        }
        case ENDMARKER -> {
          return false;
        }
        default -> {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * isort's black profile: two blank lines when a definition follows (after any comment lines
   * directly above it), -1 at the end of the file or of a notebook cell, else one.
   */
  private static int automaticBlankLines(String text, List<Token> tokens, int i) {
    boolean lineStart = true;
    boolean comments = false;
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case WHITESPACE -> {}
        case COMMENT -> {
          if (CellSeparator.startsAt(text, t.start())) {
            return comments ? 1 : -1; // a notebook cell ends here, as a file would
          }
          lineStart = false;
          comments = true;
        }
        case NL -> {
          if (lineStart) {
            return 1;
          }
          lineStart = true;
        }
        case ENDMARKER -> {
          return comments ? 1 : -1;
        }
        default -> {
          return DEFINITIONS.contains(t.text(text)) ? 2 : 1;
        }
      }
    }
    return 1;
  }
}
