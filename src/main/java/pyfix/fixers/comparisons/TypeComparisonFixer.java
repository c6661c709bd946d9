package pyfix.fixers.comparisons;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Applicability;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.ComparisonContext;
import pyfix.semantic.Compare;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * Rewrites {@code ==} and {@code !=} between types ({@code type(a) == type(b)}, {@code type(a) ==
 * int}) as {@code is} and {@code is not}; UNSAFE, since a metaclass may define {@code __eq__}.
 * Which operands count as types, and the {@code dtype} exception, follow Ruff.
 */
public final class TypeComparisonFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("E721", "type-comparison", Kind.SEMANTIC, FixSafety.UNSAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(ComparisonContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    if (!Compare.isChainRoot((ComparisonContext) node)) {
      return;
    }
    Compare compare = Compare.of((ComparisonContext) node);
    for (Compare.Link link : compare.equalities()) {
      ParserRuleContext left = link.left();
      ParserRuleContext right = link.right();
      if ((isType(left, context) || isType(right, context))
          && !isDtype(left, context)
          && !isDtype(right, context)
          && (!context.settings().options().pycodestyle().asFlake8()
              || isTypeCall(left, context)
              || isTypeCall(right, context))) {
        context.report(finding(node, link.op(), left, right, context));
      }
    }
  }

  /** The finding for {@code left op right}; Ruff places it on the whole chain. */
  private static Finding finding(
      ParserRuleContext chain,
      Compare.Op op,
      ParserRuleContext left,
      ParserRuleContext right,
      RuleContext context) {
    String message = "Use `is` and `is not` to compare types, or `isinstance()` for a type check";
    Finding finding =
        Finding.reportOnly(METADATA.code(), message, Syntax.start(chain), Syntax.end(chain));
    String is = IdentityEdit.operator(op);
    if (Syntax.isLiteral(left) || Syntax.isLiteral(right)) {
      return finding.withFixTitle("not fixed: `" + is + "` with a literal is a SyntaxWarning");
    }
    ParserRuleContext other = isType(left, context) ? right : left;
    String reason =
        isType(other, context)
            ? "a metaclass may define `__eq__`"
            : "`" + context.text(other) + "` or its metaclass may define `__eq__`";
    Fix fix = new Fix(Applicability.UNSAFE, List.of(IdentityEdit.of(context.file().text(), op)));
    return Finding.fixable(finding.code(), message, finding.start(), finding.end(), fix)
        .withFixTitle("unsafe: " + reason + "; replace with `" + is + "`");
  }

  /** Whether {@code operand} is a call of the builtin {@code type} or a builtin class's name. */
  private static boolean isType(ParserRuleContext operand, RuleContext context) {
    PythonParser.ExprContext e = Syntax.expr(operand);
    if (e instanceof PythonParser.CallContext) {
      return isTypeCall(operand, context);
    }
    String name = Syntax.name(e);
    return name != null && SemanticModel.isBuiltinClassName(name) && readsBuiltin(name, e, context);
  }

  /**
   * Whether {@code node}, which spells {@code name}, reads the builtin, as Ruff resolves it: bound
   * nowhere it may resolve, a star import or a mention of {@code builtins} notwithstanding (the fix
   * is UNSAFE in any case, and the finding should not go quiet there).
   */
  private static boolean readsBuiltin(String name, ParseTree node, RuleContext context) {
    return ("builtins." + name).equals(context.model().qualifiedName(node));
  }

  /**
   * Whether {@code operand} is a call of the builtin {@code type}: with flake8's settings, the only
   * comparison pycodestyle reports ({@code kind == int} passes flake8, so a flake8-clean file has
   * it).
   */
  private static boolean isTypeCall(ParserRuleContext operand, RuleContext context) {
    return Syntax.expr(operand) instanceof PythonParser.CallContext call
        && "type".equals(Syntax.name(call.expr()))
        && readsBuiltin("type", call.expr(), context);
  }

  /** Whether {@code operand} is NumPy's {@code x.dtype} or {@code numpy.dtype(...)}. */
  private static boolean isDtype(ParserRuleContext operand, RuleContext context) {
    PythonParser.ExprContext e = Syntax.expr(operand);
    if (e instanceof PythonParser.AttributeContext a) {
      return ((ParserToken) a.NAME()).is("dtype");
    }
    return e instanceof PythonParser.CallContext call
        && "numpy.dtype".equals(context.model().qualifiedName(call.expr()));
  }
}
