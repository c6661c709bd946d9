package pyfix.fixers.statements;

import java.util.ArrayList;
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
import pyfix.parse.PythonParser.SimpleStatementsContext;
import pyfix.semantic.Syntax;

/**
 * Puts the statement after a {@code ;} on a line of its own, in the indent of the statements before
 * it. In a body on its header's line ({@code def f(): a; b}) the body moves off the header's line
 * too, since a statement after the break could not follow it there.
 */
public final class MultipleStatementsOnOneLineSemicolonFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable(
          "E702", "multiple-statements-on-one-line-semicolon", Kind.LAYOUT, FixSafety.SAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(SimpleStatementsContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    SimpleStatementsContext line = (SimpleStatementsContext) node;
    List<TerminalNode> semicolons = StatementLines.semicolons(line);
    if (semicolons.isEmpty()) {
      return;
    }
    String indent = StatementLines.indentOfStatements(context, line);
    for (TerminalNode semicolon : semicolons) {
      if (StatementLines.after(semicolon) == null) {
        continue; // a trailing `;` is E703's
      }
      Finding finding =
          Finding.reportOnly(
              METADATA.code(),
              "Multiple statements on one line (semicolon)",
              Syntax.start(semicolon),
              Syntax.end(semicolon));
      String pragma = StatementLines.pragmaRefusal(context, Syntax.start(semicolon));
      context.report(
          indent == null
              ? finding.withFixTitle("not fixed: code precedes the statements on their line")
              : pragma != null
                  ? finding.withFixTitle(pragma)
                  : Finding.fixable(
                          finding.code(),
                          finding.message(),
                          finding.start(),
                          finding.end(),
                          new Fix(Applicability.SAFE, edits(context, line, semicolon, indent)))
                      .withFixTitle("Put the next statement on its own line"));
    }
  }

  private static List<Edit> edits(
      RuleContext context, SimpleStatementsContext line, TerminalNode semicolon, String indent) {
    List<Edit> edits = new ArrayList<>();
    if (StatementLines.onHeaderLine(line)) {
      edits.add(StatementLines.breakAfterColon(context, line));
    }
    edits.add(StatementLines.split(context, semicolon, indent));
    return edits;
  }
}
