package pyfix.fix;

import java.util.List;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.SimpleStatementContext;
import pyfix.parse.PythonParser.StatementContext;
import pyfix.semantic.Imports;
import pyfix.semantic.Syntax;

/**
 * Where Python accepts {@code from __future__} imports: only before any other statement but the
 * docstring. The parser does not check it (the compiler does), so the engine asks after a fix.
 */
final class FutureImports {
  private FutureImports() {}

  /** Whether every module-level {@code from __future__} import of {@code file} is in place. */
  static boolean inPlace(ParsedFile file) {
    if (!file.text().contains("__future__")) {
      return true;
    }
    List<StatementContext> statements = file.tree().statement();
    boolean opening = true; // still among the docstring and the __future__ imports
    for (int i = 0; i < statements.size(); i++) {
      StatementContext s = statements.get(i);
      if (s.simpleStatements() == null) {
        opening = false;
        continue;
      }
      List<SimpleStatementContext> line = s.simpleStatements().simpleStatement();
      for (int k = 0; k < line.size(); k++) {
        if (isFuture(line.get(k))) {
          if (!opening) {
            return false;
          }
        } else if (!(i == 0 && k == 0 && Syntax.isDocstring(s))) {
          opening = false;
        }
      }
    }
    return true;
  }

  private static boolean isFuture(SimpleStatementContext simple) {
    return simple instanceof FromImportStatementContext f
        && "__future__".equals(Imports.from(f).qualifiedModule());
  }
}
