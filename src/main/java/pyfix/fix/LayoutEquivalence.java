package pyfix.fix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import pyfix.parse.ParsedFile;
import pyfix.source.Keywords;
import pyfix.source.Token;
import pyfix.source.TokenIndex;
import pyfix.source.TokenKind;

/**
 * Decides whether two texts are the same program written with a different layout, so that a LAYOUT
 * fix can be checked without a Python interpreter.
 *
 * <p>Both texts are reduced to a signature and the signatures compared:
 *
 * <ul>
 *   <li>Trivia (whitespace, line breaks inside brackets, backslash continuations) is left out.
 *       Comments are kept, text and order, so a layout fix cannot lose or reorder one; each counts
 *       as its pieces split before a {@code #} after whitespace, so two comments a fix puts on one
 *       line ({@code # a # b}, as Black writes them) are still the same two.
 *   <li>NEWLINE, INDENT, DEDENT and ENDMARKER count by kind only: the block structure must stay,
 *       its indentation text and line break style may change.
 *   <li>Other tokens count by kind and exact text, strings included.
 *   <li>A trailing comma before a closing bracket is left out where it is optional: in a list, set
 *       or dict display, in a call, def or class parameter list, and in a parenthesized tuple or
 *       subscript that has another top-level comma; so is one that ends a statement's bare tuple
 *       with another comma ({@code x = a, b,}), or a bare target tuple ({@code a, b, = x}, {@code
 *       for a, b, in x}).
 *   <li>Redundant parentheses are left out: a non-empty pair that is not a call, holds no top-level
 *       comma and no generator expression (also inside a directly nested pair), is preceded by
 *       {@code = ( [ { , : -> :=}, an augmented assignment, a statement start, or a
 *       statement-opening {@code return if elif while assert del}, and is followed by {@code ) ] }
 *       , : = ;}, an augmented assignment or the end of the statement; not at a statement start
 *       before {@code :}, where it annotates an expression.
 *   <li>Parentheses a statement does not need are left out too: around a tuple that is the whole
 *       right side of {@code =} or an augmented assignment, the value of {@code return}, the
 *       targets of {@code del}, or a target before {@code =}; around the target or the iterable of
 *       a {@code for} statement (tuple or not), and around the first element of its iterable tuple
 *       ({@code for x in (a), b:}); around the single exception of {@code except}; and around the
 *       names of a {@code from ... import}, with their trailing comma. Commas in a lambda's
 *       parameters are not tuple commas.
 *   <li>Parentheses around a generator expression directly inside another pair are left out: the
 *       outer pair (a call's, or plain parentheses) already delimits it.
 *   <li>The empty parentheses of a class without bases, {@code class C():}, are left out.
 *   <li>An f-string with a self-documenting {@code =} field counts as its whole source text, since
 *       its output includes the spaces in the field.
 * </ul>
 *
 * <p>Statements written on one line count as written on lines of their own: a {@code ;} between
 * statements as a NEWLINE, one that ends a line not at all, and a compound statement's body on its
 * header's line as NEWLINE INDENT, the body, and DEDENT after the line's NEWLINE.
 *
 * <p>The rules only say "equal" when the ASTs are equal; they may say "different" for some equal
 * programs (a tuple that loses its parentheses at statement level), which merely drops a fix.
 */
public final class LayoutEquivalence {
  // `match` is left out: its cases always start on a line of their own
  private static final Set<String> COMPOUND_KEYWORDS =
      Set.of(
          "if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def", "class",
          "async", "case");
  private static final Set<String> STATEMENT_KEYWORDS =
      Set.of("return", "if", "elif", "while", "assert", "del");
  private static final Set<String> OPEN_CONTEXT =
      Set.of("=", "(", "[", "{", ",", ":", "->", ":=", ";");
  private static final Set<String> CLOSE_CONTEXT = Set.of(")", "]", "}", ",", ":", "=", ";");
  private static final Set<String> AUGMENTED =
      Set.of("+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=");

  private static final Pattern COMMENT_PIECES = Pattern.compile("\\s+(?=#)");

  private LayoutEquivalence() {}

  /** Whether {@code after} is {@code before} with only its layout changed. */
  public static boolean equivalent(ParsedFile before, ParsedFile after) {
    return signature(before).equals(signature(after));
  }

  /** The layout-free form of a file's tokens: one entry per kept token, kind and text. */
  static List<String> signature(ParsedFile file) {
    String text = file.text();
    List<Token> tokens = file.tokens();
    TokenIndex index = file.index();
    List<Token> sig = new ArrayList<>();
    // position in sig of each token kept there, -1 for others
    int[] kept = new int[tokens.size()];
    Arrays.fill(kept, -1);
    List<String> comments = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.COMMENT) {
        String comment = t.text(text);
        if (comment.indexOf('#', 1) < 0) {
          comments.add(comment);
        } else {
          comments.addAll(Arrays.asList(COMMENT_PIECES.split(comment)));
        }
      } else if (isStringStart(t.kind()) && hasDebugField(text, tokens, i, index.partner(i))) {
        int end = index.partner(i);
        sig.add(
            new Token(TokenKind.STRING, t.start(), tokens.get(end).end(), t.line(), t.column()));
        i = end;
      } else if (!t.kind().isTrivia()) {
        kept[i] = sig.size();
        sig.add(t);
      }
    }
    int[] partner = new int[sig.size()];
    int[] depth = new int[sig.size()];
    for (int i = 0; i < tokens.size(); i++) {
      int k = kept[i];
      if (k >= 0) {
        boolean bracket = tokens.get(i).kind() == TokenKind.OP && index.partner(i) >= 0;
        partner[k] = bracket ? kept[index.partner(i)] : -1;
        // a closing bracket counts at the depth of its opening one
        depth[k] = index.depth(i) - (bracket && index.partner(i) < i ? 1 : 0);
      }
    }
    boolean[] drop = dropped(text, sig, partner, depth);
    boolean[] bodyColon = headerLineBodies(text, sig, depth);
    List<String> out = new ArrayList<>(sig.size() + comments.size());
    boolean bodyOpen = false;
    for (int i = 0; i < sig.size(); i++) {
      Token t = sig.get(i);
      if (drop[i]) {
        continue;
      }
      if (is(text, t, ";")) {
        if (!endsLine(sig.get(i + 1).kind())) {
          out.add(TokenKind.NEWLINE.name()); // `a; b` is `a` and `b` on lines of their own
        }
        continue;
      }
      out.add(entry(text, t));
      if (bodyColon[i]) {
        out.add(TokenKind.NEWLINE.name()); // `if a: b` is `b` in a block of its own
        out.add(TokenKind.INDENT.name());
        bodyOpen = true;
      } else if (bodyOpen && t.kind() == TokenKind.NEWLINE) {
        out.add(TokenKind.DEDENT.name());
        bodyOpen = false;
      }
    }
    comments.forEach(c -> out.add("COMMENT " + c));
    return out;
  }

  /**
   * Marks the colon of each compound statement header whose body follows on the header's line: the
   * first colon outside brackets and lambdas after a statement-opening compound keyword.
   */
  private static boolean[] headerLineBodies(String text, List<Token> sig, int[] depth) {
    boolean[] colon = new boolean[sig.size()];
    for (int k = 0; k < sig.size(); k++) {
      Token t = sig.get(k);
      if (t.kind() != TokenKind.NAME
          || !COMPOUND_KEYWORDS.contains(t.text(text))
          || !opensStatement(text, sig, k)) {
        continue;
      }
      int lambdas = 0;
      for (int j = k + 1; j < sig.size() && !endsLine(sig.get(j).kind()); j++) {
        if (depth[j] > 0) {
          continue;
        } else if (is(text, sig.get(j), "lambda")) {
          lambdas++;
        } else if (is(text, sig.get(j), ":")) {
          if (lambdas == 0) {
            colon[j] = !endsLine(sig.get(j + 1).kind());
            break;
          }
          lambdas--;
        }
      }
    }
    return colon;
  }

  private static boolean endsLine(TokenKind kind) {
    return kind == TokenKind.NEWLINE || kind == TokenKind.ENDMARKER;
  }

  private static String entry(String text, Token t) {
    return switch (t.kind()) {
      case NEWLINE, INDENT, DEDENT, ENDMARKER -> t.kind().name();
      default -> t.kind().name() + " " + t.text(text);
    };
  }

  /**
   * Marks optional trailing commas and redundant parentheses in the significant tokens, given each
   * bracket's partner and the depth of every token, in positions of {@code sig}.
   */
  private static boolean[] dropped(String text, List<Token> sig, int[] partner, int[] depth) {
    int n = sig.size();
    boolean[] drop = new boolean[n];
    for (int o = 0; o < n; o++) {
      int c = partner[o];
      if (c <= o) {
        continue;
      }
      boolean call = o > 0 && endsAtom(text, sig.get(o - 1));
      char bracket = text.charAt(sig.get(o).start());
      int commas = topLevel(text, sig, partner, o, c, ",");
      boolean trailing = c - 1 > o && is(text, sig.get(c - 1), ",");
      if (trailing) {
        boolean fstringField = o > 0 && isFstringPart(sig.get(o - 1).kind());
        boolean optional =
            switch (bracket) {
              case '[' -> !call || commas > 1;
              case '{' -> !fstringField || commas > 1;
              default -> call || commas > 1;
            };
        drop[c - 1] = optional;
      }
      if (bracket == '('
          && !call
          && c > o + 1
          && !wrapsGenerator(text, sig, partner, o, c)
          && (commas == 0
              ? (opensExpression(text, sig, o)
                      && closesExpression(text, sig, c)
                      // `(a): int` is an annotation of an expression, `a: int` of a name
                      && !(opensStatement(text, sig, o)
                          && c + 1 < n
                          && is(text, sig.get(c + 1), ":")))
                  || forStatementPart(text, sig, depth, o, c)
                  || firstIterableElement(text, sig, depth, o, c)
                  || exceptedType(text, sig, o, c)
              : statementTuple(text, sig, depth, o, c))) {
        drop[o] = true;
        drop[c] = true;
      }
      if (bracket == '('
          && o > 0
          && partner[o - 1] == c + 1
          && is(text, sig.get(o - 1), "(")
          && wrapsGenerator(text, sig, partner, o, c)) {
        drop[o] = true; // `f((x for x in y))` is `f(x for x in y)`, `((g))` is `(g)`
        drop[c] = true;
      }
      if (bracket == '(' && c == o + 1 && emptyClassArguments(text, sig, partner, o)) {
        drop[o] = true;
        drop[c] = true;
      }
      if (bracket == '(' && importNames(text, sig, o, c)) {
        drop[o] = true;
        drop[c] = true;
        if (is(text, sig.get(c - 1), ",")) {
          drop[c - 1] = true;
        }
      }
    }
    for (int i = 0; i + 1 < n; i++) {
      if (depth[i] == 0
          && is(text, sig.get(i), ",")
          && (endsStatement(text, sig.get(i + 1))
              || is(text, sig.get(i + 1), "=")
              || is(text, sig.get(i + 1), "in"))) {
        drop[i] = bareTupleHasComma(text, sig, depth, i);
      }
    }
    return drop;
  }

  private static boolean endsStatement(String text, Token t) {
    return endsLine(t.kind()) || is(text, t, ";");
  }

  /**
   * Whether the bare tuple that the statement-ending comma at {@code comma} closes has another
   * comma: back to the statement's start, an assignment or a colon, where a lambda's parameters or
   * an annotation would end.
   */
  private static boolean bareTupleHasComma(String text, List<Token> sig, int[] depth, int comma) {
    for (int k = comma - 1; k >= 0; k--) {
      Token t = sig.get(k);
      if (depth[k] != 0) {
        continue;
      }
      String s = t.kind() == TokenKind.OP ? t.text(text) : "";
      if (t.kind() == TokenKind.NEWLINE
          || t.kind() == TokenKind.INDENT
          || t.kind() == TokenKind.DEDENT
          || s.equals(";")
          || s.equals("=")
          || s.equals(":")
          || AUGMENTED.contains(s)) {
        return false;
      }
      if (s.equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static int topLevel(String text, List<Token> sig, int[] partner, int o, int c, String s) {
    int count = 0;
    int lambdas = 0;
    for (int k = o + 1; k < c; k++) {
      TokenKind kind = sig.get(k).kind();
      if (partner[k] > k) {
        k = partner[k];
      } else if (kind != TokenKind.OP && kind != TokenKind.NAME) {
        continue; // an f-string's text `,` is no comma
      } else if (is(text, sig.get(k), "lambda")) {
        lambdas++;
      } else if (lambdas > 0 && is(text, sig.get(k), ":")) {
        lambdas--;
      } else if (lambdas == 0 && is(text, sig.get(k), s)) {
        count++; // a lambda's parameters hold no tuple commas
      }
    }
    return count;
  }

  /**
   * A parenthesized tuple where a statement allows a bare one: the whole right side of {@code =} or
   * of an augmented assignment, the value of {@code return}, a tuple target before {@code =}, and
   * the target or iterable of a {@code for} statement.
   */
  private static boolean statementTuple(String text, List<Token> sig, int[] depth, int o, int c) {
    if (depth[o] != 0 || c + 1 >= sig.size() || is(text, sig.get(o + 1), "yield")) {
      return false;
    }
    Token next = sig.get(c + 1);
    boolean endsStatement =
        next.kind() == TokenKind.NEWLINE
            || next.kind() == TokenKind.ENDMARKER
            || is(text, next, ";");
    if (o > 0) {
      Token prev = sig.get(o - 1);
      String p = prev.text(text);
      if ((p.equals("=") || AUGMENTED.contains(p)) && (endsStatement || is(text, next, "="))) {
        return true;
      }
      if ((p.equals("return") || p.equals("del"))
          && opensStatement(text, sig, o - 1)
          && endsStatement) {
        return true;
      }
    }
    if (opensStatement(text, sig, o) && is(text, next, "=")) {
      return true;
    }
    return forStatementPart(text, sig, depth, o, c);
  }

  /** Parentheses around the whole exception of {@code except} or {@code except*}. */
  private static boolean exceptedType(String text, List<Token> sig, int o, int c) {
    int keyword = o > 1 && is(text, sig.get(o - 1), "*") ? o - 2 : o - 1;
    if (keyword < 0 || c + 1 >= sig.size()) {
      return false;
    }
    Token next = sig.get(c + 1);
    return is(text, sig.get(keyword), "except")
        && opensStatement(text, sig, keyword)
        && (is(text, next, "as") || is(text, next, ":"));
  }

  /** Parentheses around the whole target or iterable of a {@code for} statement. */
  private static boolean forStatementPart(String text, List<Token> sig, int[] depth, int o, int c) {
    if (depth[o] != 0 || o == 0 || c + 1 >= sig.size()) {
      return false;
    }
    Token prev = sig.get(o - 1);
    Token next = sig.get(c + 1);
    if (is(text, prev, "for") && forKeyword(text, sig, o - 1)) {
      return is(text, next, "in");
    }
    return forStatementIn(text, sig, depth, o - 1) && is(text, next, ":");
  }

  /**
   * Parentheses around the first element of a {@code for} statement's iterable tuple, {@code for x
   * in (a), b:}: the iterable runs to the colon, so nothing there binds looser than the element.
   */
  private static boolean firstIterableElement(
      String text, List<Token> sig, int[] depth, int o, int c) {
    return depth[o] == 0
        && o > 0
        && c + 1 < sig.size()
        && is(text, sig.get(c + 1), ",")
        && forStatementIn(text, sig, depth, o - 1);
  }

  /** Whether the token at {@code in} is the {@code in} of a {@code for} statement's header. */
  private static boolean forStatementIn(String text, List<Token> sig, int[] depth, int in) {
    if (!is(text, sig.get(in), "in")) {
      return false;
    }
    for (int k = in - 1; k >= 0; k--) {
      Token t = sig.get(k);
      if (depth[k] == 0 && is(text, t, "for")) {
        return forKeyword(text, sig, k) && firstIn(text, sig, depth, k) == in;
      }
      if (t.kind() == TokenKind.NEWLINE || is(text, t, ";")) {
        return false;
      }
    }
    return false;
  }

  private static boolean forKeyword(String text, List<Token> sig, int k) {
    return opensStatement(text, sig, k)
        || (k > 0 && is(text, sig.get(k - 1), "async") && opensStatement(text, sig, k - 1));
  }

  private static int firstIn(String text, List<Token> sig, int[] depth, int forIndex) {
    for (int k = forIndex + 1; k < sig.size(); k++) {
      if (depth[k] == 0 && is(text, sig.get(k), "in")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the pair {@code o}..{@code c}, or a pair directly inside it (and so on), holds a
   * generator expression: a {@code for} outside nested brackets.
   */
  private static boolean wrapsGenerator(String text, List<Token> sig, int[] partner, int o, int c) {
    while (c - o > 2 && partner[o + 1] == c - 1 && is(text, sig.get(o + 1), "(")) {
      o++;
      c--;
    }
    return topLevel(text, sig, partner, o, c, "for") > 0;
  }

  /** The empty parentheses of {@code class C():} (or {@code class C[T]():}). */
  private static boolean emptyClassArguments(String text, List<Token> sig, int[] partner, int o) {
    if (o < 2 || o + 2 >= sig.size() || !is(text, sig.get(o + 2), ":")) {
      return false;
    }
    int name = is(text, sig.get(o - 1), "]") ? partner[o - 1] - 1 : o - 1;
    return name >= 1
        && sig.get(name).kind() == TokenKind.NAME
        && is(text, sig.get(name - 1), "class")
        && opensStatement(text, sig, name - 1);
  }

  /** The parentheses around all the names of a {@code from ... import}. */
  private static boolean importNames(String text, List<Token> sig, int o, int c) {
    if (o < 3 || !is(text, sig.get(o - 1), "import") || c + 1 >= sig.size()) {
      return false;
    }
    Token next = sig.get(c + 1);
    if (next.kind() != TokenKind.NEWLINE
        && next.kind() != TokenKind.ENDMARKER
        && !is(text, next, ";")) {
      return false;
    }
    for (int k = o - 2; k >= 0; k--) {
      Token t = sig.get(k);
      if (t.kind() == TokenKind.NEWLINE
          || t.kind() == TokenKind.INDENT
          || t.kind() == TokenKind.DEDENT) {
        return false;
      }
      if (is(text, t, "from") && opensStatement(text, sig, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensExpression(String text, List<Token> sig, int o) {
    if (o == 0) {
      return true;
    }
    Token prev = sig.get(o - 1);
    return switch (prev.kind()) {
      case NEWLINE, INDENT, DEDENT -> true;
      case OP -> OPEN_CONTEXT.contains(prev.text(text)) || AUGMENTED.contains(prev.text(text));
      case NAME -> STATEMENT_KEYWORDS.contains(prev.text(text)) && opensStatement(text, sig, o - 1);
      default -> false;
    };
  }

  private static boolean opensStatement(String text, List<Token> sig, int k) {
    if (k == 0) {
      return true;
    }
    Token prev = sig.get(k - 1);
    return switch (prev.kind()) {
      case NEWLINE, INDENT, DEDENT -> true;
      case OP -> is(text, prev, ";") || is(text, prev, ":");
      default -> false;
    };
  }

  private static boolean closesExpression(String text, List<Token> sig, int c) {
    Token next = sig.get(c + 1 < sig.size() ? c + 1 : c);
    if (next.kind() == TokenKind.NEWLINE || next.kind() == TokenKind.ENDMARKER) {
      return true;
    }
    if (next.kind() != TokenKind.OP) {
      return false;
    }
    String s = next.text(text);
    if (s.equals("=") && c + 2 < sig.size()) {
      // `(a)=}` in an f-string is a self-documenting field: its text is printed.
      Token after = sig.get(c + 2);
      if (is(text, after, "}") || is(text, after, "!") || is(text, after, ":")) {
        return false;
      }
    }
    return CLOSE_CONTEXT.contains(s) || AUGMENTED.contains(s);
  }

  private static boolean endsAtom(String text, Token t) {
    return switch (t.kind()) {
      case NAME -> !Keywords.isStatementOrOperator(t.text(text));
      case NUMBER, STRING, FSTRING_END, TSTRING_END -> true;
      case OP -> is(text, t, ")") || is(text, t, "]") || is(text, t, "}");
      default -> false;
    };
  }

  private static boolean isFstringPart(TokenKind kind) {
    return kind == TokenKind.FSTRING_START
        || kind == TokenKind.FSTRING_MIDDLE
        || kind == TokenKind.TSTRING_START
        || kind == TokenKind.TSTRING_MIDDLE;
  }

  private static boolean hasDebugField(String text, List<Token> tokens, int start, int end) {
    Token prev = null;
    for (int k = start + 1; k < end; k++) {
      Token t = tokens.get(k);
      if (t.kind().isTrivia()) {
        continue;
      }
      if (prev != null
          && is(text, prev, "=")
          && (is(text, t, "}") || is(text, t, "!") || is(text, t, ":"))) {
        return true;
      }
      prev = t;
    }
    return false;
  }

  private static boolean isStringStart(TokenKind kind) {
    return kind == TokenKind.FSTRING_START || kind == TokenKind.TSTRING_START;
  }

  private static boolean is(String text, Token t, String s) {
    return t.is(text, s);
  }
}
