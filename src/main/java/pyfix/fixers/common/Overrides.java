package pyfix.fixers.common;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.semantic.Definitions;
import pyfix.semantic.SemanticModel;

/**
 * Methods marked {@code @override}: their names and parameters are the base class's choice, so
 * naming and shadowing rules leave them alone.
 */
public final class Overrides {
  private static final Set<String> OVERRIDE =
      Set.of("typing.override", "typing_extensions.override");

  private static final Set<String> OVERLOAD =
      Set.of("typing.overload", "typing_extensions.overload");

  private Overrides() {}

  /** Whether the {@code def} {@code node} is decorated with {@code typing.override}. */
  public static boolean marked(ParserRuleContext node, SemanticModel model) {
    return Definitions.decoratedWith(node, model, OVERRIDE);
  }

  /**
   * Whether the {@code def} {@code node} is a {@code typing.overload} signature, whose names the
   * implementation repeats (Ruff reports only the implementation).
   */
  public static boolean overload(ParserRuleContext node, SemanticModel model) {
    return Definitions.decoratedWith(node, model, OVERLOAD);
  }
}
