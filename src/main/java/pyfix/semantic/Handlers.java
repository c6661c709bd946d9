package pyfix.semantic;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.ExceptClauseContext;

/** Questions about what an {@code except} handler's body does with the exception it caught. */
public final class Handlers {
  /** Logger methods that can record the traceback with {@code exc_info=}. */
  private static final Set<String> LOG_METHODS =
      Set.of("debug", "info", "warning", "warn", "error", "critical", "log", "fatal");

  private Handlers() {}

  /** The name the handler binds ({@code except E as name}), or null. */
  public static String boundName(ExceptClauseContext handler) {
    return handler.NAME() == null ? null : handler.NAME().getText();
  }

  /**
   * Whether the handler's body (not a nested {@code def}, {@code class} or lambda) re-raises what
   * it caught: a bare {@code raise}, {@code raise name} or {@code raise X from name} of the bound
   * name.
   */
  public static boolean reraises(ExceptClauseContext handler) {
    String name = boundName(handler);
    return any(
        handler.block(),
        n ->
            n instanceof PythonParser.RaiseStatementContext r
                && (r.test().isEmpty()
                    || name != null
                        && r.test().stream().anyMatch(t -> name.equals(Syntax.name(t)))));
  }

  /**
   * Whether the handler's body logs the traceback: {@code logger.exception(...)}, or a logger
   * method called with a true {@code exc_info=} (any receiver: the logger's name is not checked).
   */
  public static boolean logsTraceback(ExceptClauseContext handler) {
    return any(
        handler.block(),
        n ->
            n instanceof PythonParser.CallContext call
                && Syntax.expr(call.expr()) instanceof PythonParser.AttributeContext a
                && (((ParserToken) a.NAME()).is("exception")
                    || LOG_METHODS.contains(a.NAME().getText()) && passesExcInfo(call)));
  }

  private static boolean passesExcInfo(PythonParser.CallContext call) {
    for (Call.Keyword k : Call.of(call).keywords()) {
      if ("exc_info".equals(k.name())) {
        PythonParser.ExprContext value = Syntax.expr(k.value().test(1));
        return !(value instanceof PythonParser.ConstantContext c && c.TRUE() == null);
      }
    }
    return false;
  }

  /** Whether {@code test} holds for a node under {@code root}, not entering nested scopes. */
  private static boolean any(ParseTree root, java.util.function.Predicate<ParseTree> test) {
    if (test.test(root)) {
      return true;
    }
    if (root instanceof PythonParser.FunctionDefContext
        || root instanceof PythonParser.ClassDefContext
        || root instanceof PythonParser.TestContext t && t.LAMBDA() != null) {
      return false;
    }
    for (int i = 0; i < root.getChildCount(); i++) {
      if (root.getChild(i) instanceof ParserRuleContext child && any(child, test)) {
        return true;
      }
    }
    return false;
  }
}
