package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.fixers.common.Overrides;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.ParameterContext;

/** N803: reports a parameter of a {@code def} whose name has upper-case letters. */
public final class InvalidArgumentNameFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("N803", "invalid-argument-name", Kind.SEMANTIC, FixSafety.NONE);

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
      if (name != null && !Names.isLowercase(name.getText())) {
        Names.report(
            METADATA.code(),
            "Argument name `" + name.getText() + "` should be lowercase",
            name,
            context);
      }
    }
  }
}
