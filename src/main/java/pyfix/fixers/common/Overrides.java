package pyfix.fixers.common;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.parse.PythonParser.DecoratorContext;
import pyfix.parse.PythonParser.DefinitionContext;
import pyfix.semantic.SemanticModel;

/**
 * Methods marked {@code @override}: their names and parameters are the base class's choice, so
 * naming and shadowing rules leave them alone.
 */
public final class Overrides {
  private static final Set<String> OVERRIDE =
      Set.of("typing.override", "typing_extensions.override");

  private Overrides() {}

  /** Whether the {@code def} {@code node} is decorated with {@code typing.override}. */
  public static boolean marked(ParserRuleContext node, SemanticModel model) {
    if (!(node.getParent() instanceof DefinitionContext d)) {
      return false;
    }
    for (DecoratorContext decorator : d.decorator()) {
      String name = model.qualifiedName(decorator.namedExpression());
      if (name != null && OVERRIDE.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
