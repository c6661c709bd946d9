package pyfix.fixers.fstrings;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.ElementsContext;
import pyfix.parse.PythonParser.ExprContext;
import pyfix.parse.PythonParser.OperandContext;
import pyfix.parse.PythonParser.ParensContext;
import pyfix.parse.PythonParser.StarNamedExpressionContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.parse.PythonParser.TestContext;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/** Small queries on the parse tree. */
final class Trees {
  private Trees() {}

  /**
   * Whether {@code file} has an operator token {@code op}, followed by a name {@code name} when
   * that is not null: a scan of the tokens that spares the tree walk in files without candidates.
   */
  static boolean hasOperator(ParsedFile file, String op, String name) {
    String text = file.text();
    List<Token> tokens = file.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != TokenKind.OP || !t.is(text, op)) {
        continue;
      }
      if (name == null) {
        return true;
      }
      int next = i + 1;
      while (next < tokens.size() && tokens.get(next).kind().isTrivia()) {
        next++;
      }
      if (next < tokens.size()
          && tokens.get(next).kind() == TokenKind.NAME
          && tokens.get(next).is(text, name)) {
        return true;
      }
    }
    return false;
  }

  /** Every node of type {@code type} under {@code root}, in source order (outer before inner). */
  static <T extends ParseTree> List<T> all(ParseTree root, Class<T> type) {
    List<T> found = new ArrayList<>();
    List<ParseTree> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      ParseTree node = stack.remove(stack.size() - 1);
      if (type.isInstance(node)) {
        found.add(type.cast(node));
      }
      for (int i = node.getChildCount() - 1; i >= 0; i--) {
        if (!(node.getChild(i) instanceof TerminalNode)) {
          stack.add(node.getChild(i));
        }
      }
    }
    return found;
  }

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
