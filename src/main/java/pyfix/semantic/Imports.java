package pyfix.semantic;

import java.util.ArrayList;
import java.util.List;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.DottedAsNameContext;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.ImportAsNameContext;
import pyfix.parse.PythonParser.ImportStatementContext;

/** Views of {@code import} and {@code from … import} statements, as Python's ast has them. */
public final class Imports {
  private Imports() {}

  /**
   * A {@code from} import.
   *
   * @param level how many leading dots
   * @param module the dotted module after the dots, or null ({@code from . import x})
   * @param names the imported names; empty for {@code *}
   */
  public record ImportFrom(
      FromImportStatementContext node, int level, String module, List<Alias> names) {
    /** Whether this is {@code from m import *}. */
    public boolean star() {
      return names.isEmpty();
    }

    /** The module as written after {@code from}: dots and the dotted name. */
    public String qualifiedModule() {
      return ".".repeat(level) + (module == null ? "" : module);
    }
  }

  /** The view of a {@code from} import. */
  public static ImportFrom from(FromImportStatementContext node) {
    int level = 0;
    for (Object child : node.children) {
      if (child instanceof ParserToken t) {
        int type = t.getType();
        if (type == PythonParser.DOT) {
          level++;
        } else if (type == PythonParser.ELLIPSIS) {
          level += 3;
        } else if (type == PythonParser.IMPORT) {
          break;
        }
      }
    }
    String module = node.dottedName() == null ? null : node.dottedName().getText();
    List<Alias> names = new ArrayList<>();
    for (ImportAsNameContext n : node.importAsName()) {
      names.add(
          new Alias(
              n.NAME(0).getText(),
              n.NAME().size() > 1 ? n.NAME(1).getText() : null,
              Syntax.start(n),
              Syntax.end(n)));
    }
    return new ImportFrom(node, level, module, List.copyOf(names));
  }

  /** The modules a plain {@code import} statement imports. */
  public static List<Alias> names(ImportStatementContext node) {
    List<Alias> names = new ArrayList<>();
    for (DottedAsNameContext d : node.dottedAsName()) {
      names.add(
          new Alias(
              d.dottedName().getText(),
              d.NAME() == null ? null : d.NAME().getText(),
              Syntax.start(d),
              Syntax.end(d)));
    }
    return List.copyOf(names);
  }
}
