package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;

/** N813: reports a CapWords or mixedCase name imported under a lower-case alias. */
public final class CamelcaseImportedAsLowercaseFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N813", "camelcase-imported-as-lowercase", Kind.SEMANTIC, FixSafety.NONE);

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
      if (Names.isCamelCase(r.name()) && Names.isCasedLowercase(r.asname())) {
        Names.report(
            METADATA.code(),
            "Camelcase `" + r.name() + "` imported as lowercase `" + r.asname() + "`",
            r.start(),
            r.end(),
            context);
      }
    }
  }
}
