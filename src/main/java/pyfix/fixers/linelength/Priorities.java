package pyfix.fixers.linelength;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyfix.source.Keywords;

/**
 * Split priorities of a statement's leaves, from Black's documented delimiter order: comprehension
 * {@code for}/{@code if} 20, comma 18, conditional expression 16, {@code and}/{@code or} 14,
 * implicit string concatenation 12, comparison 10, then the binary operators from {@code |} 9 down
 * to {@code *}, {@code /} 4 and {@code **} 2 (as in Black 23.1), and the dot of a method call after
 * a bracket 1. A priority belongs to the gap before the leaf; unary operators and varargs stars
 * have none.
 */
final class Priorities {
  static final int COMPREHENSION = 20;
  static final int TERNARY = 16;
  static final int LOGIC = 14;
  static final int STRING = 12;
  static final int COMPARATOR = 10;
  private static final Map<String, Integer> MATH =
      Map.ofEntries(
          Map.entry("|", 9),
          Map.entry("^", 8),
          Map.entry("&", 7),
          Map.entry("<<", 6),
          Map.entry(">>", 6),
          Map.entry("+", 5),
          Map.entry("-", 5),
          Map.entry("*", 4),
          Map.entry("/", 4),
          Map.entry("//", 4),
          Map.entry("%", 4),
          Map.entry("@", 4),
          Map.entry("**", 2));
  private static final Set<String> COMPARATORS = Set.of("<", ">", "==", "!=", "<=", ">=", "<>");

  private Priorities() {}

  /** Sets {@link Leaf#priorityBefore} and {@link Leaf#vararg} on the leaves of one statement. */
  static void mark(List<Leaf> leaves, boolean isImport) {
    int statementStart = firstCode(leaves);
    boolean caseGuard = leaves.get(statementStart).is("case");
    // Per open bracket (bottom: the statement): pending comprehension `for`s awaiting `in`, and
    // whether a comprehension `for` was seen (so a later `if` filters it).
    Deque<int[]> scopes = new ArrayDeque<>();
    Deque<Leaf> brackets = new ArrayDeque<>();
    scopes.push(new int[2]);
    Leaf previous = null;
    Leaf previousCode = null;
    // Black writes a binary operator with a space on each side; a power hugs its operands only
    // once it knows they stay on one line, so its spaces count for the width as well
    Leaf afterBinary = null;
    for (int i = 0; i < leaves.size(); i++) {
      Leaf leaf = leaves.get(i);
      if (leaf.isComment()) {
        continue;
      }
      boolean first = i == statementStart;
      if (leaf.isClosing()) {
        brackets.pop();
        scopes.pop();
      }
      boolean unary = previousCode == null || !endsOperand(previousCode);
      Leaf inner = brackets.peek();
      boolean inCall = inner != null && inner.role == Leaf.Role.TRAILER && inner.is("(");
      boolean inDef = inner != null && inner.role == Leaf.Role.PARAMETERS;
      String v = leaf.value;
      int priority = 0;
      if (leaf.type == Leaf.Type.OPERATOR) {
        if ((v.equals("*") || v.equals("**")) && unary) {
          leaf.vararg = inCall || inDef;
        } else if (v.equals("/") && inDef && unary) {
          leaf.vararg = true;
        } else if (v.equals(".")) {
          if (!isImport && (previous == null || previous.isClosing())) {
            priority = Line.DOT_PRIORITY;
          }
        } else if (MATH.containsKey(v) && !unary) {
          priority = MATH.get(v);
        } else if (COMPARATORS.contains(v)) {
          priority = COMPARATOR;
        }
      } else if (leaf.type == Leaf.Type.STRING) {
        if (previous != null && previous.type == Leaf.Type.STRING) {
          priority = STRING;
        }
      } else if (leaf.type == Leaf.Type.NAME && !first) {
        int[] scope = scopes.peek();
        switch (v) {
          case "for" -> {
            boolean statement = isStatementFor(leaves, i, statementStart);
            if (!statement && (previous == null || !previous.is("async"))) {
              priority = COMPREHENSION;
            }
            scope[0]++;
            if (!statement) {
              scope[1] = 1;
            }
          }
          case "async" -> {
            Leaf next = nextCode(leaves, i);
            if (next != null && next.is("for")) {
              priority = COMPREHENSION;
            }
          }
          case "in" -> {
            if (scope[0] > 0) {
              scope[0]--;
            } else if (previous == null || !previous.is("not")) {
              priority = COMPARATOR;
            }
          }
          case "if" -> {
            if (scope[1] == 1) {
              priority = COMPREHENSION;
            } else if (!(caseGuard && scopes.size() == 1)) {
              priority = TERNARY; // a case guard's `if` is no delimiter
            }
          }
          case "else" -> priority = TERNARY;
          case "is" -> priority = COMPARATOR;
          case "not" -> {
            Leaf next = nextCode(leaves, i);
            if (next != null && next.is("in") && (previous == null || !previous.is("is"))) {
              priority = COMPARATOR;
            }
          }
          case "and", "or" -> priority = LOGIC;
          default -> {}
        }
      } else if (leaf.type == Leaf.Type.NAME && first && v.equals("for")) {
        scopes.peek()[0]++;
      }
      leaf.priorityBefore = priority;
      boolean binary = leaf.isBinaryOperator();
      boolean spaced = binary && (v.equals("**") || leaf.prefix.isEmpty());
      if (spaced || afterBinary != null && (afterBinary.is("**") || leaf.prefix.isEmpty())) {
        leaf.widthPrefix = " ";
      }
      afterBinary = binary ? leaf : null;
      if (leaf.isOpening()) {
        brackets.push(leaf);
        scopes.push(new int[2]);
      }
      previous = leaf;
      if (!leaf.isInvisible()) {
        previousCode = leaf;
      }
    }
  }

  private static boolean isStatementFor(List<Leaf> leaves, int i, int statementStart) {
    return i == statementStart + 1 && leaves.get(statementStart).is("async");
  }

  private static int firstCode(List<Leaf> leaves) {
    for (int i = 0; i < leaves.size(); i++) {
      if (!leaves.get(i).isComment()) {
        return i;
      }
    }
    return 0;
  }

  private static Leaf nextCode(List<Leaf> leaves, int i) {
    for (int k = i + 1; k < leaves.size(); k++) {
      Leaf l = leaves.get(k);
      if (!l.isComment() && !l.isInvisible()) {
        return l;
      }
    }
    return null;
  }

  private static boolean endsOperand(Leaf l) {
    return switch (l.type) {
      case NAME ->
          !Keywords.isStatementOrOperator(l.value) || l.is("None") || l.is("True") || l.is("False");
      case NUMBER, STRING, CLOSE -> true;
      default -> l.is("...");
    };
  }
}
