package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;

/** N812: reports a lower-case name imported under an alias with upper-case letters. */
public final class LowercaseImportedAsNonLowercaseFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N812", "lowercase-imported-as-non-lowercase", Kind.SEMANTIC, FixSafety.NONE);

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
      if (Names.isCasedLowercase(r.name()) && !Names.isLowercase(r.asname())) {
        Names.report(
            METADATA.code(),
            "Lowercase `" + r.name() + "` imported as non-lowercase `" + r.asname() + "`",
            r.start(),
            r.end(),
            context);
      }
    }
  }
}
