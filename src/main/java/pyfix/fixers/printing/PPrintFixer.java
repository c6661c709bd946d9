package pyfix.fixers.printing;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.CallContext;

/** Reports calls of {@code pprint.pprint}, debugging output left in the code. */
public final class PPrintFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("T203", "p-print", Kind.SEMANTIC, FixSafety.NONE);

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
        METADATA.code(), "pprint.pprint", "stream", "pprint", (CallContext) node, context);
  }
}
