package pyfix.fixers.imports;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.semantic.Imports;
import pyfix.semantic.Syntax;

/**
 * Reports {@code from m import *}, which the style guide forbids; it lives beside I001 because both
 * read import statements, and it has no fix, since the names it binds are unknown.
 */
public final class UndefinedLocalWithImportStarFixer implements TreeRule {

  private static final RuleMetadata METADATA =
      RuleMetadata.stable(
          "F403", "undefined-local-with-import-star", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FromImportStatementContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    Imports.ImportFrom from = Imports.from((FromImportStatementContext) node);
    if (from.star()) {
      context.report(
          Finding.reportOnly(
              METADATA.code(),
              "`from "
                  + from.qualifiedModule()
                  + " import *` used; unable to detect undefined names",
              Syntax.start(node),
              Syntax.end(node)));
    }
  }
}
