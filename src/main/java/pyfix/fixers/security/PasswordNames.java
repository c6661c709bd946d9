package pyfix.fixers.security;

import java.util.regex.Pattern;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.semantic.Syntax;

/** What S105, S106 and S107 share: names that hold a password, and non-empty string literals. */
final class PasswordNames {
  /** Ruff's and bandit's candidates: a word of a snake_case name, in any case. */
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(^|_)(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)($|_)", Pattern.CASE_INSENSITIVE);

  /**
   * Last words that make the name describe a secret rather than hold one ({@code TOKEN_URL}, {@code
   * token_type}, {@code PASSWORD_FIELD}): the false positives most complained about.
   */
  private static final Pattern DESCRIPTIVE =
      Pattern.compile(
          "_(url|uri|endpoint|path|file|dir|type|types|kind|name|names|field|key_name|param|header|"
              + "prompt|label|length|len|pattern|regex|format|env|var|attr|column|col|prefix|"
              + "suffix|help|placement|location|separator|sep)$",
          Pattern.CASE_INSENSITIVE);

  private PasswordNames() {}

  /** Whether a variable, attribute, key or parameter named {@code name} holds a password. */
  static boolean holdsPassword(String name) {
    return name != null && CANDIDATE.matcher(name).find() && !DESCRIPTIVE.matcher(name).find();
  }

  /**
   * Whether {@code name}, compared with a string, is a password: as {@link #holdsPassword}, but a
   * name ending in {@code token} is a parser's token far more often than a credential ({@code if
   * next_token == "def":}).
   */
  static boolean comparedPassword(String name) {
    return holdsPassword(name) && !name.matches("(?i)(.*_)?token");
  }

  /**
   * The string literal {@code node} is when it is a non-empty plain {@code str} (not bytes, not an
   * f-string, maybe implicitly concatenated), else null.
   */
  static StringsContext secret(ParseTree node) {
    if (!(Syntax.expr(node) instanceof StringsContext s)
        || !s.fstring().isEmpty()
        || !s.tstring().isEmpty()) {
      return null;
    }
    boolean empty = true;
    for (var t : s.STRING()) {
      String text = t.getText();
      int quote = 0;
      while (Character.isLetter(text.charAt(quote))) {
        quote++;
      }
      if (text.substring(0, quote).toLowerCase(java.util.Locale.ROOT).contains("b")) {
        return null;
      }
      int q = text.startsWith("\"\"\"", quote) || text.startsWith("'''", quote) ? 3 : 1;
      empty &= text.length() - quote - 2 * q == 0;
    }
    return empty ? null : s;
  }

  /** The name a target writes: a name, the last attribute, or a string subscript key. */
  static String targetName(ParseTree target) {
    PythonParser.ExprContext e = Syntax.expr(target);
    if (e instanceof PythonParser.NameContext n) {
      return n.getText();
    }
    if (e instanceof PythonParser.AttributeContext a) {
      return a.NAME().getText();
    }
    if (e instanceof PythonParser.SubscriptionContext sub
        && sub.slices().slice().size() == 1
        && Syntax.expr(sub.slices().slice(0)) instanceof StringsContext key
        && key.fstring().isEmpty()
        && key.STRING().size() == 1) {
      String text = key.STRING(0).getText();
      return text.replaceAll("^[a-zA-Z]*(['\"])", "").replaceAll("['\"]$", "");
    }
    return null;
  }
}
