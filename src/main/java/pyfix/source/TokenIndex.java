package pyfix.source;

import java.util.Arrays;
import java.util.List;

/**
 * What several checks need to know about a token list, computed once per text: bracket and f-string
 * partners, bracket depth, the spans of whole strings, comments on lines of their own, and logical
 * lines. Suppression, {@code fmt: off} regions, layout equivalence, E501 and the f-string checks
 * all read it instead of matching brackets and quotes themselves.
 */
public final class TokenIndex {
  private final List<Token> tokens;
  // Token index of the matching bracket, or of the matching f-string start or end; -1 for others.
  private final int[] partner;
  // Brackets opened before each token and not closed before it: a closer is inside its pair.
  private final int[] depth;
  // Each logical line: index of its first significant token and of the NEWLINE that ends it.
  private final int[] lineFirst;
  private final int[] lineNewline;
  // Outermost strings (a STRING, or an f-string from its start to its end), in order.
  private final int[] stringStart;
  private final int[] stringEnd;
  private final boolean[] ownLine;

  private TokenIndex(String text, List<Token> tokens) {
    this.tokens = tokens;
    int n = tokens.size();
    partner = new int[n];
    depth = new int[n];
    ownLine = new boolean[n];
    Arrays.fill(partner, -1);
    // open brackets and f-string starts, as stacks of token indexes (no boxing: every file runs
    // this)
    int[] brackets = new int[16];
    int open = 0;
    int[] fstrings = new int[4];
    int openFstrings = 0;
    // logical lines and outermost strings, as pairs of growing arrays
    int[] firsts = new int[64];
    int[] newlines = new int[64];
    int lines = 0;
    int[] starts = new int[16];
    int[] ends = new int[16];
    int strings = 0;
    int first = -1;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      depth[i] = open;
      switch (t.kind()) {
        case OP -> {
          int delta = bracketDelta(t, text);
          if (delta > 0) {
            brackets = push(brackets, open++, i);
          } else if (delta < 0 && open > 0) {
            pair(brackets[--open], i);
          }
        }
        case STRING -> {
          if (openFstrings == 0) {
            starts = push(starts, strings, t.start());
            ends = push(ends, strings++, t.end());
          }
        }
        case FSTRING_START, TSTRING_START -> fstrings = push(fstrings, openFstrings++, i);
        case FSTRING_END, TSTRING_END -> {
          if (openFstrings > 0) {
            int start = fstrings[--openFstrings];
            pair(start, i);
            if (openFstrings == 0) {
              starts = push(starts, strings, tokens.get(start).start());
              ends = push(ends, strings++, t.end());
            }
          }
        }
        case COMMENT -> ownLine[i] = onlyBlanksBefore(text, t.start());
        case NEWLINE -> {
          if (first >= 0) {
            firsts = push(firsts, lines, first);
            newlines = push(newlines, lines++, i);
          }
          first = -1;
        }
        default -> {}
      }
      if (first < 0 && significant(t.kind())) {
        first = i;
      }
    }
    lineFirst = Arrays.copyOf(firsts, lines);
    lineNewline = Arrays.copyOf(newlines, lines);
    stringStart = Arrays.copyOf(starts, strings);
    stringEnd = Arrays.copyOf(ends, strings);
  }

  /** The index of {@code tokens} of {@code text}. */
  public static TokenIndex of(String text, List<Token> tokens) {
    return new TokenIndex(text, tokens);
  }

  /**
   * The index of the bracket matching bracket token {@code i}, or of the end matching f-string (or
   * t-string) start {@code i} and back; -1 for other tokens and unmatched ones.
   */
  public int partner(int i) {
    return partner[i];
  }

  /** How many brackets enclose token {@code i}; a closing bracket is inside its own pair. */
  public int depth(int i) {
    return depth[i];
  }

  /** Whether token {@code i} is a comment with only blanks before it on its line. */
  public boolean ownLine(int i) {
    return ownLine[i];
  }

  /** How many logical lines (statements ended by a NEWLINE token) the text has. */
  public int logicalLines() {
    return lineFirst.length;
  }

  /** The index of the first significant token of logical line {@code l}. */
  public int logicalLineFirst(int l) {
    return lineFirst[l];
  }

  /** The index of the NEWLINE token that ends logical line {@code l}. */
  public int logicalLineNewline(int l) {
    return lineNewline[l];
  }

  /**
   * The logical line whose tokens hold the text {@code [start, end)}, from its first token to its
   * NEWLINE, or -1 when none does.
   */
  public int logicalLineAt(int start, int end) {
    int l = lastAtOrBefore(lineFirst, end - 1, i -> tokens.get(i).start());
    if (l < 0 || tokens.get(lineNewline[l]).start() < start) {
      return -1;
    }
    return l;
  }

  /**
   * The logical line that token {@code i} belongs to, or -1 for tokens between lines (blank lines,
   * own-line comments, INDENT and DEDENT before a statement).
   */
  public int logicalLineOf(int i) {
    int l = lastAtOrBefore(lineFirst, i, k -> k);
    return l >= 0 && i <= lineNewline[l] ? l : -1;
  }

  /**
   * The span {@code {start, end}} of the outermost string holding offset {@code at} (a string
   * token, or an f-string from its start to its end), or null when {@code at} is in none.
   */
  public int[] stringAt(int at) {
    int s = lastAtOrBefore(stringStart, at, k -> k);
    return s >= 0 && at < stringEnd[s] ? new int[] {stringStart[s], stringEnd[s]} : null;
  }

  /** The number of outermost strings (string tokens, or f-strings from start to end). */
  public int strings() {
    return stringStart.length;
  }

  /** The span {@code {start, end}} of the {@code i}th outermost string, in source order. */
  public int[] string(int i) {
    return new int[] {stringStart[i], stringEnd[i]};
  }

  /** Whether tokens of {@code kind} start a statement: not trivia, layout or the end marker. */
  public static boolean significant(TokenKind kind) {
    return !kind.isTrivia()
        && kind != TokenKind.INDENT
        && kind != TokenKind.DEDENT
        && kind != TokenKind.NEWLINE
        && kind != TokenKind.ENDMARKER;
  }

  private void pair(int open, int close) {
    partner[open] = close;
    partner[close] = open;
  }

  /** Position of the last entry of sorted {@code keys} whose key is at most {@code at}, or -1. */
  private static int lastAtOrBefore(int[] keys, int at, java.util.function.IntUnaryOperator key) {
    int lo = 0;
    int hi = keys.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(keys[mid]) <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** {@code stack} with {@code value} at {@code size}, grown when full. */
  private static int[] push(int[] stack, int size, int value) {
    int[] s = size < stack.length ? stack : Arrays.copyOf(stack, size * 2);
    s[size] = value;
    return s;
  }

  private static boolean onlyBlanksBefore(String text, int offset) {
    for (int k = offset - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  private static int bracketDelta(Token t, String text) {
    if (t.end() - t.start() != 1) {
      return 0;
    }
    return switch (text.charAt(t.start())) {
      case '(', '[', '{' -> 1;
      case ')', ']', '}' -> -1;
      default -> 0;
    };
  }
}
