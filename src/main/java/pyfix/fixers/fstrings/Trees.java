package pyfix.fixers.fstrings;

import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.parse.PythonParser.ElementsContext;
import pyfix.parse.PythonParser.ExprContext;
import pyfix.parse.PythonParser.OperandContext;
import pyfix.parse.PythonParser.ParensContext;
import pyfix.parse.PythonParser.StarNamedExpressionContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.parse.PythonParser.TestContext;

/** Small queries on the parse tree. */
final class Trees {
  private Trees() {}

  /** The expression a {@code test} is, or null for a lambda, condition or comparison. */
  static ExprContext expr(TestContext test) {
    if (test.getChildCount() == 1 && test.boolExpr(0) instanceof OperandContext o) {
      return o.expr();
    }
    return null;
  }

  /** The expression of a lone, plain tuple-free element, or null. */
  static ExprContext single(ElementsContext elements) {
    if (elements == null || elements.getChildCount() != 1) {
      return null;
    }
    StarNamedExpressionContext s = elements.starNamedExpression(0);
    if (s.STAR() != null || s.COLONEQUAL() != null) {
      return null;
    }
    return expr(s.test(0));
  }

  /** {@code e} without the parentheses around it. */
  static ExprContext unparen(ExprContext e) {
    while (e instanceof ParensContext p && single(p.elements()) != null) {
      e = single(p.elements());
    }
    return e;
  }

  /** The string literals {@code e} consists of (maybe parenthesized), or null. */
  static StringsContext strings(ExprContext e) {
    return unparen(e) instanceof StringsContext s && s.fstring().isEmpty() && s.tstring().isEmpty()
        ? s
        : null;
  }

  /** Offset after the last character of {@code node}. */
  static int end(ParserRuleContext node) {
    return node.stop.getStopIndex() + 1;
  }

  /** Offset of the first character of {@code node}. */
  static int start(ParserRuleContext node) {
    return node.start.getStartIndex();
  }
}
