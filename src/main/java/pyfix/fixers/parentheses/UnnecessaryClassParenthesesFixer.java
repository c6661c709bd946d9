package pyfix.fixers.parentheses;

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
import pyfix.fix.TreeRule;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.semantic.Syntax;

/**
 * Removes the empty parentheses of {@code class C():}, with the blanks before them, so that the
 * header reads {@code class C:}.
 */
public final class UnnecessaryClassParenthesesFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "UP039", "unnecessary-class-parentheses", Kind.LAYOUT, FixSafety.SAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(ClassDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    ClassDefContext def = (ClassDefContext) node;
    TerminalNode open = terminal(def, "(");
    if (open == null || def.arguments() != null) {
      return;
    }
    int close = Syntax.end(terminal(def, ")"));
    Finding finding =
        Finding.reportOnly(
            METADATA.code(),
            "Unnecessary parentheses after class definition",
            Syntax.start(open),
            close);
    int from =
        def.typeParameters() != null ? Syntax.end(def.typeParameters()) : Syntax.end(def.NAME());
    if (context.file().text().substring(from, close).indexOf('#') >= 0) {
      context.report(finding.withFixTitle("not fixed: a comment is inside the parentheses"));
      return;
    }
    context.report(
        Finding.fixable(
                finding.code(),
                finding.message(),
                finding.start(),
                finding.end(),
                Fix.safe(Edit.delete(from, close)))
            .withFixTitle("Remove parentheses"));
  }

  /** The child token {@code text} of the class header, or null. */
  private static TerminalNode terminal(ClassDefContext def, String text) {
    for (Object child : def.children) {
      if (child instanceof ParserToken t && t.getText().equals(text)) {
        return t;
      }
    }
    return null;
  }
}
