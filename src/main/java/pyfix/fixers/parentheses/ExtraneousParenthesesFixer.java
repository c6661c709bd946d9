package pyfix.fixers.parentheses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;
import pyfix.source.Token;
import pyfix.source.TokenIndex;
import pyfix.source.TokenKind;

/**
 * Removes a pair of parentheses that sits directly inside another pair, {@code print((x))} to
 * {@code print(x)}, with Ruff's (and pyupgrade's) scope: the token scan below finds the same pairs
 * Ruff's does, in one pass.
 *
 * <p>Requirements: the inner pair holds something, and no comma or {@code yield} outside nested
 * brackets (a tuple or a yield keeps its parentheses); only comments and line breaks may stand
 * between the two opening and the two closing parentheses. Transformations: the inner pair's two
 * characters are deleted, with the line of one that stands alone on it; everything between them
 * stays. A generator expression loses its own parentheses only where the outer pair can hold it
 * alone: not in a class header's bases.
 */
public final class ExtraneousParenthesesFixer implements Fixer {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("UP034", "extraneous-parentheses", Kind.LAYOUT, FixSafety.SAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    Scan scan = new Scan(file);
    List<Finding> findings = new ArrayList<>();
    // the scan looks at every token, but only an opening parenthesis starts a pair: it goes
    // straight to the next one the parser typed (a `with (` has a type of its own)
    for (int open : openingParentheses(file)) {
      if (open >= scan.at) {
        scan.at = open + 1;
        int[] pair = scan.innerPair();
        if (pair != null) {
          findings.add(finding(file, nested(file, pair[0], pair[1])));
        }
      }
    }
    return findings;
  }

  /** The indexes of the tokens {@code (}, in order. */
  private static int[] openingParentheses(ParsedFile file) {
    int[] plain = file.tokensOfType(PythonParser.LPAR);
    int[] with = file.tokensOfType(PythonParser.WITH_LPAR);
    if (with.length == 0) {
      return plain;
    }
    int[] all = Arrays.copyOf(plain, plain.length + with.length);
    System.arraycopy(with, 0, all, plain.length, with.length);
    Arrays.sort(all);
    return all;
  }

  /**
   * The pair {@code open}..{@code close} and each pair right inside it that holds all of the one
   * around it ({@code ((((x))))}), outermost first, as {open, close}: one fix removes them all,
   * where one pair per round would take as many rounds as there are pairs.
   */
  private static List<int[]> nested(ParsedFile file, int open, int close) {
    List<Token> tokens = file.tokens();
    String text = file.text();
    List<int[]> pairs = new ArrayList<>();
    pairs.add(new int[] {open, close});
    while (true) {
      int[] outer = pairs.get(pairs.size() - 1);
      int innerOpen = code(tokens, outer[0] + 1, 1);
      int innerClose = code(tokens, outer[1] - 1, -1);
      if (innerOpen >= innerClose
          || !tokens.get(innerOpen).is(text, "(")
          || !tokens.get(innerClose).is(text, ")")
          || file.index().partner(innerOpen) != innerClose
          || !holdsOneValue(file, innerOpen, innerClose)) {
        return pairs;
      }
      pairs.add(new int[] {innerOpen, innerClose});
    }
  }

  /** The first token from {@code i} on, going by {@code step}, that is not trivia. */
  private static int code(List<Token> tokens, int i, int step) {
    while (i >= 0 && i < tokens.size() && tokens.get(i).kind().isTrivia()) {
      i += step;
    }
    return i;
  }

  /** Whether the pair holds something, and no comma or {@code yield} outside nested brackets. */
  private static boolean holdsOneValue(ParsedFile file, int open, int close) {
    if (code(file.tokens(), open + 1, 1) >= close) {
      return false;
    }
    int depth = 0;
    for (int i = open + 1; i < close; i++) {
      Token t = file.tokens().get(i);
      String s = Scan.word(t, file.text());
      if (depth == 0 && Scan.needsParentheses(s)) {
        return false;
      }
      depth += Scan.bracket(s);
    }
    return true;
  }

  /** The finding on {@code pairs}, the outermost first, which one fix removes. */
  private static Finding finding(ParsedFile file, List<int[]> pairs) {
    int open = pairs.get(0)[0];
    int close = pairs.get(0)[1];
    Token o = file.tokens().get(open);
    Token c = file.tokens().get(close);
    Finding finding =
        Finding.reportOnly(METADATA.code(), "Avoid extraneous parentheses", o.start(), c.end());
    if (generatorInClassBases(file, open, close)) {
      return finding.withFixTitle(
          "not fixed: a class's bases cannot hold a generator expression without parentheses");
    }
    List<Edit> edits = new ArrayList<>();
    for (int[] pair : pairs) {
      edits.add(delete(file.text(), file.tokens().get(pair[0])));
      edits.add(delete(file.text(), file.tokens().get(pair[1])));
    }
    edits.sort(Comparator.comparingInt(Edit::start));
    return Finding.fixable(
            finding.code(),
            finding.message(),
            finding.start(),
            finding.end(),
            new Fix(Applicability.SAFE, edits))
        .withFixTitle("Remove extraneous parentheses");
  }

  /** Deletes parenthesis {@code t}, with its line when nothing else is on it. */
  private static Edit delete(String text, Token t) {
    int start = t.start();
    while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
      start--;
    }
    int end = t.end();
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    boolean alone =
        (start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r')
            && end < text.length()
            && (text.charAt(end) == '\n' || text.charAt(end) == '\r');
    if (!alone) {
      return Edit.delete(t.start(), t.end());
    }
    return Edit.delete(start, end + (text.startsWith("\r\n", end) ? 2 : 1));
  }

  /** Whether the pair holds a generator expression and its enclosing pair is a class's bases. */
  private static boolean generatorInClassBases(ParsedFile file, int open, int close) {
    String text = file.text();
    TokenIndex index = file.index();
    boolean generator = false;
    for (int k = open + 1; k < close && !generator; k++) {
      generator = index.depth(k) == index.depth(open) + 1 && file.tokens().get(k).is(text, "for");
    }
    int line = index.logicalLineOf(open);
    return generator
        && index.depth(open) == 1
        && line >= 0
        && file.tokens().get(index.logicalLineFirst(line)).is(text, "class");
  }

  /** A cursor over the tokens that moves as Ruff's iterator does, so both find the same pairs. */
  private static final class Scan {
    private final String text;
    private final List<Token> tokens;
    private int at;

    Scan(ParsedFile file) {
      this.text = file.text();
      this.tokens = file.tokens();
    }

    private boolean isOp(int i, String op) {
      return tokens.get(i).kind() == TokenKind.OP && tokens.get(i).is(text, op);
    }

    /** Takes the next token other than trivia; its index, or -1 at the end. */
    int nextCode() {
      while (at < tokens.size() && tokens.get(at).kind().isTrivia()) {
        at++;
      }
      return at < tokens.size() ? at++ : -1;
    }

    /**
     * After an opening parenthesis: the indexes of an extraneous pair right inside it, or null;
     * consumes what it reads either way.
     */
    int[] innerPair() {
      int open = nextCode();
      if (open < 0 || !isOp(open, "(")) {
        return null;
      }
      int depth = 1;
      boolean empty = true;
      int close = -1;
      while (close < 0 && at < tokens.size()) {
        Token t = tokens.get(at++);
        String s = word(t, text);
        if (depth == 1 && needsParentheses(s)) {
          return null; // a tuple or a yield needs its parentheses
        }
        depth += bracket(s);
        if (depth == 0) {
          close = at - 1;
        } else if (!t.kind().isTrivia()) {
          empty = false;
        }
      }
      int after = nextCode();
      return close < 0 || empty || after < 0 || !isOp(after, ")") ? null : new int[] {open, close};
    }

    /** The text of an operator or name token, else "". */
    static String word(Token t, String text) {
      return t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME ? t.text(text) : "";
    }

    /** Whether {@code s} outside nested brackets makes a tuple or a yield, which needs its pair. */
    static boolean needsParentheses(String s) {
      return s.equals(",") || s.equals("yield");
    }

    static int bracket(String s) {
      return switch (s) {
        case "(", "[", "{" -> 1;
        case ")", "]", "}" -> -1;
        default -> 0;
      };
    }
  }
}
