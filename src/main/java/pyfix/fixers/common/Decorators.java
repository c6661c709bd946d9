package pyfix.fixers.common;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;

/** What a function's decorators mean for fixes that change its signature (B006, RUF013). */
public final class Decorators {
  /** Decorators known not to read the parameters' defaults or annotations. */
  private static final Set<String> SIGNATURE_BLIND =
      Set.of(
          "staticmethod",
          "classmethod",
          "property",
          "setter",
          "getter",
          "deleter",
          "abstractmethod",
          "wraps",
          "override",
          "contextmanager",
          "asynccontextmanager",
          "cache",
          "lru_cache",
          "cached_property",
          "final",
          "overload");

  private Decorators() {}

  /** Whether {@code def} is decorated with {@code overload} or {@code typing.overload}. */
  public static boolean overloaded(PythonParser.FunctionDefContext def) {
    return def.getParent() instanceof PythonParser.DefinitionContext d
        && d.decorator().stream().anyMatch(dec -> "overload".equals(name(dec)));
  }

  /**
   * The first decorator of {@code def} that may read its signature (a web framework's route, a
   * validator), as written in {@code text} without its arguments, or null when every decorator is
   * known not to.
   */
  public static String readingSignature(PythonParser.FunctionDefContext def, String text) {
    if (!(def.getParent() instanceof PythonParser.DefinitionContext d)) {
      return null;
    }
    for (PythonParser.DecoratorContext dec : d.decorator()) {
      String name = name(dec); // null for `@routes[0]` or `@(lambda f: f)` (PEP 614)
      if (name == null || !SIGNATURE_BLIND.contains(name)) {
        PythonParser.ExprContext e = Syntax.expr(dec.namedExpression());
        ParserRuleContext shown =
            e instanceof PythonParser.CallContext call ? call.expr() : dec.namedExpression();
        return text.substring(Syntax.start(shown), Syntax.end(shown));
      }
    }
    return null;
  }

  /** The decorator's last name: {@code functools.wraps(f)} gives {@code wraps}. */
  private static String name(PythonParser.DecoratorContext dec) {
    PythonParser.ExprContext e = Syntax.expr(dec.namedExpression());
    if (e instanceof PythonParser.CallContext call) {
      return Syntax.lastName(call.expr());
    }
    return Syntax.lastName(e);
  }
}
