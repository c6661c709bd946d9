package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fixers.common.Pragmas;
import pyfix.parse.ParsedFile;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.source.CellSeparator;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Finds the import blocks of a file: runs of consecutive one-statement lines that are all {@code
 * import} or {@code from ... import}, in one suite (the module, or one body of a compound
 * statement). Any other statement ends a block, and so do isort's action comments: {@code isort:
 * skip} anywhere in a statement's comments takes it out (in Ruff style only on its first line, the
 * one line Ruff reads it on), as does {@code isort: split} after an import, which also keeps the
 * lines before it as they are; {@code # isort: split} or any other pragma on its own line ends the
 * block, and imports between {@code # isort: off} and {@code # isort: on} belong to no block.
 */
final class ImportBlocks {
  // Ruff also reads these three after "ruff:": "# ruff: isort: off"
  private static final Pattern SKIP_FILE =
      Pattern.compile("#\\s*(?:ruff\\s*:\\s*)?isort\\s*:\\s*skip_file\\b");
  // isort looks for these two anywhere in a line: "# keep here, isort: skip" counts
  private static final Pattern SKIP = Pattern.compile("isort: ?skip");
  private static final Pattern SPLIT = Pattern.compile("isort: ?split");
  private static final Pattern OFF = Pattern.compile("#\\s*(?:ruff\\s*:\\s*)?isort\\s*:\\s*off\\b");
  private static final Pattern ON = Pattern.compile("#\\s*(?:ruff\\s*:\\s*)?isort\\s*:\\s*on\\b");

  /**
   * One block: the token index ranges {@code {first, newline}} of its statements, whether it is at
   * module level, what follows it, and whether it runs in a {@code try} or {@code with} body, where
   * an import that fails may be caught ({@code contextlib.suppress}).
   */
  record Block(List<int[]> statements, boolean moduleLevel, Next next, boolean guarded) {}

  /** What follows a block, which decides the blank lines after it. */
  enum Next {
    /** Code, the end of its body, an isort action comment, or an import isort keeps as code. */
    CODE,
    /**
     * An import marked {@code isort: split}, or {@code isort: skip} on a line after its first,
     * which isort 5.6.4 does not read and sorts as any import: the blank lines stay as they are.
     */
    IMPORT,
    /** A pragma on its own line above more imports, which isort reads as the next import's. */
    PRAGMA
  }

  private final String text;
  private final List<Token> tokens;
  private final boolean ruff;
  // Offset of each isort: off / on comment -> whether it turns sorting off.
  private final TreeMap<Integer, Boolean> switches = new TreeMap<>();
  private final List<Block> blocks = new ArrayList<>();
  // where an "import" keyword starts, ascending: a statement without one holds no import block
  private final int[] mentions;

  private ImportBlocks(ParsedFile file, boolean ruff) {
    this.text = file.text();
    this.tokens = file.tokens();
    this.ruff = ruff;
    this.mentions = mentions(file);
  }

  private static int[] mentions(ParsedFile file) {
    int[] at = file.tokensOfType(PythonParser.IMPORT);
    for (int k = 0; k < at.length; k++) {
      at[k] = file.tokens().get(at[k]).start();
    }
    return at;
  }

  /** Whether {@code node} holds an "import" keyword: most bodies do not, and are not walked. */
  private boolean mentionsImport(ParserRuleContext node) {
    int i = Arrays.binarySearch(mentions, node.getStart().getStartIndex());
    int next = i >= 0 ? i : -i - 1;
    return next < mentions.length && mentions[next] <= node.getStop().getStopIndex();
  }

  /**
   * Whether isort 5.6.4 skips a file with {@code text}: it looks for {@code isort:skip_file} and
   * {@code isort: skip_file} in every line, in a comment, a string or code alike.
   */
  static boolean isortSkipsFile(String text) {
    return text.contains("isort:skip_file") || text.contains("isort: skip_file");
  }

  /**
   * The blocks of {@code file} in source order, as Ruff finds them when {@code ruff}; none when it
   * says {@code # isort: skip_file}.
   */
  static List<Block> in(ParsedFile file, boolean ruff) {
    ImportBlocks finder = new ImportBlocks(file, ruff);
    String text = file.text();
    for (int i : file.comments()) {
      Token t = file.tokens().get(i);
      if (!t.contains(text, "isort")) {
        continue; // every action comment does: most comments need no copy and no pattern
      }
      String c = t.text(text);
      if (SKIP_FILE.matcher(c).find()) {
        return List.of();
      }
      if (OFF.matcher(c).find()) {
        finder.switches.put(t.start(), true);
      } else if (ON.matcher(c).find()) {
        finder.switches.put(t.start(), false);
      }
    }
    finder.suite(file.tree().statement(), true, false);
    finder.blocks.sort((a, b) -> Integer.compare(a.statements.get(0)[0], b.statements.get(0)[0]));
    return finder.blocks;
  }

  private void suite(
      List<PythonParser.StatementContext> statements, boolean moduleLevel, boolean guarded) {
    List<int[]> current = new ArrayList<>();
    for (PythonParser.StatementContext st : statements) {
      int[] range = importRange(st);
      if (range == null) {
        close(current, moduleLevel, Next.CODE, guarded);
        current = new ArrayList<>();
        if (mentionsImport(st)) {
          nested(st, guarded);
        }
        continue;
      }
      // an own-line pragma (# pylint: disable=…) acts on the lines below it, so it stays put; an
      // own-line `# isort: skip` acts on nothing, and isort and Ruff sort it with the import below
      int previousEnd = current.isEmpty() ? range[0] : current.get(current.size() - 1)[1] + 1;
      boolean splitBefore =
          commentMatches(previousEnd, range[0], c -> Pragmas.in(c) && !SKIP.matcher(c).find());
      boolean splitLine = commentMatches(range[0], range[1], SPLIT.asPredicate());
      boolean skip = skipped(range);
      if (splitBefore || splitLine || off(range[0]) || skip) {
        Next next;
        if (splitBefore) {
          // a notebook's cell separator ends the cell's block as code would
          next =
              commentMatches(previousEnd, range[0], ImportBlocks::endsIsortSection)
                      || cellSeparatorBetween(previousEnd, range[0])
                  ? Next.CODE
                  : Next.PRAGMA;
        } else {
          boolean firstLineSkip = firstLineCommentMatches(range[0], SKIP.asPredicate());
          next = splitLine || skip && !firstLineSkip ? Next.IMPORT : Next.CODE;
        }
        close(current, moduleLevel, next, guarded);
        current = new ArrayList<>();
        if (!splitLine && !off(range[0]) && !skip) {
          current.add(range);
        }
        continue;
      }
      current.add(range);
    }
    close(current, moduleLevel, Next.CODE, guarded);
  }

  private void close(List<int[]> current, boolean moduleLevel, Next next, boolean guarded) {
    if (!current.isEmpty()) {
      blocks.add(new Block(List.copyOf(current), moduleLevel, next, guarded));
    }
  }

  /**
   * Visits the bodies of a compound statement; expressions hold no statements. A {@code try} body
   * and a {@code with} body are guarded, and so is all that runs inside them, but not the body of a
   * function defined there.
   */
  private void nested(ParseTree node, boolean guarded) {
    boolean guardsBody =
        node instanceof PythonParser.TryStatementContext
            || node instanceof PythonParser.WithStatementContext;
    boolean firstBody = true;
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      if (child instanceof PythonParser.BlockContext b) {
        List<PythonParser.StatementContext> statements = b.statement();
        if (!statements.isEmpty()) {
          suite(statements, false, guarded || (guardsBody && firstBody));
        }
        firstBody = false;
      } else if (child instanceof PythonParser.FunctionDefContext) {
        nested(child, false);
      } else if (child instanceof PythonParser.CompoundStatementContext
          || child instanceof PythonParser.ClassDefContext
          || child instanceof PythonParser.ExceptClauseContext
          || child instanceof PythonParser.CaseBlockContext) {
        nested(child, guarded);
      }
    }
  }

  /** The {first, newline} token indexes of a lone import statement, else null. */
  private static int[] importRange(PythonParser.StatementContext st) {
    // one simple statement and its NEWLINE, no ';'
    if (!(st.getChild(0) instanceof PythonParser.SimpleStatementsContext simple)
        || simple.getChildCount() != 2) {
      return null;
    }
    ParseTree s = simple.getChild(0);
    if (!(s instanceof PythonParser.ImportStatementContext)
        && !(s instanceof PythonParser.FromImportStatementContext)) {
      return null;
    }
    return new int[] {
      ((ParserToken) simple.getStart()).sourceIndex(),
      ((ParserToken) simple.getStop()).sourceIndex()
    };
  }

  private boolean off(int tokenIndex) {
    var e = switches.floorEntry(tokens.get(tokenIndex).start());
    return e != null && e.getValue();
  }

  /**
   * Whether isort ends its import section at {@code comment} on a line of its own: {@code # isort:
   * split} or {@code # isort: off}. At module level it writes the lines after imports before it; in
   * a nested block it leaves the lines before it as they are.
   */
  static boolean endsIsortSection(String comment) {
    return SPLIT.matcher(comment).find() || OFF.matcher(comment).find();
  }

  /** Whether a comment on the line where the statement at token {@code first} starts matches. */
  private boolean firstLineCommentMatches(int first, Predicate<String> p) {
    int line = tokens.get(first).line();
    int i = first;
    while (i + 1 < tokens.size() && tokens.get(i + 1).line() == line) {
      i++;
    }
    return commentMatches(first, i, p);
  }

  /**
   * Whether the statement at {@code range} is marked {@code isort: skip}: on any of its lines, or
   * in Ruff's style only on its first.
   */
  private boolean skipped(int[] range) {
    return ruff
        ? firstLineCommentMatches(range[0], SKIP.asPredicate())
        : commentMatches(range[0], range[1], SKIP.asPredicate());
  }

  private boolean cellSeparatorBetween(int from, int to) {
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.COMMENT && CellSeparator.startsAt(text, t.start())) {
        return true;
      }
    }
    return false;
  }

  private boolean commentMatches(int from, int to, Predicate<String> p) {
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.COMMENT && p.test(t.text(text))) {
        return true;
      }
    }
    return false;
  }
}
