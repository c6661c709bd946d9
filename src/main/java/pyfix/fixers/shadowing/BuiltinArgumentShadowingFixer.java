package pyfix.fixers.shadowing;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.DefinitionContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.ParameterContext;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * A002: reports a {@code def} parameter named like a builtin ({@code list}, {@code id}), which
 * hides the builtin in the whole body. Methods decorated {@code @override} are skipped: the base
 * class chose the name.
 */
public final class BuiltinArgumentShadowingFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "A002", "builtin-argument-shadowing", Kind.SEMANTIC, FixSafety.NONE);

  private static final Set<String> OVERRIDE =
      Set.of("typing.override", "typing_extensions.override");

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
    var def = (FunctionDefContext) node;
    if (def.parameters() == null || overrides(def, context)) {
      return;
    }
    for (ParameterContext p : def.parameters().parameter()) {
      var name = p.NAME();
      if (name != null && SemanticModel.isBuiltinName(name.getText())) {
        context.report(
            Finding.reportOnly(
                METADATA.code(),
                "Function argument `" + name.getText() + "` is shadowing a Python builtin",
                Syntax.start(name),
                Syntax.end(name)));
      }
    }
  }

  private static boolean overrides(FunctionDefContext def, RuleContext context) {
    return def.getParent() instanceof DefinitionContext d
        && d.decorator().stream()
            .map(x -> context.model().qualifiedName(x.namedExpression()))
            .anyMatch(n -> n != null && OVERRIDE.contains(n));
  }
}
