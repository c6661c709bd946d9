package pyfix.fixers.security;

import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.FstringContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.parse.PythonParser.SumContext;
import pyfix.parse.PythonParser.TermContext;
import pyfix.semantic.Syntax;

/**
 * Reports SQL built from strings: a query literal formatted with {@code %} or {@code .format}, an
 * f-string with a replacement field, or a {@code +} chain holding a string, whose text reads as
 * {@code SELECT … FROM}, {@code DELETE FROM}, {@code INSERT/REPLACE … VALUES} or {@code UPDATE …
 * SET}.
 */
public final class HardcodedSqlExpressionFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("S608", "hardcoded-sql-expression", Kind.SEMANTIC, FixSafety.NONE);

  /** A string literal's prefix and quotes, around its value. */
  private static final Pattern QUOTES =
      Pattern.compile("^[a-zA-Z]*('''|\"\"\"|'|\")|('''|\"\"\"|'|\")$");

  /** Ruff's (and bandit's) pattern, across line breaks. */
  private static final Pattern SQL =
      Pattern.compile(
          "\\b(select\\s+.*\\s+from\\s|delete\\s+from\\s|(insert|replace)\\s+.*\\s+values\\s"
              + "|update\\s+.*\\s+set\\s)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(SumContext.class, TermContext.class, CallContext.class, StringsContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    String query = query(node, context);
    if (query != null && SQL.matcher(query).find()) {
      context.report(
          Finding.reportOnly(
              METADATA.code(),
              "Possible SQL injection vector through string-based query construction",
              Syntax.start(node),
              Syntax.end(node)));
    }
  }

  /** The text to match when {@code node} builds a string from parts, else null. */
  private static String query(ParserRuleContext node, RuleContext context) {
    if (node instanceof SumContext sum) {
      boolean root =
          !(sum.getParent() instanceof SumContext || sum.getParent() instanceof TermContext);
      return sum.PLUS() != null && root && holdsString(sum) && !addsNonString(sum)
          ? context.text(sum)
          : null;
    }
    if (node instanceof TermContext term) {
      return term.PERCENT() != null ? literal(term.expr(0)) : null;
    }
    if (node instanceof CallContext call) {
      return Syntax.expr(call.expr()) instanceof PythonParser.AttributeContext a
              && ((ParserToken) a.NAME()).is("format")
          ? literal(a.expr())
          : null;
    }
    return formatted((StringsContext) node) ? context.text(node) : null;
  }

  /** Whether a string holds an f-string with a replacement field; asked of every string. */
  private static boolean formatted(StringsContext s) {
    for (int i = 0; i < s.getChildCount(); i++) {
      if (s.getChild(i) instanceof FstringContext f && f.replacementField(0) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a {@code +} chain holds a plain string literal operand. */
  private static boolean holdsString(ParseTree e) {
    if (e instanceof SumContext sum && sum.PLUS() != null) {
      return holdsString(sum.expr(0)) || holdsString(sum.expr(1));
    }
    return Syntax.expr(e) instanceof StringsContext s && s.fstring().isEmpty();
  }

  /**
   * Whether a {@code +} chain holds an operand that is evidently no string (a list, dict or set
   * display, a number, or a conditional whose branches both are), as in {@code "SELECT * FROM " +
   * ([a] if x else [b])}: then it builds no query, as Ruff judges it.
   */
  private static boolean addsNonString(ParseTree e) {
    if (e instanceof SumContext sum && sum.PLUS() != null) {
      return addsNonString(sum.expr(0)) || addsNonString(sum.expr(1));
    }
    return notString(e);
  }

  private static boolean notString(ParseTree e) {
    PythonParser.ExprContext value = Syntax.expr(e);
    if (value instanceof PythonParser.ListContext
        || value instanceof PythonParser.BracesContext
        || value instanceof PythonParser.NumberContext) {
      return true;
    }
    ParseTree node = e;
    while (node != null && !(node instanceof PythonParser.TestContext)) {
      node =
          node instanceof PythonParser.ParensContext p
              ? p.elements()
              : node.getChildCount() == 1 ? node.getChild(0) : null;
    }
    return node instanceof PythonParser.TestContext t
        && t.boolExpr().size() == 2
        && notString(t.boolExpr(0))
        && notString(t.test());
  }

  /** The value of a plain string literal, escapes of whitespace decoded; else null. */
  private static String literal(ParseTree node) {
    if (!(Syntax.expr(node) instanceof StringsContext s) || !s.fstring().isEmpty()) {
      return null;
    }
    StringBuilder value = new StringBuilder();
    for (var t : s.STRING()) {
      value.append(QUOTES.matcher(t.getText()).replaceAll(""));
    }
    return value.toString().replace("\\n", "\n").replace("\\t", "\t");
  }
}
