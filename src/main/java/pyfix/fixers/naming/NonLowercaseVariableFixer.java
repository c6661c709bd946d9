package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.semantic.Binding;
import pyfix.semantic.Scope;
import pyfix.semantic.SemanticModel;

/**
 * N806: reports a variable of a function, stored by its code or a nested function's ({@code
 * nonlocal}), whose name has upper-case letters; names of types ({@code T = TypeVar("T")}), {@code
 * global} names and {@code ignore-names} are exempt.
 */
public final class NonLowercaseVariableFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N806", "non-lowercase-variable-in-function", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FunctionDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    SemanticModel model = context.model();
    for (Binding b :
        Variables.storedIn(
            model.scopeOf(((FunctionDefContext) node).block()),
            model,
            s -> s.kind() == Scope.Kind.FUNCTION)) {
      if (!Names.isLowercase(b.name())
          && !Names.ignored(b.name(), context)
          && !Variables.namesType(b, model)) {
        Variables.report(
            METADATA.code(),
            "Variable `" + b.name() + "` in function should be lowercase",
            b,
            context);
      }
    }
  }
}
