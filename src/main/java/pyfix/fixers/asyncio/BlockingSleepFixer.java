package pyfix.fixers.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.fixers.common.ImportEdit;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.CallContext;
import pyfix.semantic.Importer;
import pyfix.semantic.Syntax;

/**
 * Reports {@code time.sleep(x)} in an {@code async def} and offers {@code await asyncio.sleep(x)}
 * (UNSAFE) where the call is a whole statement, naming {@code asyncio.sleep} through the importer.
 */
public final class BlockingSleepFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "ASYNC251", "blocking-sleep-in-async-function", Kind.SEMANTIC, FixSafety.UNSAFE);

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
    CallContext call = (CallContext) node;
    if (BlockingCalls.blocking(call, Set.of("time.sleep"), context) == null) {
      return;
    }
    Finding finding =
        BlockingCalls.finding(
            METADATA.code(), "Async functions should not call `time.sleep`", call);
    if (!wholeStatement(call)) {
      context.report(
          finding.withFixTitle(
              "not fixed: `await` here would bind to a larger expression; write it by hand"));
      return;
    }
    try {
      Importer.Imported sleep = Importer.of(context.file()).getOrImport("asyncio", "sleep", call);
      List<Edit> edits = new ArrayList<>();
      Edit imported = ImportEdit.of(sleep, context.file());
      if (imported != null) {
        edits.add(imported);
      }
      edits.add(
          new Edit(Syntax.start(call.expr()), Syntax.end(call.expr()), "await " + sleep.name()));
      context.report(
          Finding.fixable(
                  finding.code(),
                  finding.message(),
                  finding.start(),
                  finding.end(),
                  new Fix(Applicability.UNSAFE, edits))
              .withFixTitle(
                  "unsafe: other tasks run while it sleeps; replace with `await "
                      + sleep.name()
                      + "`"));
    } catch (Importer.Refused e) {
      context.report(finding.withFixTitle("not fixed: " + e.getMessage()));
    }
  }

  /** Whether {@code call} is the whole expression of an expression statement, maybe assigned. */
  private static boolean wholeStatement(CallContext call) {
    ParseTree child = call;
    for (ParseTree p = call.getParent(); p != null; child = p, p = p.getParent()) {
      if (p instanceof PythonParser.ExpressionStatementContext s) {
        return s.augmentedOperator == null && child == s.getChild(s.getChildCount() - 1);
      }
      if (p.getChildCount() != 1) {
        return false;
      }
    }
    return false;
  }
}
