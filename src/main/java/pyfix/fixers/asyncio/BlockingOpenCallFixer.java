package pyfix.fixers.asyncio;

import java.util.Objects;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.CallContext;
import pyfix.semantic.Syntax;

/** Reports {@code open()} and its aliases, which block the event loop, in an {@code async def}. */
public final class BlockingOpenCallFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "ASYNC230", "blocking-open-call-in-async-function", Kind.SEMANTIC, FixSafety.NONE);

  private static final Set<String> BLOCKING = Set.of("builtins.open", "io.open", "io.open_code");

  private static final Set<String> PATHS = Set.of("pathlib.Path", "pathlib.PurePath");

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
    if (BlockingCalls.blocking(call, BLOCKING, context) != null || opensPath(call, context)) {
      context.report(
          BlockingCalls.finding(
              METADATA.code(),
              "Async functions should not open files with blocking methods like `open`",
              call));
    }
  }

  /** Whether {@code call} is {@code pathlib.Path(...).open(...)} in an {@code async def}. */
  private static boolean opensPath(CallContext call, RuleContext context) {
    return Syntax.expr(call.expr()) instanceof PythonParser.AttributeContext a
        && ((ParserToken) a.NAME()).is("open")
        && Syntax.expr(a.expr()) instanceof CallContext made
        && Syntax.inAsyncFunction(call)
        && PATHS.contains(Objects.toString(context.model().qualifiedName(made.expr()), ""));
  }
}
