package pyfix.fixers.asyncio;

import java.util.Set;
import pyfix.fix.Finding;
import pyfix.fix.RuleContext;
import pyfix.fixers.common.Mentions;
import pyfix.parse.PythonParser.CallContext;
import pyfix.semantic.Syntax;

/** What the ASYNC rules share: a call, in an {@code async def}'s body, of a blocking function. */
final class BlockingCalls {
  private BlockingCalls() {}

  /**
   * The qualified name {@code call} calls, when it runs in an {@code async def}'s body and is one
   * of {@code blocking}; else null.
   */
  static String blocking(CallContext call, Set<String> blocking, RuleContext context) {
    if (!Mentions.of(context.file(), "async") || !Syntax.inAsyncFunction(call)) {
      return null;
    }
    String name = context.model().qualifiedName(call.expr());
    return name != null && blocking.contains(name) ? name : null;
  }

  /** A finding of {@code code} on the called expression of {@code call}. */
  static Finding finding(String code, String message, CallContext call) {
    return Finding.reportOnly(code, message, Syntax.start(call.expr()), Syntax.end(call.expr()));
  }
}
