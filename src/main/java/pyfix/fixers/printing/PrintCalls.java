package pyfix.fixers.printing;

import java.util.Set;
import pyfix.fix.Finding;
import pyfix.fix.RuleContext;
import pyfix.fixers.common.Mentions;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.CallContext;
import pyfix.semantic.Call;
import pyfix.semantic.Syntax;

/** What T201 and T203 share: a call of one qualified function that writes to standard output. */
final class PrintCalls {
  /** Streams a {@code file=} argument may name and still be console output, as in Ruff. */
  private static final Set<String> CONSOLE = Set.of("sys.stdout", "sys.stderr");

  private PrintCalls() {}

  /**
   * Reports {@code call} under {@code code} when it calls {@code qualified} to the console: without
   * the keyword argument {@code stream} ({@code file} or {@code stream}) naming another stream.
   */
  static void report(
      String code,
      String qualified,
      String stream,
      String shown,
      CallContext call,
      RuleContext context) {
    // cheap refusals first: a reference that resolves to `qualified` names its last part in the
    // text, and an attribute resolves to a name ending in that attribute
    String last = qualified.substring(qualified.lastIndexOf('.') + 1);
    if (!Mentions.of(context.file(), last)
        || Syntax.expr(call.expr()) instanceof PythonParser.AttributeContext a
            && !((ParserToken) a.NAME()).is(last)) {
      return;
    }
    if (!qualified.equals(context.model().qualifiedName(call.expr()))) {
      return;
    }
    Call c = Call.of(call);
    if (writesToFile(c, stream, context)) {
      return;
    }
    context.report(
        Finding.reportOnly(
            code, "`" + shown + "` found", Syntax.start(c.func()), Syntax.end(c.func())));
  }

  /** Whether a {@code stream} argument sends the output somewhere other than the console. */
  private static boolean writesToFile(Call c, String stream, RuleContext context) {
    for (Call.Keyword k : c.keywords()) {
      if (stream.equals(k.name())) {
        var value = k.value().test(1);
        String target = context.model().qualifiedName(value);
        return !Syntax.isNone(value) && (target == null || !CONSOLE.contains(target));
      }
    }
    return false;
  }
}
