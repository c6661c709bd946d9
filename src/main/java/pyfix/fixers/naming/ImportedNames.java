package pyfix.fixers.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.RuleContext;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.ImportStatementContext;
import pyfix.semantic.Alias;
import pyfix.semantic.Imports;

/**
 * The {@code as} imports N811-N814 compare: the imported name's last part against its alias. An
 * alias that the {@code flake8-import-conventions} table expects ({@code ElementTree as ET}) and
 * names in {@code ignore-names} are left out.
 */
final class ImportedNames {
  /**
   * One renamed import.
   *
   * @param name the imported name's last part ({@code path} of {@code import os.path as P})
   * @param asname the alias
   * @param start offset of the imported name
   * @param end offset of the imported name's end
   */
  record Renamed(String name, String asname, int start, int end) {}

  /** The node kinds the import rules visit. */
  static final Set<Class<? extends ParserRuleContext>> KINDS =
      Set.of(ImportStatementContext.class, FromImportStatementContext.class);

  private ImportedNames() {}

  /** The renamed imports of the import statement {@code node} that the settings leave in. */
  static List<Renamed> of(ParserRuleContext node, RuleContext context) {
    List<Alias> aliases;
    String prefix;
    if (node instanceof ImportStatementContext imp) {
      aliases = Imports.names(imp);
      prefix = "";
    } else {
      Imports.ImportFrom from = Imports.from((FromImportStatementContext) node);
      aliases = from.names();
      prefix = from.level() == 0 ? from.module() + "." : null;
    }
    var options = context.settings().options().naming();
    List<Renamed> renamed = new ArrayList<>();
    for (Alias a : aliases) {
      if (a.asname() == null) {
        continue;
      }
      String name = a.name().substring(a.name().lastIndexOf('.') + 1);
      boolean conventional =
          prefix != null && a.asname().equals(options.importAliases().get(prefix + a.name()));
      if (!conventional && !options.ignores(name) && !options.ignores(a.asname())) {
        renamed.add(new Renamed(name, a.asname(), a.start(), a.start() + a.name().length()));
      }
    }
    return renamed;
  }
}
