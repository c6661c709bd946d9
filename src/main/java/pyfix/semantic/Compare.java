package pyfix.semantic;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.BoolExprContext;
import pyfix.parse.PythonParser.ComparisonContext;

/**
 * A comparison chain as Python's {@code ast.Compare} has it: {@code left op1 c1 op2 c2 …}. The
 * grammar nests {@code a < b < c} as {@code (a < b) < c}; this view flattens it.
 *
 * @param node the outermost comparison node of the chain
 * @param left the first operand
 * @param ops the operators, one per comparator
 * @param comparators the operands after the first
 */
public record Compare(
    ComparisonContext node, BoolExprContext left, List<Op> ops, List<BoolExprContext> comparators) {

  /** A comparison operator. */
  public enum Kind {
    EQ("=="),
    NOT_EQ("!="),
    LT("<"),
    LT_E("<="),
    GT(">"),
    GT_E(">="),
    IS("is"),
    IS_NOT("is not"),
    IN("in"),
    NOT_IN("not in");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** The operator as Python spells it, with one space in {@code is not} and {@code not in}. */
    public String text() {
      return text;
    }
  }

  /** One operator of a chain and where its tokens are, from the first to after the last. */
  public record Op(Kind kind, int start, int end) {}

  /**
   * Whether {@code node} is the outermost node of its chain (not the left part of a longer one).
   */
  public static boolean isChainRoot(ComparisonContext node) {
    return !(node.getParent() instanceof ComparisonContext outer && outer.boolExpr(0) == node);
  }

  /** The operator of {@code c}, one link of a chain (the one between its two operands). */
  public static Kind kind(ComparisonContext c) {
    return op(c).kind();
  }

  /** The chain whose outermost node is {@code node}. */
  public static Compare of(ComparisonContext node) {
    List<Op> ops = new ArrayList<>();
    List<BoolExprContext> comparators = new ArrayList<>();
    BoolExprContext left = node;
    while (left instanceof ComparisonContext c) {
      ops.add(0, op(c));
      comparators.add(0, c.boolExpr(1));
      left = c.boolExpr(0);
    }
    return new Compare(node, left, List.copyOf(ops), List.copyOf(comparators));
  }

  /** Operator {@code index} of a chain with the operands on either side of it. */
  public record Link(int index, Op op, BoolExprContext left, BoolExprContext right) {}

  /** The links whose operator is {@code ==} or {@code !=}, in order. */
  public List<Link> equalities() {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      Op op = ops.get(i);
      if (op.kind() == Kind.EQ || op.kind() == Kind.NOT_EQ) {
        links.add(new Link(i, op, before(i), comparators.get(i)));
      }
    }
    return links;
  }

  /** The operand before operator {@code i}: {@link #left} or a comparator. */
  public BoolExprContext before(int i) {
    return i == 0 ? left : comparators.get(i - 1);
  }

  private static Op op(ComparisonContext c) {
    List<TerminalNode> tokens = new ArrayList<>(2);
    for (Object child : c.children) {
      if (child instanceof ParserToken t) {
        tokens.add(t);
      }
    }
    TerminalNode first = tokens.get(0);
    Kind kind =
        switch (first.getSymbol().getType()) {
          case PythonParser.EQEQUAL -> Kind.EQ;
          case PythonParser.NOTEQUAL -> Kind.NOT_EQ;
          case PythonParser.LESS -> Kind.LT;
          case PythonParser.LESSEQUAL -> Kind.LT_E;
          case PythonParser.GREATER -> Kind.GT;
          case PythonParser.GREATEREQUAL -> Kind.GT_E;
          case PythonParser.IS -> tokens.size() == 2 ? Kind.IS_NOT : Kind.IS;
          case PythonParser.IN -> Kind.IN;
          default -> Kind.NOT_IN;
        };
    return new Op(kind, Syntax.start(first), Syntax.end(tokens.get(tokens.size() - 1)));
  }
}
