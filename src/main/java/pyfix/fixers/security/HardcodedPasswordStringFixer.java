package pyfix.fixers.security;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.ComparisonContext;
import pyfix.parse.PythonParser.ExpressionStatementContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.semantic.Compare;
import pyfix.semantic.Syntax;

/** Reports a string literal assigned to, or compared with, a name that holds a password. */
public final class HardcodedPasswordStringFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("S105", "hardcoded-password-string", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(ExpressionStatementContext.class, ComparisonContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    if (node instanceof ComparisonContext c) {
      if (Compare.isChainRoot(c)) {
        Compare compare = Compare.of(c);
        for (int i = 0; i < compare.ops().size(); i++) {
          ParserRuleContext left = compare.before(i);
          ParseTree right = compare.comparators().get(i);
          // a string literal first: a name's text costs more to find, and most are no literal
          if (PasswordNames.secret(right) != null
              && PasswordNames.comparedPassword(PasswordNames.targetName(left))) {
            report(left, right, context);
          }
        }
      }
      return;
    }
    List<ParseTree> parts = assignment((ExpressionStatementContext) node);
    for (int i = 0; i + 1 < parts.size(); i++) {
      report(parts.get(i), parts.get(parts.size() - 1), context);
    }
  }

  /** Targets then the value of {@code a = b = "v"} or {@code a: T = "v"}; empty otherwise. */
  private static List<ParseTree> assignment(ExpressionStatementContext s) {
    if (s.augmentedOperator != null) {
      return List.of();
    }
    if (s.COLON() != null) {
      return s.starExpressions().size() == 2
          ? List.of(s.starExpressions(0), s.starExpressions(1))
          : List.of();
    }
    return List.copyOf(s.starExpressions());
  }

  private static void report(ParseTree target, ParseTree value, RuleContext context) {
    StringsContext secret = PasswordNames.secret(value);
    if (secret == null) {
      return; // most values: no text of the target needed
    }
    String name = PasswordNames.targetName(target);
    if (PasswordNames.holdsPassword(name)) {
      context.report(
          Finding.reportOnly(
              METADATA.code(),
              "Possible hardcoded password assigned to: \"" + name + "\"",
              Syntax.start(secret),
              Syntax.end(secret)));
    }
  }
}
