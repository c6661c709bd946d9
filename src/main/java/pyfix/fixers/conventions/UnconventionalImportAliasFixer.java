package pyfix.fixers.conventions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.ImportStatementContext;
import pyfix.semantic.Alias;
import pyfix.semantic.Imports;

/**
 * ICN001: reports a module of the {@code aliases} table ({@code numpy}, {@code pandas}, …) imported
 * without its conventional alias, on the name the import binds.
 */
public final class UnconventionalImportAliasFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "ICN001", "unconventional-import-alias", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(ImportStatementContext.class, FromImportStatementContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    List<Alias> aliases;
    String prefix = "";
    if (node instanceof ImportStatementContext imp) {
      aliases = Imports.names(imp);
    } else {
      Imports.ImportFrom from = Imports.from((FromImportStatementContext) node);
      if (from.level() > 0) {
        return;
      }
      aliases = from.names();
      prefix = from.module() + ".";
    }
    Map<String, String> conventions = context.settings().options().naming().importAliases();
    for (Alias a : aliases) {
      String module = prefix + a.name();
      String expected = conventions.get(module);
      if (expected == null || expected.equals(a.asname())) {
        continue;
      }
      int start = a.asname() == null ? a.start() : a.end() - a.asname().length();
      int end = a.asname() == null ? a.start() + a.name().length() : a.end();
      context.report(
          Finding.reportOnly(
              METADATA.code(),
              "`" + module + "` should be imported as `" + expected + "`",
              start,
              end));
    }
  }
}
