package pyfix.fixers.defaults;

import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;

/** Recognizes function bodies that are only a docstring and {@code ...}. */
final class Stubs {
  private Stubs() {}

  /** Whether {@code body} holds nothing but an optional docstring and {@code ...} statements. */
  static boolean isStub(PythonParser.BlockContext body) {
    if (body.simpleStatements() != null) {
      return body.simpleStatements().simpleStatement().stream().allMatch(Stubs::isEllipsis);
    }
    List<PythonParser.StatementContext> statements = body.statement();
    boolean ellipsis = false;
    for (int i = 0; i < statements.size(); i++) {
      PythonParser.StatementContext s = statements.get(i);
      if (i == 0
          && BodyInsertion.startsWithString(s)
          && s.simpleStatements().simpleStatement().size() == 1) {
        continue;
      }
      if (s.simpleStatements() == null
          || !s.simpleStatements().simpleStatement().stream().allMatch(Stubs::isEllipsis)) {
        return false;
      }
      ellipsis = true;
    }
    return ellipsis;
  }

  private static boolean isEllipsis(ParseTree statement) {
    return Syntax.expr(statement) instanceof PythonParser.ConstantContext c
        && c.getText().equals("...");
  }
}
