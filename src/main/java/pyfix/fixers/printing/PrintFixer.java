package pyfix.fixers.printing;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.CallContext;

/** Reports calls of the builtin {@code print}, which the style guides want to be logging. */
public final class PrintFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("T201", "print", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(CallContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    PrintCalls.report(
        METADATA.code(), "builtins.print", "file", "print", (CallContext) node, context);
  }
}
