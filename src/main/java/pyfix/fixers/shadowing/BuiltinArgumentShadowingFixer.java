package pyfix.fixers.shadowing;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.fixers.common.Overrides;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.ParameterContext;
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
    if (def.parameters() == null || Overrides.marked(def, context.model())) {
      return;
    }
    for (ParameterContext p : def.parameters().parameter()) {
      var name = p.NAME();
      if (name != null && Shadowing.shadows(name.getText(), context)) {
        context.report(
            Finding.reportOnly(
                METADATA.code(),
                "Function argument `" + name.getText() + "` is shadowing a Python builtin",
                Syntax.start(name),
                Syntax.end(name)));
      }
    }
  }
}
