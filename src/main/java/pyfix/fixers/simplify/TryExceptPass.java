package pyfix.fixers.simplify;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.ExceptClauseContext;
import pyfix.parse.PythonParser.TryStatementContext;
import pyfix.semantic.Syntax;

/**
 * A {@code try} that SIM105 can write as {@code with contextlib.suppress(...)}: one simple
 * statement in the body, one handler (not {@code except*}) whose body is only {@code pass} or
 * {@code ...}, no {@code else} or {@code finally}.
 *
 * @param body the body's one statement
 * @param handler the one {@code except} clause
 * @param pass the handler's {@code pass} statement line
 * @param types the exception types as written, a parenthesized tuple opened; empty for bare except
 */
record TryExceptPass(
    TryStatementContext node,
    PythonParser.SimpleStatementsContext body,
    ExceptClauseContext handler,
    PythonParser.SimpleStatementsContext pass,
    List<ParserRuleContext> types) {

  /** The view of {@code node}, or null when it is not a try-except-pass of that shape. */
  static TryExceptPass of(TryStatementContext node) {
    if (node.exceptClause().size() != 1 || node.ELSE() != null || node.FINALLY() != null) {
      return null;
    }
    ExceptClauseContext handler = node.exceptClause(0);
    PythonParser.SimpleStatementsContext body = onlyStatement(node.block(0));
    PythonParser.SimpleStatementsContext pass = onlyStatement(handler.block());
    if (handler.STAR() != null
        || body == null
        || pass == null
        || !suppressible(body.simpleStatement(0))
        || !isPass(pass.simpleStatement(0))) {
      return null;
    }
    List<ParserRuleContext> types = new ArrayList<>();
    for (PythonParser.TestContext t : handler.test()) {
      PythonParser.ExprContext e = Syntax.expr(t);
      if (e instanceof PythonParser.ParensContext p
          && p.elements() != null
          && p.elements().comprehension() == null
          && !p.elements().COMMA().isEmpty()) {
        types.addAll(p.elements().starNamedExpression());
      } else {
        types.add(t);
      }
    }
    // as in Ruff, only names and attributes: `except "text":` or `except get_types():` stays
    if (types.stream().anyMatch(t -> Syntax.dotted(t) == null)) {
      return null;
    }
    return new TryExceptPass(node, body, handler, pass, List.copyOf(types));
  }

  /** The one simple statement of {@code block}, as its line, or null. */
  private static PythonParser.SimpleStatementsContext onlyStatement(PythonParser.BlockContext b) {
    PythonParser.SimpleStatementsContext simple = Syntax.inlineBody(b);
    if (simple == null && b.statement().size() == 1) {
      simple = b.statement(0).simpleStatements();
    }
    return simple != null && simple.simpleStatement().size() == 1 ? simple : null;
  }

  /** Statements whose one effect the {@code with} keeps in view, as Ruff allows them. */
  private static boolean suppressible(PythonParser.SimpleStatementContext s) {
    return s instanceof PythonParser.ExpressionStatementContext
        || s instanceof PythonParser.DelStatementContext
        || s instanceof PythonParser.PassStatementContext
        || s instanceof PythonParser.AssertStatementContext
        || s instanceof PythonParser.ImportStatementContext
        || s instanceof PythonParser.FromImportStatementContext
        || s instanceof PythonParser.YieldStatementContext;
  }

  private static boolean isPass(PythonParser.SimpleStatementContext s) {
    return s instanceof PythonParser.PassStatementContext
        || (s instanceof PythonParser.ExpressionStatementContext e
            && e.getChildCount() == 1
            && e.getText().equals("..."));
  }

  /** Whether the body awaits: code that awaits may raise exception groups. */
  boolean awaits() {
    return contains(body, PythonParser.AwaitExprContext.class);
  }

  private static boolean contains(ParseTree node, Class<?> kind) {
    if (kind.isInstance(node)) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (contains(node.getChild(i), kind)) {
        return true;
      }
    }
    return false;
  }
}
