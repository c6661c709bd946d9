package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.fixers.common.Overrides;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.LambdaParameterContext;
import pyfix.parse.PythonParser.ParameterContext;
import pyfix.semantic.Syntax;

/**
 * N803: reports a parameter of a {@code def} or {@code lambda} whose name has upper-case letters,
 * from its {@code *} or {@code **} on, as Ruff does.
 */
public final class InvalidArgumentNameFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("N803", "invalid-argument-name", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FunctionDefContext.class, LambdaParameterContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    if (node instanceof LambdaParameterContext p) {
      check(p, p.NAME(), context);
      return;
    }
    var def = (FunctionDefContext) node;
    if (def.parameters() == null || Overrides.marked(def, context.model())) {
      return;
    }
    for (ParameterContext p : def.parameters().parameter()) {
      check(p, p.NAME(), context);
    }
  }

  private static void check(ParserRuleContext parameter, TerminalNode name, RuleContext context) {
    if (name != null
        && !Names.isLowercase(name.getText())
        && !Names.ignored(name.getText(), context)) {
      Names.report(
          METADATA.code(),
          "Argument name `" + name.getText() + "` should be lowercase",
          Syntax.start(parameter),
          Syntax.end(name),
          context);
    }
  }
}
