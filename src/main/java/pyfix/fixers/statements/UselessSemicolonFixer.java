package pyfix.fixers.statements;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.SourceKind;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.BlockContext;
import pyfix.parse.PythonParser.MatchStatementContext;
import pyfix.parse.PythonParser.SimpleStatementsContext;
import pyfix.semantic.Syntax;
import pyfix.source.CellSeparator;

/** Removes the {@code ;} that ends a line of statements, with the blanks before it. */
public final class UselessSemicolonFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("E703", "useless-semicolon", Kind.LAYOUT, FixSafety.SAFE);

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
    List<TerminalNode> semicolons = StatementLines.semicolons((SimpleStatementsContext) node);
    if (semicolons.isEmpty()) {
      return;
    }
    TerminalNode last = semicolons.get(semicolons.size() - 1);
    if (StatementLines.after(last) != null || endsNotebookCell(node, last, context)) {
      return;
    }
    Edit edit = Edit.delete(Syntax.end(StatementLines.before(last)), Syntax.end(last));
    context.report(
        Finding.fixable(
                METADATA.code(),
                "Statement ends with an unnecessary semicolon",
                Syntax.start(last),
                Syntax.end(last),
                Fix.safe(edit))
            .withFixTitle("Remove the semicolon"));
  }

  /**
   * Whether {@code semicolon} ends the last statement of a notebook cell, outside any indented
   * block, with only comments and blank lines after it up to the cell's end: there it keeps Jupyter
   * from showing the statement's value ({@code plt.plot(x);}), as Ruff and Black leave it.
   */
  private static boolean endsNotebookCell(
      ParserRuleContext line, TerminalNode semicolon, RuleContext context) {
    if (context.settings().kind() != SourceKind.NOTEBOOK) {
      return false;
    }
    for (ParserRuleContext p = line.getParent(); p != null; p = p.getParent()) {
      if (p instanceof BlockContext b && b.INDENT() != null || p instanceof MatchStatementContext) {
        return false;
      }
    }
    String text = context.file().text();
    for (int i = Syntax.end(semicolon); i < text.length(); i++) {
      char c = text.charAt(i);
      if (CellSeparator.startsAt(text, i)) {
        return true;
      } else if (c == '#') {
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
          i++;
        }
      } else if (" \t\f\r\n\\".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
