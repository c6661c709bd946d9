package pyfix.parse;

import static pyfix.parse.PythonParser.AS;
import static pyfix.parse.PythonParser.CASE;
import static pyfix.parse.PythonParser.COLON;
import static pyfix.parse.PythonParser.COLONEQUAL;
import static pyfix.parse.PythonParser.COMMA;
import static pyfix.parse.PythonParser.DEDENT;
import static pyfix.parse.PythonParser.FOR;
import static pyfix.parse.PythonParser.INDENT;
import static pyfix.parse.PythonParser.LBRACE;
import static pyfix.parse.PythonParser.LPAR;
import static pyfix.parse.PythonParser.LSQB;
import static pyfix.parse.PythonParser.MATCH;
import static pyfix.parse.PythonParser.NAME;
import static pyfix.parse.PythonParser.NEWLINE;
import static pyfix.parse.PythonParser.RBRACE;
import static pyfix.parse.PythonParser.RPAR;
import static pyfix.parse.PythonParser.RSQB;
import static pyfix.parse.PythonParser.SEMI;
import static pyfix.parse.PythonParser.STAR;
import static pyfix.parse.PythonParser.TYPE;
import static pyfix.parse.PythonParser.WITH;
import static pyfix.parse.PythonParser.WITH_LPAR;
import static pyfix.parse.PythonParser.YIELD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import pyfix.source.TokenKind;

/**
 * The significant tokens of a file as the parser's token stream: trivia dropped, hard keywords and
 * operators given their grammar types, and soft keywords resolved by a short look at the statement
 * they start, so that the grammar itself needs no more than two tokens of lookahead.
 */
final class ParserTokens implements TokenStream {
  private static final int START = -100;
  private static final Entry[][] KEYWORDS = new Entry[128][];
  private static final Entry[][] OPERATORS = new Entry[128][];

  static {
    List<List<Entry>> keywords = new ArrayList<>();
    List<List<Entry>> operators = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      keywords.add(new ArrayList<>());
      operators.add(new ArrayList<>());
    }
    for (int type = 1; type <= PythonParser.VOCABULARY.getMaxTokenType(); type++) {
      String literal = PythonParser.VOCABULARY.getLiteralName(type);
      if (literal == null || type == MATCH || type == CASE || type == TYPE) {
        continue;
      }
      String text = literal.substring(1, literal.length() - 1);
      char first = text.charAt(0);
      (Character.isLetter(first) ? keywords : operators).get(first).add(new Entry(text, type));
    }
    for (int i = 0; i < 128; i++) {
      KEYWORDS[i] = keywords.get(i).toArray(Entry[]::new);
      OPERATORS[i] = operators.get(i).toArray(Entry[]::new);
    }
  }

  private record Entry(String text, int type) {}

  private final String text;
  private final ParserToken[] tokens;
  // the tokens' types, which prediction reads most: an array of ints spares a load of each token
  private final int[] types;
  private final int[] comments;
  private int p;

  private ParserTokens(String text, ParserToken[] tokens, int[] types, int[] comments) {
    this.text = text;
    this.tokens = tokens;
    this.types = types;
    this.comments = comments;
  }

  /** Converts {@code all} (trivia included) of {@code text}; fails on an unknown operator. */
  static ParserTokens of(String text, List<pyfix.source.Token> all) throws PyfixSyntaxException {
    int size = all.size();
    int[] types = new int[size];
    int[] sourceIndex = new int[size];
    int[] comments = new int[16];
    int n = 0;
    int c = 0;
    for (int i = 0; i < size; i++) {
      pyfix.source.Token t = all.get(i);
      if (t.kind().isTrivia()) {
        if (t.kind() == TokenKind.COMMENT) {
          if (c == comments.length) {
            comments = Arrays.copyOf(comments, c * 2);
          }
          comments[c++] = i; // noted here, where every token is read anyway
        }
        continue;
      }
      types[n] = typeOf(text, t);
      sourceIndex[n++] = i;
    }
    resolve(text, all, types, sourceIndex, n);
    ParserToken[] tokens = new ParserToken[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = new ParserToken(types[i], i, sourceIndex[i], all.get(sourceIndex[i]), text);
    }
    return new ParserTokens(text, tokens, Arrays.copyOf(types, n), Arrays.copyOf(comments, c));
  }

  /** The indices of the comments among all tokens (see {@link ParsedFile#comments()}). */
  int[] comments() {
    return comments;
  }

  /** The indices among all tokens of the tokens of grammar type {@code type}, in order. */
  int[] indexesOf(int type) {
    int[] out = new int[8];
    int count = 0;
    for (int i = 0; i < types.length; i++) {
      if (types[i] == type) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = tokens[i].sourceIndex();
      }
    }
    return Arrays.copyOf(out, count);
  }

  private static int typeOf(String text, pyfix.source.Token t) throws PyfixSyntaxException {
    switch (t.kind()) {
      case NAME:
        return lookup(KEYWORDS, text, t, NAME);
      case OP:
        int type = lookup(OPERATORS, text, t, Token.INVALID_TYPE);
        if (type == Token.INVALID_TYPE) {
          throw new PyfixSyntaxException(
              t.line(), t.column() + 1, "syntax error: unexpected '" + t.text(text) + "'");
        }
        return type;
      case NUMBER:
        return PythonParser.NUMBER;
      case STRING:
        return PythonParser.STRING;
      case FSTRING_START:
        return PythonParser.FSTRING_START;
      case FSTRING_MIDDLE:
        return PythonParser.FSTRING_MIDDLE;
      case FSTRING_END:
        return PythonParser.FSTRING_END;
      case TSTRING_START:
        return PythonParser.TSTRING_START;
      case TSTRING_MIDDLE:
        return PythonParser.TSTRING_MIDDLE;
      case TSTRING_END:
        return PythonParser.TSTRING_END;
      case NEWLINE:
        return NEWLINE;
      case INDENT:
        return INDENT;
      case DEDENT:
        return DEDENT;
      case ENDMARKER:
        return Token.EOF;
      default:
        throw new IllegalArgumentException("trivia has no parser type: " + t);
    }
  }

  private static int lookup(Entry[][] table, String text, pyfix.source.Token t, int otherwise) {
    char first = text.charAt(t.start());
    if (first >= 128) {
      return otherwise;
    }
    int length = t.end() - t.start();
    for (Entry e : table[first]) {
      if (e.text.length() == length && text.startsWith(e.text, t.start())) {
        return e.type;
      }
    }
    return otherwise;
  }

  /** Turns soft keywords and the '(' grouping with-items into their own types. */
  private static void resolve(
      String text, List<pyfix.source.Token> all, int[] types, int[] sourceIndex, int n) {
    int level = 0;
    // indentation levels of open match blocks, where `case` starts a statement
    int[] matchLevels = new int[8];
    int open = 0;
    int prev = START;
    for (int i = 0; i < n; i++) {
      int type = types[i];
      if (type == INDENT) {
        level++;
      } else if (type == DEDENT) {
        level--;
        while (open > 0 && matchLevels[open - 1] > level) {
          open--;
        }
      } else if (type == NAME && startsStatement(prev)) {
        pyfix.source.Token t = all.get(sourceIndex[i]);
        boolean lineStart = prev != SEMI && prev != COLON;
        if (lineStart && t.is(text, "match")) {
          int end = lineEnd(types, i, n);
          if (types[end - 1] == COLON) {
            types[i] = MATCH;
            if (end + 1 < n && types[end + 1] == INDENT) {
              if (open == matchLevels.length) {
                matchLevels = Arrays.copyOf(matchLevels, open * 2);
              }
              matchLevels[open++] = level + 1;
            }
          }
        } else if (lineStart && open > 0 && matchLevels[open - 1] == level && t.is(text, "case")) {
          types[i] = CASE;
        } else if (i + 1 < n && types[i + 1] == NAME && t.is(text, "type")) {
          types[i] = TYPE;
        }
      } else if (type == WITH
          && i + 1 < n
          && types[i + 1] == LPAR
          && groupsItems(types, i + 1, n)) {
        types[i + 1] = WITH_LPAR;
      }
      prev = types[i];
    }
  }

  private static boolean startsStatement(int prev) {
    return prev == START
        || prev == NEWLINE
        || prev == INDENT
        || prev == DEDENT
        || prev == SEMI
        || prev == COLON;
  }

  /** The index of the NEWLINE (or end) that ends the logical line holding token {@code i}. */
  private static int lineEnd(int[] types, int i, int n) {
    int j = i;
    while (j < n && types[j] != NEWLINE && types[j] != Token.EOF) {
      j++;
    }
    return j;
  }

  /**
   * Whether the '(' at {@code open} groups with-items ({@code with (a as b, c):}) rather than
   * starting an expression: it must close right before the ':' and hold an `as`, or a comma between
   * items that could not be tuple-only elements (starred, walrus, yield, generator).
   */
  private static boolean groupsItems(int[] types, int open, int n) {
    int depth = 0;
    boolean as = false;
    boolean comma = false;
    boolean tupleOnly = false;
    int prev = START;
    for (int j = open; j < n; j++) {
      int type = types[j];
      switch (type) {
        case LPAR, LSQB, LBRACE, WITH_LPAR -> depth++;
        case RPAR, RSQB, RBRACE -> {
          if (--depth == 0) {
            return j + 1 < n && types[j + 1] == COLON && (as || (comma && !tupleOnly));
          }
        }
        case NEWLINE -> {
          return false;
        }
        default -> {
          if (depth == 1) {
            as |= type == AS;
            comma |= type == COMMA;
            tupleOnly |=
                type == FOR
                    || type == YIELD
                    || type == COLONEQUAL
                    || (type == STAR && (prev == LPAR || prev == COMMA));
          }
        }
      }
      prev = type;
    }
    return false;
  }

  @Override
  public Token LT(int k) {
    if (k == 1 && p < tokens.length) {
      return tokens[p]; // the usual question (the tokens before an error may run out)
    }
    int i = lookahead(k);
    return i < 0 ? null : tokens[i];
  }

  @Override
  public int LA(int k) {
    if (k == 1 && p < types.length) {
      return types[p];
    }
    int i = lookahead(k);
    return i < 0 ? Token.INVALID_TYPE : types[i];
  }

  /** The index of the token {@code k} ahead (back, when negative); -1 for none. */
  private int lookahead(int k) {
    int i = k > 0 ? p + k - 1 : p + k;
    return k == 0 || i < 0 ? -1 : Math.min(i, tokens.length - 1);
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public TokenSource getTokenSource() {
    return null;
  }

  @Override
  public String getText(Interval interval) {
    int a = Math.max(0, interval.a);
    int b = Math.min(tokens.length - 1, interval.b);
    if (a > b) {
      return "";
    }
    return text.substring(tokens[a].getStartIndex(), tokens[b].getStopIndex() + 1);
  }

  @Override
  public String getText() {
    return text;
  }

  @Override
  public String getText(RuleContext ctx) {
    return getText(ctx.getSourceInterval());
  }

  @Override
  public String getText(Token start, Token stop) {
    return getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
  }

  @Override
  public void consume() {
    if (LA(1) == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    p = Math.min(index, tokens.length - 1);
  }

  @Override
  public int size() {
    return tokens.length;
  }

  @Override
  public String getSourceName() {
    return IntStream.UNKNOWN_SOURCE_NAME;
  }
}
