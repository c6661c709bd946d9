package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;

/**
 * N811-N814: one report per {@code as} import whose alias changes the imported name's case style in
 * the way the rule names. Each rule says which renames it reports and how.
 */
abstract class RenamedImportRule implements TreeRule {
  private final RuleMetadata metadata;

  RenamedImportRule(String code, String name) {
    this.metadata = RuleMetadata.offByDefault(code, name, Kind.SEMANTIC, FixSafety.NONE);
  }

  /** Whether this rule reports importing {@code r.name()} as {@code r.asname()}. */
  abstract boolean reports(ImportedNames.Renamed r);

  /** The message for a reported rename. */
  abstract String message(ImportedNames.Renamed r);

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public final Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return ImportedNames.KINDS;
  }

  @Override
  public final void visit(ParserRuleContext node, RuleContext context) {
    for (ImportedNames.Renamed r : ImportedNames.of(node, context)) {
      if (reports(r)) {
        Names.report(metadata.code(), message(r), r.start(), r.end(), context);
      }
    }
  }
}
