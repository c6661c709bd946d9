package pyfix.fixers.defaults;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;

/** Offsets and shapes of parse-tree nodes, as B006 needs them. */
final class Nodes {
  private Nodes() {}

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
    return node instanceof ParserToken && node.getText().equals(text);
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
}
