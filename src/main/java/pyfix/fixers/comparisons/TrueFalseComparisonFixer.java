package pyfix.fixers.comparisons;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.ComparisonContext;
import pyfix.semantic.Compare;
import pyfix.semantic.Syntax;

/**
 * Rewrites {@code x == True} as {@code x} and {@code x == False} as {@code not x} ({@code !=} the
 * other way round) when the comparison stands alone, and as {@code x is True} / {@code x is not
 * True} inside a longer chain, as Ruff does. SAFE when {@code x} is evidently a bool.
 */
public final class TrueFalseComparisonFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("E712", "true-false-comparison", Kind.SEMANTIC, FixSafety.PER_FINDING);

  /** Builtins that always return a bool. */
  private static final Set<String> PREDICATES =
      Set.of("isinstance", "issubclass", "callable", "hasattr", "bool", "all", "any");

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
      Compare.Op op = link.op();
      ParserRuleContext left = link.left();
      ParserRuleContext right = link.right();
      // as in Ruff, a constant on the left counts only at the head of the chain, and a
      // comparison with a literal (`1 == True`) is not this rule's
      boolean constantRight = bool(right) != null;
      Boolean constant = constantRight ? bool(right) : link.index() == 0 ? bool(left) : null;
      ParserRuleContext other = constantRight ? left : right;
      if (constant == null || Syntax.isLiteral(other)) {
        continue;
      }
      // `x == True` and `x != False` keep x's truth; `x == False` and `x != True` negate it
      boolean negate = (op.kind() == Compare.Kind.EQ) != constant;
      String name = constant ? "True" : "False";
      Finding finding =
          Finding.reportOnly(
              METADATA.code(),
              "Comparison to `"
                  + name
                  + "` should be `"
                  + (negate ? "not cond" : "cond")
                  + "` or `cond "
                  + IdentityEdit.operator(op)
                  + " "
                  + name
                  + "`",
              Syntax.start(node),
              Syntax.end(node));
      if (bool(other) != null) {
        context.report(finding.withFixTitle("not fixed: the comparison is constant"));
      } else if (compare.ops().size() > 1) {
        context.report(inChain(finding, context, op, other, name));
      } else {
        context.report(alone(finding, context, constantRight, other, negate, op, name));
      }
    }
  }

  /** The fix of a lone comparison: the operand itself, or its negation. */
  private static Finding alone(
      Finding finding,
      RuleContext context,
      boolean constantRight,
      ParserRuleContext other,
      boolean negate,
      Compare.Op op,
      String constant) {
    String text = context.file().text();
    int node = constantRight ? Syntax.start(other) : finding.start();
    // what goes: ` == True` after the operand, or `True == ` before it
    int cutStart = constantRight ? Syntax.end(other) : finding.start();
    int cutEnd = constantRight ? finding.end() : Syntax.start(other);
    if (text.substring(cutStart, cutEnd).contains("#")) {
      return finding.withFixTitle("not fixed: a comment would be lost");
    }
    String not = negate ? "not " : "";
    // `not(x)==False` and `if(True) == x` have no space where the new text meets a word
    List<Edit> edits =
        constantRight
            ? negate
                ? List.of(Edit.apart(text, node, node, not), Edit.apart(text, cutStart, cutEnd, ""))
                : List.of(Edit.apart(text, cutStart, cutEnd, ""))
            : List.of(Edit.apart(text, cutStart, cutEnd, not));
    String result = (negate ? "not " : "") + shown(context, other);
    if (evidentlyBool(other, context)) {
      return fixed(finding, Applicability.SAFE, edits, "Replace with `" + result + "`");
    }
    String counter =
        switch ((op.kind() == Compare.Kind.EQ ? "==" : "!=") + constant) {
          case "==True" -> "`2 == True` is false";
          case "!=False" -> "`[] != False` is true";
          case "==False" -> "`[] == False` is false";
          default -> "`2 != True` is true";
        };
    return fixed(
        finding,
        Applicability.UNSAFE,
        edits,
        "unsafe: `"
            + shown(context, other)
            + "` may not be a bool ("
            + counter
            + "); replace with `"
            + result
            + "`");
  }

  /** The fix of a link of a longer chain: {@code is} or {@code is not}. */
  private static Finding inChain(
      Finding finding,
      RuleContext context,
      Compare.Op op,
      ParserRuleContext other,
      String constant) {
    List<Edit> edits = List.of(IdentityEdit.of(context.file().text(), op));
    String is = IdentityEdit.operator(op);
    if (evidentlyBool(other, context)) {
      return fixed(finding, Applicability.SAFE, edits, "Replace with `" + is + "`");
    }
    return fixed(
        finding,
        Applicability.UNSAFE,
        edits,
        "unsafe: `"
            + shown(context, other)
            + "` may not be a bool (`1 == True`, but `1 is not True`); replace with `"
            + is
            + "`");
  }

  private static Finding fixed(
      Finding finding, Applicability applicability, List<Edit> edits, String title) {
    return Finding.fixable(
            finding.code(),
            finding.message(),
            finding.start(),
            finding.end(),
            new Fix(applicability, edits))
        .withFixTitle(title);
  }

  /** The operand as the fix title quotes it: its text, or {@code cond} when that is long. */
  private static String shown(RuleContext context, ParserRuleContext operand) {
    String text = context.text(operand);
    return text.length() > 40 || text.contains("\n") || text.contains("\r") ? "cond" : text;
  }

  /** {@code True} or {@code False} for those constants, maybe parenthesized; else null. */
  private static Boolean bool(ParserRuleContext operand) {
    if (Syntax.expr(operand) instanceof PythonParser.ConstantContext c
        && (c.TRUE() != null || c.FALSE() != null)) {
      return c.TRUE() != null;
    }
    return null;
  }

  /**
   * Whether {@code operand} is always a bool: {@code (not x)}, a parenthesized identity or
   * membership test, or a call of a builtin predicate ({@code isinstance}, {@code bool}, ...) that
   * the module does not rebind.
   */
  private static boolean evidentlyBool(ParserRuleContext operand, RuleContext context) {
    PythonParser.ExprContext e = Syntax.expr(operand);
    if (e instanceof PythonParser.CallContext call) {
      String f = Syntax.name(call.expr());
      return f != null && PREDICATES.contains(f) && context.model().isBuiltin(f, call.expr());
    }
    PythonParser.BoolExprContext b = Syntax.boolExpr(operand);
    if (b instanceof PythonParser.InversionContext) {
      return true;
    }
    return b instanceof ComparisonContext c
        && Compare.of(c).ops().stream()
            .allMatch(
                o ->
                    o.kind() == Compare.Kind.IS
                        || o.kind() == Compare.Kind.IS_NOT
                        || o.kind() == Compare.Kind.IN
                        || o.kind() == Compare.Kind.NOT_IN);
  }
}
