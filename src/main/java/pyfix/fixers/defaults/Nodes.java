package pyfix.fixers.defaults;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;

/** Offsets and shapes of parse-tree nodes, as B006 needs them. */
final class Nodes {
  private Nodes() {}

  /** Offset where {@code node} starts. */
  static int start(ParserRuleContext node) {
    return node.getStart().getStartIndex();
  }

  /** Offset where {@code node} ends. */
  static int end(ParserRuleContext node) {
    return node.getStop().getStopIndex() + 1;
  }

  /** Index in the file's tokens of the first token of {@code node}. */
  static int firstToken(ParserRuleContext node) {
    return ((ParserToken) node.getStart()).sourceIndex();
  }

  /** Index in the file's tokens of the last token of {@code node}. */
  static int lastToken(ParserRuleContext node) {
    return ((ParserToken) node.getStop()).sourceIndex();
  }

  /** Whether {@code node} is the terminal {@code text}. */
  static boolean isToken(ParseTree node, String text) {
    return node instanceof TerminalNode && node.getText().equals(text);
  }

  /**
   * Whether {@code parent} only wraps {@code child}: a one-child chain link of the expression
   * rules, or parentheses around one element.
   */
  static boolean wraps(ParseTree parent, ParseTree child) {
    if (parent instanceof PythonParser.ParensContext parens) {
      return parens.elements() == child && child.getChildCount() == 1;
    }
    if (parent instanceof PythonParser.ElementsContext elements) {
      return elements.getChildCount() == 1
          && elements.getParent() instanceof PythonParser.ParensContext;
    }
    return parent.getChildCount() == 1
        && (parent instanceof PythonParser.TestContext
            || parent instanceof PythonParser.OperandContext
            || parent instanceof PythonParser.NamedExpressionContext
            || parent instanceof PythonParser.StarNamedExpressionContext
            || parent instanceof PythonParser.StarExpressionContext
            || parent instanceof PythonParser.StarExpressionsContext);
  }

  /** The expression {@code node} stands for once its wrappers are removed, or null. */
  static PythonParser.ExprContext expr(ParseTree node) {
    while (node != null) {
      if (node instanceof PythonParser.ParensContext parens
          && parens.elements() != null
          && parens.elements().getChildCount() == 1) {
        node = parens.elements().getChild(0);
      } else if (node instanceof PythonParser.ExprContext e) {
        return e;
      } else if (node.getChildCount() == 1 && !(node instanceof TerminalNode)) {
        node = node.getChild(0);
      } else {
        return null;
      }
    }
    return null;
  }

  /** The name {@code node} is, or null. */
  static String name(ParseTree node) {
    return expr(node) instanceof PythonParser.NameContext n ? n.getText() : null;
  }

  /** The last name of a dotted reference ({@code a.b.c} gives {@code c}), or null. */
  static String lastName(ParseTree node) {
    PythonParser.ExprContext e = expr(node);
    if (e instanceof PythonParser.NameContext n) {
      return n.getText();
    }
    if (e instanceof PythonParser.AttributeContext a) {
      return a.NAME().getText();
    }
    return null;
  }

  /** Whether {@code node} is the constant {@code None}. */
  static boolean isNone(ParseTree node) {
    return expr(node) instanceof PythonParser.ConstantContext c && c.getText().equals("None");
  }
}
