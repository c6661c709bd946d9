package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;

/**
 * N814: reports a CapWords name imported under an UPPER_CASE alias that is not its acronym (N817).
 */
public final class CamelcaseImportedAsConstantFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N814", "camelcase-imported-as-constant", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return ImportedNames.KINDS;
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    for (ImportedNames.Renamed r : ImportedNames.of(node, context)) {
      if (Names.isCamelCase(r.name())
          && Names.isCasedUppercase(r.asname())
          && r.asname().length() > 1
          && !acronym(r)) {
        Names.report(
            METADATA.code(),
            "Camelcase `" + r.name() + "` imported as constant `" + r.asname() + "`",
            r.start(),
            r.end(),
            context);
      }
    }
  }

  /** Whether the alias is the name's capitals ({@code FooBar as FB}), which N817 reports. */
  private static boolean acronym(ImportedNames.Renamed r) {
    return r.name().replaceAll("[^\\p{Lu}]", "").equals(r.asname());
  }
}
