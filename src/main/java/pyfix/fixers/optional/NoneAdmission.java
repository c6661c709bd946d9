package pyfix.fixers.optional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.fixers.common.Evaluation;
import pyfix.parse.PythonParser;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.StandardLibrary;
import pyfix.semantic.Syntax;

/**
 * Whether an annotation admits None, read as Ruff reads it for RUF013: only builtins and names
 * imported from the standard library are known types; a name defined in the module or imported from
 * elsewhere may be an alias that admits None, so it is unknown.
 */
enum NoneAdmission {
  ADMITS,
  UNKNOWN,
  EXCLUDES;

  private static final Pattern READABLE_STRING =
      Pattern.compile("([\"'])([A-Za-z_][A-Za-z0-9_.\\[\\], |]*)\\1");
  private static final Pattern NONE_WORDS =
      Pattern.compile("\\b(None|Optional|Any|object|Hashable)\\b");
  private static final Pattern DOTTED =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_]\\w*)*");
  private static final Set<String> ADMITTING =
      Set.of(
          "typing.Any",
          "typing.Optional",
          "typing.Hashable",
          "collections.abc.Hashable",
          "builtins.object");

  /** The verdict on annotation {@code e}. */
  static NoneAdmission of(PythonParser.ExprContext e, SemanticModel model) {
    if (e instanceof PythonParser.ConstantContext c) {
      return c.NONE() != null ? ADMITS : UNKNOWN;
    }
    if (e instanceof PythonParser.NameContext || e instanceof PythonParser.AttributeContext) {
      return name(model.qualifiedName(e));
    }
    if (e instanceof PythonParser.BitOrContext or) {
      return combine(or.expr().stream().map(x -> of(Syntax.expr(x), model)).toList());
    }
    if (e instanceof PythonParser.SubscriptionContext sub) {
      return subscript(sub, model);
    }
    if (e instanceof PythonParser.StringsContext s) {
      return string(s, model);
    }
    return UNKNOWN;
  }

  private static NoneAdmission name(String qualifiedName) {
    String q = Evaluation.typingName(qualifiedName);
    if (q == null) {
      return UNKNOWN;
    }
    if (ADMITTING.contains(q)) {
      return ADMITS;
    }
    return q.startsWith("builtins.") || StandardLibrary.contains(q) ? EXCLUDES : UNKNOWN;
  }

  private static NoneAdmission subscript(
      PythonParser.SubscriptionContext sub, SemanticModel model) {
    String head = Evaluation.typingName(model.qualifiedName(sub.expr()));
    List<PythonParser.ExprContext> args = new ArrayList<>();
    for (PythonParser.SliceContext slice : sub.slices().slice()) {
      args.add(slice.getChildCount() == 1 && slice.test().size() == 1 ? Syntax.expr(slice) : null);
    }
    if ("typing.Optional".equals(head)) {
      return ADMITS;
    }
    if ("typing.Union".equals(head)) {
      return combine(args.stream().map(a -> of(a, model)).toList());
    }
    if ("typing.Literal".equals(head)) {
      return literal(args, model);
    }
    if ("typing.Annotated".equals(head)) {
      return of(args.get(0), model);
    }
    return name(head) == EXCLUDES ? EXCLUDES : UNKNOWN;
  }

  /**
   * The values of a {@code Literal[...]}: it admits None when one of them is None or a nested
   * {@code Literal} that does ({@code Literal[1, Literal[None]]}); a plain name may be an alias of
   * one, so it is unknown; other values (numbers, strings, enum members) exclude None.
   */
  private static NoneAdmission literal(List<PythonParser.ExprContext> values, SemanticModel model) {
    NoneAdmission verdict = EXCLUDES;
    for (PythonParser.ExprContext v : values) {
      if (v == null || v instanceof PythonParser.NameContext) {
        verdict = UNKNOWN;
      } else if (Syntax.isNone(v)
          || v instanceof PythonParser.SubscriptionContext sub && subscript(sub, model) == ADMITS) {
        return ADMITS;
      }
    }
    return verdict;
  }

  /** A one-piece string of names, dots, brackets, commas and {@code |}; anything else unknown. */
  private static NoneAdmission string(PythonParser.StringsContext s, SemanticModel model) {
    Matcher m = READABLE_STRING.matcher(s.getText());
    if (s.getChildCount() != 1 || !m.matches()) {
      return UNKNOWN;
    }
    if (NONE_WORDS.matcher(m.group(2)).find()) {
      return ADMITS;
    }
    List<NoneAdmission> parts = new ArrayList<>();
    for (String part : topLevelParts(m.group(2))) {
      int bracket = part.indexOf('[');
      String head = (bracket < 0 ? part : part.substring(0, bracket)).strip();
      if (!DOTTED.matcher(head).matches()) {
        return UNKNOWN;
      }
      String q = Evaluation.typingName(model.qualifiedName(head, s));
      boolean special = q != null && q.matches("typing\\.(Union|Literal|Annotated)");
      parts.add(special ? UNKNOWN : name(q));
    }
    return combine(parts);
  }

  /** The parts of {@code text} between the {@code |} outside brackets. */
  private static List<String> topLevelParts(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (c == '|' && depth == 0) {
        parts.add(text.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(text.substring(from));
    return parts;
  }

  private static NoneAdmission combine(List<NoneAdmission> parts) {
    if (parts.contains(ADMITS)) {
      return ADMITS;
    }
    return parts.contains(UNKNOWN) ? UNKNOWN : EXCLUDES;
  }
}
