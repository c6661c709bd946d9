package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.ArgumentContext;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.semantic.Binding;
import pyfix.semantic.Scope;
import pyfix.semantic.SemanticModel;

/**
 * N815: reports a mixedCase variable stored in a class body; a {@code TypedDict}'s keys, named
 * tuples made by a call and {@code ignore-names} are exempt.
 */
public final class MixedCaseClassVariableFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N815", "mixed-case-variable-in-class-scope", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(ClassDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    var def = (ClassDefContext) node;
    SemanticModel model = context.model();
    if (typedDict(def, model)) {
      return;
    }
    Scope body = model.scopeOf(def.block());
    for (Binding b : Variables.storedIn(body, model, s -> s == body)) {
      if (Names.isMixedCase(b.name())
          && !Names.ignored(b.name(), context)
          && !Variables.namesTuple(b, model)) {
        Variables.report(
            METADATA.code(),
            "Variable `" + b.name() + "` in class scope should not be mixedCase",
            b,
            context);
      }
    }
  }

  /** Whether the class derives from {@code TypedDict}, whose body names a dict's keys. */
  private static boolean typedDict(ClassDefContext def, SemanticModel model) {
    if (def.arguments() == null) {
      return false;
    }
    for (ArgumentContext a : def.arguments().argument()) {
      String base = a.getChildCount() == 1 ? model.qualifiedName(a.test(0)) : null;
      if ("typing.TypedDict".equals(base) || "typing_extensions.TypedDict".equals(base)) {
        return true;
      }
    }
    return false;
  }
}
