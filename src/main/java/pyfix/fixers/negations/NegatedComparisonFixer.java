package pyfix.fixers.negations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
import pyfix.parse.PythonParser.ComparisonContext;
import pyfix.parse.PythonParser.InversionContext;
import pyfix.semantic.Compare;
import pyfix.semantic.Syntax;

/**
 * Rewrites {@code not x in y} as {@code x not in y} (E713) and {@code not x is y} as {@code x is
 * not y} (E714). CPython compiles both spellings to the same bytecode, so the fix is SAFE.
 */
public final class NegatedComparisonFixer implements TreeRule {
  // pycodestyle's left operand: one run of characters without brackets or blanks (`x.y`, not
  // `t.lower()`, `d[0]` or `(x)`)
  private static final Pattern PYCODESTYLE_OPERAND =
      Pattern.compile("[^\\]\\[)(}{ \\t\\r\\n\\\\]+");

  private final RuleMetadata metadata;
  private final Compare.Kind operator;
  private final String message;

  private NegatedComparisonFixer(RuleMetadata metadata, Compare.Kind operator, String message) {
    this.metadata = metadata;
    this.operator = operator;
    this.message = message;
  }

  /** E713: {@code not x in y}. */
  public static NegatedComparisonFixer notIn() {
    return new NegatedComparisonFixer(
        RuleMetadata.stable("E713", "not-in-test", Kind.SEMANTIC, FixSafety.SAFE),
        Compare.Kind.IN,
        "Test for membership should be `not in`");
  }

  /** E714: {@code not x is y}. */
  public static NegatedComparisonFixer notIs() {
    return new NegatedComparisonFixer(
        RuleMetadata.stable("E714", "not-is-test", Kind.SEMANTIC, FixSafety.SAFE),
        Compare.Kind.IS,
        "Test for object identity should be `is not`");
  }

  @Override
  public RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(InversionContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    InversionContext inversion = (InversionContext) node;
    // `not` on one comparison with one operator, maybe parenthesized: not a chain
    if (!(Syntax.boolExpr(inversion.boolExpr()) instanceof ComparisonContext comparison)
        || comparison.boolExpr(0) instanceof ComparisonContext) {
      return;
    }
    Compare compare = Compare.of(comparison);
    Compare.Op op = compare.ops().get(0);
    if (op.kind() != operator) {
      return;
    }
    int notStart = Syntax.start(inversion);
    int operandStart = Syntax.start(comparison);
    int operandEnd = Syntax.end(comparison);
    int end = Syntax.end(inversion);
    String text = context.file().text();
    if (context.settings().options().pycodestyle().asFlake8()
        && (end != operandEnd
            || !PYCODESTYLE_OPERAND
                .matcher(text.substring(operandStart, Syntax.end(comparison.boolExpr(0))))
                .matches())) {
      return; // with flake8's settings, only what pycodestyle reports: a flake8-clean file has it
    }
    // at the comparison, where Ruff reports it
    Finding finding = Finding.reportOnly(metadata.code(), message, operandStart, operandEnd);
    String removed =
        text.substring(notStart + "not".length(), operandStart) + text.substring(operandEnd, end);
    boolean parenthesized = end != operandEnd;
    if (!removed.chars().allMatch(c -> c == ' ' || c == '\t' || c == '(' || c == ')')
        || parenthesized && text.substring(operandStart, operandEnd).matches("(?s).*[\\r\\n].*")) {
      // a comment would be lost; a line break outside the parentheses would end the statement
      context.report(
          finding.withFixTitle("not fixed: a comment or line break is in the way of `not`"));
      return;
    }
    String negated = operator == Compare.Kind.IN ? "not in" : "is not";
    List<Edit> edits = new ArrayList<>();
    edits.add(Edit.apart(text, notStart, operandStart, ""));
    edits.add(new Edit(op.start(), op.end(), negated));
    if (parenthesized) {
      edits.add(Edit.apart(text, operandEnd, end, "")); // `not (a in b)or c`
    }
    context.report(
        Finding.fixable(
                metadata.code(),
                message,
                operandStart,
                operandEnd,
                new Fix(Applicability.SAFE, edits))
            .withFixTitle("Convert to `" + negated + "`"));
  }
}
