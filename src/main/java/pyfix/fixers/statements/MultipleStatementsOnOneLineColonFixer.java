package pyfix.fixers.statements;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.BlockContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.SimpleStatementsContext;
import pyfix.semantic.Syntax;

/**
 * Moves the body of a compound statement written on its header's line ({@code if x: return y}) to a
 * line of its own, one indent unit deeper than the header. As Ruff, it leaves {@code def} alone
 * (pycodestyle's E704) and a body that is only {@code ...} (a stub, as Black writes it).
 */
public final class MultipleStatementsOnOneLineColonFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable(
          "E701", "multiple-statements-on-one-line-colon", Kind.LAYOUT, FixSafety.SAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(BlockContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    SimpleStatementsContext body = Syntax.inlineBody((BlockContext) node);
    if (body == null || node.getParent() instanceof FunctionDefContext || isStub(body)) {
      return;
    }
    int colon = StatementLines.colonEnd(context.file().text(), Syntax.start(body)) - 1;
    Finding finding =
        Finding.reportOnly(
            METADATA.code(), "Multiple statements on one line (colon)", colon, colon + 1);
    Edit edit = StatementLines.breakAfterColon(context, body);
    String pragma = StatementLines.pragmaRefusal(context, colon);
    if (edit == null) {
      context.report(finding.withFixTitle("not fixed: code precedes the header on its line"));
    } else if (pragma != null) {
      context.report(finding.withFixTitle(pragma));
    } else {
      context.report(
          Finding.fixable(finding.code(), finding.message(), colon, colon + 1, Fix.safe(edit))
              .withFixTitle("Move the body to its own line"));
    }
  }

  /** Whether the body is a lone {@code ...}, which Ruff and Black allow on the header's line. */
  private static boolean isStub(SimpleStatementsContext body) {
    return body.simpleStatement().size() == 1
        && StatementLines.semicolons(body).isEmpty()
        && body.simpleStatement(0).getText().equals("...");
  }
}
