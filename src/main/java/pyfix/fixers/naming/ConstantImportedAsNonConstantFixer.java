package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;

/** N811: reports a constant (UPPER_CASE) name imported under an alias that is not. */
public final class ConstantImportedAsNonConstantFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N811", "constant-imported-as-non-constant", Kind.SEMANTIC, FixSafety.NONE);

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
      if (Names.isCasedUppercase(r.name()) && !Names.isCasedUppercase(r.asname())) {
        Names.report(
            METADATA.code(),
            "Constant `" + r.name() + "` imported as non-constant `" + r.asname() + "`",
            r.start(),
            r.end(),
            context);
      }
    }
  }
}
