package pyfix.fixers.common;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Edit;
import pyfix.parse.ParsedFile;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.source.Token;

/**
 * Makes a name importable at module level for text a fix adds. The new {@code from M import N} goes
 * after the module's leading block of imports (which holds its {@code from __future__} imports);
 * without one, after the module docstring and a blank line, or else before the first statement,
 * with blank lines after it as isort leaves them. Sorting it among its neighbours is left to import
 * sorting (I001).
 */
public final class ImportAdder {
  private ImportAdder() {}

  /**
   * The edit that adds {@code from module import name} to {@code file}, or empty when the leading
   * import block already imports that name under its own name.
   */
  public static Optional<Edit> fromImport(ParsedFile file, String module, String name) {
    String nl = file.stylist().newline();
    String line = "from " + module + " import " + name;
    PythonParser.StatementContext lastImport = null;
    List<PythonParser.StatementContext> statements = file.tree().statement();
    for (int i = 0; i < statements.size(); i++) {
      PythonParser.StatementContext s = statements.get(i);
      if (i == 0 && isDocstring(s)) {
        continue;
      }
      if (!isImportLine(s)) {
        if (lastImport == null && i > 0) {
          // after the docstring, keeping the blank lines that follow it between import and code
          Token newline = source(statements.get(0).getStop());
          return Optional.of(Edit.insert(newline.end(), nl + line + nl));
        }
        if (lastImport == null) {
          // as isort separates imports from code: two blank lines before a definition, else one
          String gap =
              s.compoundStatement() instanceof PythonParser.DefinitionContext ? nl + nl : nl;
          return Optional.of(Edit.insert(lineStart(s), line + nl + gap));
        }
        break;
      }
      if (imports(s, module, name)) {
        return Optional.empty();
      }
      lastImport = s;
    }
    if (lastImport == null) {
      // Only a docstring, or nothing: the import goes at the end.
      return Optional.of(
          Edit.insert(file.text().length(), endsWithBreak(file) ? line + nl : nl + line + nl));
    }
    Token newline = source(lastImport.getStop());
    String prefix = newline.end() == newline.start() ? nl : "";
    return Optional.of(Edit.insert(newline.end(), prefix + line + nl));
  }

  /** Whether a statement of the leading import block imports {@code name} from {@code module}. */
  private static boolean imports(PythonParser.StatementContext s, String module, String name) {
    for (PythonParser.SimpleStatementContext simple : s.simpleStatements().simpleStatement()) {
      if (simple instanceof PythonParser.FromImportStatementContext from
          && from.dottedName() != null
          && from.getChild(1) == from.dottedName()
          && from.dottedName().getText().equals(module)) {
        for (PythonParser.ImportAsNameContext n : from.importAsName()) {
          if (n.NAME().size() == 1 && n.NAME(0).getText().equals(name)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isImportLine(PythonParser.StatementContext s) {
    if (s.simpleStatements() == null) {
      return false;
    }
    for (PythonParser.SimpleStatementContext simple : s.simpleStatements().simpleStatement()) {
      if (!(simple instanceof PythonParser.ImportStatementContext
          || simple instanceof PythonParser.FromImportStatementContext)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a lone string literal statement. */
  public static boolean isDocstring(PythonParser.StatementContext s) {
    if (s.simpleStatements() == null || s.simpleStatements().simpleStatement().size() != 1) {
      return false;
    }
    ParseTree node = s.simpleStatements().simpleStatement(0);
    while (node.getChildCount() == 1) {
      node = node.getChild(0);
      if (node instanceof PythonParser.StringsContext strings) {
        return strings.fstring().isEmpty() && strings.tstring().isEmpty();
      }
    }
    return false;
  }

  private static int lineStart(PythonParser.StatementContext s) {
    int start = s.getStart().getStartIndex();
    return start - source(s.getStart()).column();
  }

  private static boolean endsWithBreak(ParsedFile file) {
    String text = file.text();
    return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
  }

  private static Token source(org.antlr.v4.runtime.Token token) {
    return ((ParserToken) token).source();
  }
}
