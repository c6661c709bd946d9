package pyfix.semantic;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.ExprContext;

/**
 * The names a module's {@code __all__} lists: {@code __all__ = [...]} or {@code (...)}, {@code +=}
 * and {@code .extend([...])} of such displays, and {@code .append("x")}, at module level.
 *
 * @param names the listed names, in order
 * @param defined whether the module assigns {@code __all__} at all
 * @param complete false when some statement adds names this view cannot read
 */
public record DunderAll(List<String> names, boolean defined, boolean complete) {

  static DunderAll of(PythonParser.FileContext tree) {
    List<String> names = new ArrayList<>();
    boolean defined = false;
    boolean complete = true;
    for (PythonParser.StatementContext s : tree.statement()) {
      if (s.simpleStatements() == null) {
        continue;
      }
      for (PythonParser.SimpleStatementContext simple : s.simpleStatements().simpleStatement()) {
        if (!(simple instanceof PythonParser.ExpressionStatementContext e)) {
          continue;
        }
        ParseTree last = e.getChild(e.getChildCount() - 1);
        if (e.getChildCount() == 3 && "__all__".equals(Syntax.name(e.getChild(0)))) {
          boolean augmented = e.augmentedOperator != null;
          if (!augmented && e.COLON() == null) {
            names.clear();
            defined = true;
          }
          complete &= strings(last, names);
        } else if (e.getChildCount() == 1
            && Syntax.expr(last) instanceof PythonParser.CallContext call
            && call.expr() instanceof PythonParser.AttributeContext method
            && "__all__".equals(Syntax.name(method.expr()))) {
          Call view = Call.of(call);
          String verb = method.NAME().getText();
          if (view.args().size() == 1 && view.keywords().isEmpty() && verb.equals("extend")) {
            complete &= strings(view.args().get(0), names);
          } else if (view.args().size() == 1 && verb.equals("append")) {
            complete &= string(view.args().get(0), names);
          } else {
            complete = false;
          }
        }
      }
    }
    return new DunderAll(List.copyOf(names), defined, complete);
  }

  private static boolean strings(ParseTree value, List<String> names) {
    ExprContext e = Syntax.expr(value);
    List<? extends ParseTree> items;
    if (e instanceof PythonParser.ListContext list && list.elements() != null) {
      items = list.elements().starNamedExpression();
    } else if (e instanceof PythonParser.ParensContext parens && parens.elements() != null) {
      items = parens.elements().starNamedExpression();
    } else if (value.getChildCount() > 1
        && value instanceof PythonParser.StarExpressionsContext s) {
      items = s.starExpression();
    } else {
      return e instanceof PythonParser.ListContext || e instanceof PythonParser.ParensContext;
    }
    boolean all = true;
    for (ParseTree item : items) {
      all &= string(item, names);
    }
    return all;
  }

  /** Adds the value of {@code item} when it is a plain string literal; whether it is one. */
  private static boolean string(ParseTree item, List<String> names) {
    String name = Syntax.plainStringValue(item);
    if (name != null) {
      names.add(name);
    }
    return name != null;
  }
}
