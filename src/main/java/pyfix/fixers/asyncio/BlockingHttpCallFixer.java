package pyfix.fixers.asyncio;

import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.CallContext;

/** Reports blocking HTTP calls ({@code requests.get}, {@code urlopen}) in an {@code async def}. */
public final class BlockingHttpCallFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "ASYNC210", "blocking-http-call-in-async-function", Kind.SEMANTIC, FixSafety.NONE);

  /** The module-level request functions of requests and httpx, and urllib's, as Ruff lists them. */
  private static final Set<String> BLOCKING = blocking();

  private static Set<String> blocking() {
    Set<String> names = new HashSet<>(Set.of("urllib.request.urlopen", "urllib3.request"));
    for (String module : new String[] {"requests", "httpx"}) {
      for (String verb :
          new String[] {"get", "options", "head", "post", "put", "patch", "delete", "request"}) {
        names.add(module + "." + verb);
      }
    }
    return Set.copyOf(names);
  }

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
    if (BlockingCalls.blocking(call, BLOCKING, context) != null) {
      context.report(
          BlockingCalls.finding(
              METADATA.code(), "Async functions should not call blocking HTTP methods", call));
    }
  }
}
