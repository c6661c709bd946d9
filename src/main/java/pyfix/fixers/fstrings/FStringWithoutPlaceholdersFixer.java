package pyfix.fixers.fstrings;

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
import pyfix.parse.PythonParser.FstringContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.semantic.Syntax;

/**
 * F541: an f-string without a replacement field becomes the plain string of the same value: the
 * {@code f} leaves the prefix and doubled braces become single. SAFE, since the literal's value
 * does not change; refused where the plain string would or could become a docstring, and for a
 * named escape ({@code \N{...}}), whose braces a naive un-doubling would misread. Like pyflakes, it
 * looks at a whole implicit concatenation: one part with a field makes every part a real f-string.
 */
public final class FStringWithoutPlaceholdersFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("F541", "f-string-missing-placeholders", Kind.SEMANTIC, FixSafety.SAFE);
  private static final String MESSAGE = "f-string without any placeholders";

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FstringContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    FstringContext fstring = (FstringContext) node;
    if (anyPartHasAField(fstring)) {
      return;
    }
    int start = Syntax.start(fstring);
    int end = Syntax.end(fstring);
    String text = context.file().text();
    int bodyStart = Syntax.end(fstring.FSTRING_START());
    int bodyEnd = Syntax.start(fstring.FSTRING_END());
    String body = text.substring(bodyStart, bodyEnd);
    Finding finding = Finding.reportOnly(METADATA.code(), MESSAGE, start, end);
    if (fstring.getParent() instanceof StringsContext strings
        && Syntax.mayBecomeDocstring(strings)) {
      context.report(
          finding.withFixTitle(
              "not fixed: a plain string here would or could become the docstring"));
    } else if (fstring.getParent() instanceof StringsContext strings
        && Syntax.isIdentityOperand(strings)) {
      context.report(finding.withFixTitle("not fixed: " + Rewrite.IS_OPERAND));
    } else if (body.contains("\\N")) {
      context.report(finding.withFixTitle("not fixed: a named escape `\\N{...}` in the string"));
    } else {
      String prefix = fstring.FSTRING_START().getText();
      String plain = prefix.replace("f", "").replace("F", "");
      char before = start > 0 ? text.charAt(start - 1) : ' ';
      if (!Character.isLetter(plain.charAt(0)) && (before == '"' || before == '\'')) {
        plain = " " + plain; // `""f""` would become `""""`, which opens a triple-quoted string
      }
      String unescaped = body.replace("{{", "{").replace("}}", "}");
      Fix fix =
          unescaped.equals(body)
              ? Fix.safe(new Edit(start, bodyStart, plain))
              : Fix.safe(
                  new Edit(start, bodyStart, plain), new Edit(bodyStart, bodyEnd, unescaped));
      context.report(
          Finding.fixable(METADATA.code(), MESSAGE, start, end, fix)
              .withFixTitle("Remove extraneous `f` prefix"));
    }
  }

  /**
   * Whether this f-string, or another f-string of the same implicit concatenation, has a field.
   * Python joins the parts into one f-string, so {@code f"a: " f"{x}"} has a placeholder; pyflakes
   * and Ruff leave every part of it alone, and so must a project clean under them.
   */
  private static boolean anyPartHasAField(FstringContext fstring) {
    if (!(fstring.getParent() instanceof StringsContext strings)) {
      return !fstring.replacementField().isEmpty();
    }
    return strings.fstring().stream().anyMatch(part -> !part.replacementField().isEmpty());
  }
}
