package pyfix.fixers.naming;

import java.util.Locale;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.fix.Finding;
import pyfix.fix.RuleContext;
import pyfix.semantic.Syntax;

/**
 * What the pep8-naming rules share: the case tests (as pep8-naming and Ruff define them), the
 * {@code ignore-names} setting, and how a finding on a name is reported.
 */
final class Names {
  private Names() {}

  /** Whether {@code name} has no upper-case letter. */
  static boolean isLowercase(String name) {
    return name.toLowerCase(Locale.ROOT).equals(name);
  }

  /** Whether {@code name} has a letter and no upper-case one. */
  static boolean isCasedLowercase(String name) {
    return isLowercase(name) && !name.toUpperCase(Locale.ROOT).equals(name);
  }

  /** Whether {@code name} has a letter and no lower-case one: a constant's name. */
  static boolean isCasedUppercase(String name) {
    return name.toUpperCase(Locale.ROOT).equals(name) && !isLowercase(name);
  }

  /** Whether {@code name} is CapWords or mixedCase: both cases and no underscore. */
  static boolean isCamelCase(String name) {
    return !isCasedLowercase(name) && !isCasedUppercase(name) && name.indexOf('_') < 0;
  }

  /** Whether {@code name}, past one leading underscore, starts lower case and has upper case. */
  static boolean isMixedCase(String name) {
    String rest = name.startsWith("_") ? name.substring(1) : name;
    return !isLowercase(name) && !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0));
  }

  /** Whether {@code name} is a dunder such as {@code __init__}. */
  static boolean isDunder(String name) {
    return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
  }

  /** Whether the {@code ignore-names} setting exempts {@code name}. */
  static boolean ignored(String name, RuleContext context) {
    return context.settings().options().naming().ignores(name);
  }

  /** Reports {@code message} under {@code code} on the identifier {@code name}. */
  static void report(String code, String message, TerminalNode name, RuleContext context) {
    report(code, message, Syntax.start(name), Syntax.end(name), context);
  }

  /** Reports {@code message} under {@code code} on the text from {@code start} to {@code end}. */
  static void report(String code, String message, int start, int end, RuleContext context) {
    context.report(Finding.reportOnly(code, message, start, end));
  }
}
