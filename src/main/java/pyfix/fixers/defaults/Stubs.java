package pyfix.fixers.defaults;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;

/** Recognizes function bodies that are only a docstring and {@code ...}. */
final class Stubs {
  private Stubs() {}

  /**
   * Whether {@code body} holds nothing but an optional docstring and {@code ...} statements, on one
   * line or several ({@code """Doc."""; ...} counts).
   */
  static boolean isStub(PythonParser.BlockContext body) {
    List<ParseTree> simple = new ArrayList<>();
    if (body.simpleStatements() != null) {
      simple.addAll(body.simpleStatements().simpleStatement());
    }
    for (PythonParser.StatementContext s : body.statement()) {
      if (s.simpleStatements() == null) {
        return false;
      }
      simple.addAll(s.simpleStatements().simpleStatement());
    }
    int first = !simple.isEmpty() && Syntax.isDocstringLiteral(Syntax.expr(simple.get(0))) ? 1 : 0;
    return simple.size() > first
        && simple.subList(first, simple.size()).stream().allMatch(Stubs::isEllipsis);
  }

  private static boolean isEllipsis(ParseTree statement) {
    return Syntax.expr(statement) instanceof PythonParser.ConstantContext c
        && c.getText().equals("...");
  }
}
