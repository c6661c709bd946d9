package pyfix.fixers.naming;

import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.fix.Finding;
import pyfix.fix.RuleContext;
import pyfix.parse.PythonParser.DecoratorContext;
import pyfix.parse.PythonParser.DefinitionContext;
import pyfix.semantic.Syntax;

/** What the pep8-naming rules share: the case tests and how a finding on a name is reported. */
final class Names {
  private Names() {}

  /** Whether {@code name} has no upper-case letter. */
  static boolean isLowercase(String name) {
    return name.toLowerCase(Locale.ROOT).equals(name);
  }

  /** Whether {@code name} is a dunder such as {@code __init__}. */
  static boolean isDunder(String name) {
    return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
  }

  /** Reports {@code message} under {@code code} on the identifier {@code name}. */
  static void report(String code, String message, TerminalNode name, RuleContext context) {
    context.report(Finding.reportOnly(code, message, Syntax.start(name), Syntax.end(name)));
  }

  /** The decorators written above the {@code def} or {@code class} {@code node}. */
  static List<DecoratorContext> decorators(ParserRuleContext node) {
    return node.getParent() instanceof DefinitionContext d ? d.decorator() : List.of();
  }
}
