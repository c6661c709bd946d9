package pyfix.fixers.docstrings;

import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.semantic.Definitions;
import pyfix.semantic.Function;
import pyfix.semantic.Function.Parameter;
import pyfix.semantic.Function.ParameterKind;
import pyfix.semantic.Syntax;

/**
 * D417: reports a function whose docstring lists parameters ({@code Args:} or {@code Parameters})
 * but not all of them; {@code self}/{@code cls}, names starting with {@code _} and, for {@code
 * *args}, either spelling count as Ruff counts them.
 */
public final class UndocumentedParamFixer extends DocstringRule {
  private static final Set<String> STATICMETHOD = Set.of("builtins.staticmethod");

  /** The rule, off by default. */
  public UndocumentedParamFixer() {
    super(RuleMetadata.offByDefault("D417", "undocumented-param", Kind.SEMANTIC, FixSafety.NONE));
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FunctionDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    var def = (FunctionDefContext) node;
    String body = body(Syntax.docstring(def.block()));
    if (body == null || body.isBlank() || offByConvention(context) || ignored(def, context)) {
      return;
    }
    for (Set<String> documented : DocumentedParameters.of(body, options(context).convention())) {
      Set<String> missing = missing(def, documented, context);
      if (!missing.isEmpty()) {
        String names = "`" + String.join("`, `", missing) + "`";
        String message =
            (missing.size() == 1
                    ? "Missing argument description in the docstring for `"
                    : "Missing argument descriptions in the docstring for `")
                + def.NAME().getText()
                + "`: "
                + names;
        context.report(
            Finding.reportOnly(
                metadata().code(), message, Syntax.start(def.NAME()), Syntax.end(def.NAME())));
      }
    }
  }

  private static Set<String> missing(
      FunctionDefContext def, Set<String> documented, RuleContext context) {
    Set<String> missing = new TreeSet<>();
    boolean skipFirst =
        Definitions.isMethod(def) && !Definitions.decoratedWith(def, context.model(), STATICMETHOD);
    for (Parameter p : Function.of(def).parameters()) {
      String name = p.name();
      if (name == null || name.startsWith("_")) {
        skipFirst &= p.kind() != ParameterKind.REGULAR;
        continue;
      }
      if (p.kind() == ParameterKind.REGULAR) {
        if (skipFirst) {
          skipFirst = false;
        } else if (!documented.contains(name)) {
          missing.add(name);
        }
      } else {
        String starred = (p.kind() == ParameterKind.VAR_POSITIONAL ? "*" : "**") + name;
        if (!documented.contains(name) && !documented.contains(starred)) {
          missing.add(starred);
        }
      }
    }
    return missing;
  }

  /** The text between the quotes of a one-part docstring, or null. */
  private static String body(StringsContext docstring) {
    if (docstring == null || docstring.getChildCount() != 1) {
      return null;
    }
    String literal = docstring.getText();
    int quote = 0;
    while (quote < literal.length() && Character.isLetter(literal.charAt(quote))) {
      quote++;
    }
    if (literal.substring(0, quote).toLowerCase(java.util.Locale.ROOT).contains("b")) {
      return null;
    }
    String quotes =
        literal.startsWith("\"\"\"", quote) || literal.startsWith("'''", quote)
            ? literal.substring(quote, quote + 3)
            : literal.substring(quote, quote + 1);
    return literal.substring(quote + quotes.length(), literal.length() - quotes.length());
  }
}
