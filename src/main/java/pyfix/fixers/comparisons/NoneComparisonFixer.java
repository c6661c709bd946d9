package pyfix.fixers.comparisons;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
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

/** Rewrites {@code == None} and {@code != None} as {@code is None} and {@code is not None}. */
public final class NoneComparisonFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("E711", "none-comparison", Kind.SEMANTIC, FixSafety.PER_FINDING);
  // calls that return their exact type: `str`, `bytes` and `repr` may return a subclass that
  // `__str__`, `__bytes__` or `__repr__` made, which may define `__eq__`
  private static final Set<String> BUILTIN_CALLS =
      Set.of("int", "float", "bool", "len", "list", "dict", "set", "tuple");

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
      // as in Ruff: a None on the left counts only at the head of the chain, and a comparison
      // with a number or string literal (`0 == None`, constant anyway) is not reported
      ParserRuleContext none = null;
      if (Syntax.isNone(right) && !Syntax.isLiteral(left)) {
        none = right;
      } else if (link.index() == 0 && Syntax.isNone(left) && !Syntax.isLiteral(right)) {
        none = left;
      }
      if (none != null) {
        String is = IdentityEdit.operator(op);
        Finding finding =
            Finding.reportOnly(
                METADATA.code(),
                "Comparison to `None` should be `cond " + is + " None`",
                Syntax.start(none),
                Syntax.end(none));
        context.report(fixed(finding, context, op, is, none == right ? left : right));
      }
    }
  }

  /** {@code finding} with the fix of {@code op}. */
  private static Finding fixed(
      Finding finding, RuleContext context, Compare.Op op, String is, ParserRuleContext other) {
    Edit edit = IdentityEdit.of(context.file().text(), op);
    if (evidentlyBuiltin(other, context)) {
      return Finding.fixable(
              finding.code(),
              finding.message(),
              finding.start(),
              finding.end(),
              new Fix(Applicability.SAFE, List.of(edit)))
          .withFixTitle("Replace with `" + is + "`");
    }
    return Finding.fixable(
            finding.code(),
            finding.message(),
            finding.start(),
            finding.end(),
            new Fix(Applicability.UNSAFE, List.of(edit)))
        .withFixTitle(
            "unsafe: `" + context.text(other) + "` may define `__eq__`; replace with `" + is + "`");
  }

  /**
   * Whether the string is an exact {@code str}: not an f-string that is one field alone ({@code
   * f"{x}"}), whose value is what {@code x.__format__} returned, a subclass maybe.
   */
  private static boolean exactStr(PythonParser.StringsContext s) {
    int fields = 0;
    boolean text = false;
    for (PythonParser.FstringContext f : s.fstring()) {
      fields += f.replacementField().size();
      text |= !f.FSTRING_MIDDLE().isEmpty();
    }
    for (TerminalNode t : s.STRING()) {
      text |= !isEmptyLiteral(t.getText());
    }
    return fields == 0 || fields > 1 || text;
  }

  /** Whether a string literal ({@code ""}, {@code r''''''}) holds no character. */
  private static boolean isEmptyLiteral(String literal) {
    int quote = 0;
    while (literal.charAt(quote) != '"' && literal.charAt(quote) != '\'') {
      quote++;
    }
    int body = literal.length() - quote;
    return body == 2 || body == 6 && literal.charAt(quote + 1) == literal.charAt(quote);
  }

  /**
   * Whether {@code operand} is a value of a builtin type, whose {@code ==} with None is {@code is}.
   */
  private static boolean evidentlyBuiltin(ParserRuleContext operand, RuleContext context) {
    PythonParser.ExprContext e = Syntax.expr(operand);
    if (e instanceof PythonParser.CallContext c
        && Syntax.expr(c.expr()) instanceof PythonParser.NameContext f) {
      return BUILTIN_CALLS.contains(f.getText()) && context.model().isBuiltin(f.getText(), f);
    }
    return e instanceof PythonParser.ConstantContext
        || e instanceof PythonParser.ListContext
        || e instanceof PythonParser.BracesContext
        || (e instanceof PythonParser.StringsContext s && s.tstring().isEmpty() && exactStr(s))
        || (e instanceof PythonParser.ParensContext p && p.yieldExpression() == null);
  }
}
