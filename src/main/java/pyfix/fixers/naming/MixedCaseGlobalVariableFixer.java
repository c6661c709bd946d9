package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.FileContext;
import pyfix.semantic.Binding;
import pyfix.semantic.SemanticModel;

/**
 * N816: reports a mixedCase variable stored by module-level code; named tuples made by a call and
 * {@code ignore-names} are exempt.
 */
public final class MixedCaseGlobalVariableFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N816", "mixed-case-variable-in-global-scope", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FileContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    SemanticModel model = context.model();
    for (Binding b : Variables.storedIn(model.module(), model, s -> s == model.module())) {
      if (Names.isMixedCase(b.name())
          && !Names.ignored(b.name(), context)
          && !Variables.namesTuple(b, model)) {
        Variables.report(
            METADATA.code(),
            "Variable `" + b.name() + "` in global scope should not be mixedCase",
            b,
            context);
      }
    }
  }
}
