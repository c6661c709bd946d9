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

/**
 * N802: reports a function whose name has upper-case letters, except names a framework chose
 * (visitor and {@code cmd} methods, dunders), {@code @override} methods and {@code ignore-names}.
 */
public final class InvalidFunctionNameFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("N802", "invalid-function-name", Kind.SEMANTIC, FixSafety.NONE);

  /** Prefixes of methods that dispatchers (ast/docutils visitors, {@code cmd.Cmd}) look up. */
  private static final String[] DISPATCHED = {"visit_", "depart_", "do_"};

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
    var name = ((FunctionDefContext) node).NAME();
    String text = name.getText();
    if (Names.isLowercase(text)
        || Names.isDunder(text)
        || Names.ignored(text, context)
        || dispatched(text)
        || Overrides.marked(node, context.model())) {
      return;
    }
    Names.report(
        METADATA.code(), "Function name `" + text + "` should be lowercase", name, context);
  }

  private static boolean dispatched(String name) {
    for (String prefix : DISPATCHED) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
