package pyfix.semantic;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.NamedExpressionContext;

/**
 * Functions and classes as documentation and annotation checkers see them, after Ruff's {@code
 * Definition}: the definition whose body holds them, whether a {@code def} is a method, and whether
 * it is public API.
 */
public final class Definitions {
  private static final Set<String> OVERLOAD =
      Set.of("typing.overload", "typing_extensions.overload");

  private Definitions() {}

  /**
   * The {@code def} or {@code class} whose body holds {@code def} (a {@code def} or {@code class}),
   * through {@code if}, {@code for}, {@code try} and other blocks; null at module level.
   */
  public static ParserRuleContext parent(ParserRuleContext def) {
    for (ParseTree p = def.getParent(); p != null; p = p.getParent()) {
      if (p instanceof FunctionDefContext || p instanceof ClassDefContext) {
        return (ParserRuleContext) p;
      }
    }
    return null;
  }

  /** Whether {@code def} is defined directly in a class body. */
  public static boolean isMethod(FunctionDefContext def) {
    return parent(def) instanceof ClassDefContext;
  }

  /**
   * Whether {@code def} (a {@code def} or {@code class}) is public API, as Ruff decides: a module
   * member listed in {@code __all__} when there is one, else without a leading underscore; never a
   * definition inside a function; a method or nested class only in a public class, and a method not
   * when it is private ({@code _x} but not a dunder) or a property's setter or deleter.
   */
  public static boolean isPublic(ParserRuleContext def, SemanticModel model) {
    String name = name(def);
    ParserRuleContext parent = parent(def);
    if (parent == null) {
      DunderAll all = model.dunderAll();
      return all.defined() ? all.names().contains(name) : !name.startsWith("_");
    }
    if (parent instanceof FunctionDefContext || !isPublic(parent, model)) {
      return false;
    }
    if (def instanceof FunctionDefContext f) {
      return !isAccessor(f) && (!name.startsWith("_") || isDunder(name));
    }
    return !name.startsWith("_");
  }

  /** Whether {@code name} is a dunder such as {@code __init__}. */
  public static boolean isDunder(String name) {
    return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
  }

  /** Whether {@code def} is decorated {@code @typing.overload}. */
  public static boolean isOverload(FunctionDefContext def, SemanticModel model) {
    return decoratedWith(def, model, OVERLOAD);
  }

  /**
   * Whether {@code def} is the implementation after its {@code @overload} signatures: the
   * definition before it in the same body is an {@code @overload def} of the same name.
   */
  public static boolean isOverloadImplementation(FunctionDefContext def, SemanticModel model) {
    if (isOverload(def, model)
        || !(def.getParent() instanceof PythonParser.DefinitionContext d)
        || !(d.getParent() instanceof PythonParser.StatementContext statement)) {
      return false;
    }
    ParserRuleContext body = statement.getParent();
    int at = body.children.indexOf(statement);
    for (int i = at - 1; i >= 0; i--) {
      if (body.getChild(i) instanceof PythonParser.StatementContext s
          && s.compoundStatement() instanceof PythonParser.DefinitionContext previous) {
        return previous.functionDef() != null
            && previous.functionDef().NAME().getText().equals(def.NAME().getText())
            && isOverload(previous.functionDef(), model);
      }
    }
    return false;
  }

  /**
   * Whether a decorator of {@code def}, or the function a decorator calls ({@code @f(...)}), has
   * one of the qualified {@code names} ({@code builtins.staticmethod}, {@code typing.overload}, …).
   */
  public static boolean decoratedWith(
      ParserRuleContext def, SemanticModel model, Set<String> names) {
    for (NamedExpressionContext decorator : Function.decorators(def)) {
      ParseTree target = decorator;
      if (Syntax.expr(decorator) instanceof PythonParser.CallContext call) {
        target = call.expr();
      }
      String name = model.qualifiedName(target);
      if (name != null && names.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code def} is decorated {@code @<its name>.setter} or {@code .deleter}. */
  private static boolean isAccessor(FunctionDefContext def) {
    String name = def.NAME().getText();
    for (NamedExpressionContext decorator : Function.decorators(def)) {
      String dotted = Syntax.dotted(decorator);
      if ((name + ".setter").equals(dotted) || (name + ".deleter").equals(dotted)) {
        return true;
      }
    }
    return false;
  }

  private static String name(ParserRuleContext def) {
    return def instanceof FunctionDefContext f
        ? f.NAME().getText()
        : ((ClassDefContext) def).NAME().getText();
  }
}
