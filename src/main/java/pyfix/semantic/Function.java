package pyfix.semantic;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.BlockContext;
import pyfix.parse.PythonParser.DecoratorContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.NamedExpressionContext;
import pyfix.parse.PythonParser.ParameterContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.parse.PythonParser.TestContext;

/** A {@code def} as Python's {@code ast.FunctionDef} has it. */
public record Function(FunctionDefContext node, List<Parameter> parameters) {

  /** What kind of parameter, as in {@code inspect.Parameter}; SLASH is the {@code /} marker. */
  public enum ParameterKind {
    REGULAR,
    VAR_POSITIONAL,
    VAR_KEYWORD,
    BARE_STAR,
    SLASH
  }

  /**
   * One parameter: {@code name: annotation = value}; {@code name}, {@code annotation} and {@code
   * value} are null where absent.
   */
  public record Parameter(
      ParserRuleContext node,
      ParameterKind kind,
      String name,
      ParserRuleContext annotation,
      TestContext value) {}

  /** The view of {@code node}. */
  public static Function of(FunctionDefContext node) {
    List<Parameter> parameters = new ArrayList<>();
    if (node.parameters() != null) {
      for (ParameterContext p : node.parameters().parameter()) {
        parameters.add(parameter(p));
      }
    }
    return new Function(node, List.copyOf(parameters));
  }

  private static Parameter parameter(ParameterContext p) {
    ParameterKind kind =
        p.SLASH() != null
            ? ParameterKind.SLASH
            : p.STAR() != null
                ? (p.NAME() == null ? ParameterKind.BARE_STAR : ParameterKind.VAR_POSITIONAL)
                : p.DOUBLESTAR() != null ? ParameterKind.VAR_KEYWORD : ParameterKind.REGULAR;
    String name = p.NAME() == null ? null : p.NAME().getText();
    ParserRuleContext annotation = null;
    TestContext value = null;
    boolean afterEqual = false;
    for (Object child : p.children) {
      if (child instanceof ParserToken t) {
        afterEqual |= t.getType() == PythonParser.EQUAL;
      } else if (afterEqual) {
        value = (TestContext) child;
      } else {
        annotation = (ParserRuleContext) child;
      }
    }
    return new Parameter(p, kind, name, annotation, value);
  }

  /** The function's name. */
  public String name() {
    return node.NAME().getText();
  }

  /** Whether it is an {@code async def}. */
  public boolean isAsync() {
    return node.ASYNC() != null;
  }

  /** The return annotation, or null. */
  public TestContext returns() {
    return node.test();
  }

  /** The body. */
  public BlockContext body() {
    return node.block();
  }

  /** The decorators above the {@code def}, top first. */
  public List<NamedExpressionContext> decorators() {
    return decorators(node);
  }

  /** The docstring, or null. */
  public StringsContext docstring() {
    return Syntax.docstring(node.block());
  }

  /**
   * Whether every {@code return} of the body (not of nested functions, classes or lambdas) has no
   * value or {@code None}, as Ruff's {@code is_none_returning}; a generator counts too.
   */
  public boolean returnsOnlyNone() {
    return !bodyHas(node.block(), true);
  }

  /** Whether the body (not nested functions, classes or lambdas) has a {@code yield}. */
  public boolean isGenerator() {
    return bodyHas(node.block(), false);
  }

  /** Whether {@code tree} has a return with a value other than None, or else a yield. */
  private static boolean bodyHas(ParseTree tree, boolean valueReturn) {
    if (tree instanceof FunctionDefContext
        || tree instanceof PythonParser.ClassDefContext
        || tree instanceof TestContext t && t.LAMBDA() != null) {
      return false;
    }
    if (valueReturn
        && tree instanceof PythonParser.ReturnStatementContext r
        && r.starExpressions() != null
        && !Syntax.isNone(r.starExpressions())) {
      return true;
    }
    if (!valueReturn && tree instanceof PythonParser.YieldExpressionContext) {
      return true;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      if (bodyHas(tree.getChild(i), valueReturn)) {
        return true;
      }
    }
    return false;
  }

  /** The decorators of a {@code def} or {@code class}, top first. */
  static List<NamedExpressionContext> decorators(ParserRuleContext def) {
    if (!(def.getParent() instanceof PythonParser.DefinitionContext d)) {
      return List.of();
    }
    List<NamedExpressionContext> decorators = new ArrayList<>();
    for (DecoratorContext decorator : d.decorator()) {
      decorators.add(decorator.namedExpression());
    }
    return decorators;
  }
}
