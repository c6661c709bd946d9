package pyfix.fixers.linelength;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pyfix.source.Keywords;

/**
 * Where Black's normalize_invisible_parens puts invisible parentheses in a statement: around the
 * right side of {@code =} and augmented assignments, a tuple target before {@code =}, the value of
 * {@code return}, the targets of {@code del}, both parts of {@code assert}, the condition of {@code
 * if}/{@code elif}/{@code while}, the target and iterable of {@code for}, the exception of {@code
 * except}, the names of {@code from ... import} (whose own parentheses become invisible), a return
 * annotation, and an expression statement whose last operator is {@code + - << >> & ^} (Black's
 * is_arith_like). A part that already is one parenthesized atom, or starts with {@code yield} or
 * {@code *}, is left.
 */
final class InvisibleParens {
  private static final Set<String> COMPOUND =
      Set.of(
          "if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def", "class",
          "async");
  private static final Set<String> ASSIGNMENTS =
      Set.of("=", "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=");

  private static final Set<String> ARITH = Set.of("+", "-", "<<", ">>", "&", "^");
  private static final Set<String> LOOSER_THAN_ARITH =
      Set.of(
          ",", ":", ";", "|", "<", ">", "==", ">=", "<=", "!=", "in", "is", "not", "and", "or",
          "if", "lambda", ":=", "yield");

  private final List<String> sigText;
  private final boolean[] openBefore;
  private final int[] closeAfter;
  private final boolean[] madeInvisible;

  private InvisibleParens(List<String> sigText) {
    this.sigText = sigText;
    int n = sigText.size();
    this.openBefore = new boolean[n + 1];
    this.closeAfter = new int[n];
    this.madeInvisible = new boolean[n];
  }

  /** The parentheses for a statement's significant tokens, given each bracket's partner. */
  static InvisibleParens place(List<String> sigText, int[] match) {
    InvisibleParens parens = new InvisibleParens(sigText);
    parens.place(match);
    return parens;
  }

  /** Per token: whether an invisible opening parenthesis goes just before it. */
  boolean[] openBefore() {
    return openBefore;
  }

  /** Per token: how many invisible closing parentheses go just after it. */
  int[] closeAfter() {
    return closeAfter;
  }

  /** Per token: whether it is a real parenthesis that becomes invisible. */
  boolean[] madeInvisible() {
    return madeInvisible;
  }

  /** Marks where Black's normalize_invisible_parens puts invisible parentheses. */
  private void place(int[] match) {
    int n = sigText.size();
    String head = sigText.get(0);
    int kw = head.equals("async") && n > 1 ? 1 : 0;
    String keyword = sigText.get(kw);
    int colon = sigText.get(n - 1).equals(":") ? n - 1 : n;
    switch (keyword) {
      case "return" -> wrap(1, n, match);
      case "del" -> wrap(1, n, match);
      case "except" -> {
        int from = n > 1 && sigText.get(1).equals("*") ? 2 : 1;
        int as = topLevel(from, colon, match, "as");
        wrap(from, as > 0 ? as : colon, match);
      }
      case "assert" -> {
        int comma = topLevel(1, n, match, ",");
        if (comma < 0) {
          wrap(1, n, match);
        } else {
          wrap(1, comma, match);
          wrap(comma + 1, n, match);
        }
      }
      case "if", "elif", "while" -> {
        if (kw == 0) {
          wrap(1, colon, match);
        }
      }
      case "for" -> {
        int in = topLevel(kw + 1, colon, match, "in");
        if (in > 0) {
          wrap(kw + 1, in, match);
          wrap(in + 1, colon, match);
        }
      }
      case "from" -> {
        int imp = topLevel(1, n, match, "import");
        if (imp > 0 && imp + 1 < n && !sigText.get(imp + 1).equals("*")) {
          if (sigText.get(imp + 1).equals("(") && match[imp + 1] == n - 1) {
            madeInvisible[imp + 1] = true;
            madeInvisible[n - 1] = true;
          } else {
            wrap(imp + 1, n, match);
          }
        }
      }
      case "def" -> {
        int arrow = topLevel(kw + 1, colon, match, "->");
        if (arrow > 0) {
          int open = arrow + 1;
          boolean grouped =
              sigText.get(open).equals("(")
                  && match[open] == colon - 1
                  && colon - 1 > open + 1
                  && topLevel(open + 1, colon - 1, match, ",") < 0
                  && topLevel(open + 1, colon - 1, match, ":=") < 0
                  && !sigText.get(open + 1).equals("yield");
          if (grouped) {
            // Black's visit_funcdef: the annotation's own parentheses become invisible
            madeInvisible[open] = true;
            madeInvisible[colon - 1] = true;
          } else {
            wrap(open, colon, match);
          }
        }
      }
      default -> {
        // `await` binds tighter than `+`: `await a + b` is an arithmetic expression statement
        boolean expression = !Keywords.isStatementOrOperator(keyword) || keyword.equals("await");
        if (!COMPOUND.contains(keyword) && expression && !head.equals("@")) {
          wrapAssignment(match);
        }
      }
    }
  }

  private void wrapAssignment(int[] match) {
    int n = sigText.size();
    List<Integer> ops = new ArrayList<>();
    int lambdas = 0; // a lambda's parameters may have defaults: `f = lambda a=1: a`
    for (int i = 0; i < n; i++) {
      String s = sigText.get(i);
      if (match[i] > i) {
        i = match[i];
      } else if (s.equals("lambda")) {
        lambdas++;
      } else if (lambdas > 0 && s.equals(":")) {
        lambdas--;
      } else if (lambdas == 0 && ASSIGNMENTS.contains(s)) {
        ops.add(i);
      }
    }
    if (ops.isEmpty()) {
      if (isArithLike(match)) {
        wrap(0, n, match);
      }
      return;
    }
    if (topLevel(0, ops.get(0), match, ",") >= 0 && topLevel(0, ops.get(0), match, ":") < 0) {
      wrap(0, ops.get(0), match);
    }
    for (int k = 0; k < ops.size(); k++) {
      int end = k + 1 < ops.size() ? ops.get(k + 1) : n;
      wrap(ops.get(k) + 1, end, match);
    }
  }

  /**
   * Whether the statement is one expression whose loosest operator is binary {@code + - << >> & ^}:
   * no comma, colon, comparison, boolean operator, conditional, lambda or {@code |} at its top
   * level.
   */
  private boolean isArithLike(int[] match) {
    boolean arith = false;
    for (int i = 0; i < sigText.size(); i++) {
      String t = sigText.get(i);
      if (match[i] > i) {
        i = match[i];
      } else if (LOOSER_THAN_ARITH.contains(t)) {
        return false;
      } else if (ARITH.contains(t) && i > 0 && endsOperand(sigText.get(i - 1))) {
        arith = true;
      }
    }
    return arith;
  }

  private static boolean endsOperand(String token) {
    char c = token.charAt(token.length() - 1);
    if (c == ')' || c == ']' || c == '}' || c == '"' || c == '\'') {
      return true;
    }
    return (Character.isLetterOrDigit(c) || c == '_' || c == '.')
        && !Keywords.isStatementOrOperator(token);
  }

  /** Wraps {@code sig[from, to)} unless empty or already one parenthesized atom. */
  private void wrap(int from, int to, int[] match) {
    if (from >= to) {
      return;
    }
    if (sigText.get(from).equals("(") && match[from] == to - 1) {
      return;
    }
    if (sigText.get(from).equals("yield") || sigText.get(from).equals("*")) {
      return;
    }
    openBefore[from] = true;
    closeAfter[to - 1]++;
  }

  /**
   * The first {@code s} between {@code from} and {@code to} outside brackets and outside a lambda's
   * parameters ({@code assert lambda a, b: a, "message"} has one top-level comma), or -1.
   */
  private int topLevel(int from, int to, int[] match, String s) {
    int lambdas = 0;
    for (int i = from; i < to; i++) {
      String t = sigText.get(i);
      if (match[i] > i) {
        i = match[i];
      } else if (t.equals("lambda")) {
        lambdas++;
      } else if (lambdas > 0 && t.equals(":")) {
        lambdas--;
      } else if (lambdas == 0 && t.equals(s)) {
        return i;
      }
    }
    return -1;
  }
}
