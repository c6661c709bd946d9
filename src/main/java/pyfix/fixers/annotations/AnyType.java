package pyfix.fixers.annotations;

import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonParser;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * Whether an annotation is {@code typing.Any}, as Ruff's ANN401 reads it: {@code Any}, or a union
 * ({@code Optional[...]}, {@code Union[...]}, {@code X | Y}) holding it, also inside quotes.
 */
final class AnyType {
  private static final Set<String> ANY = Set.of("typing.Any", "typing_extensions.Any");
  private static final Set<String> UNIONS =
      Set.of(
          "typing.Optional",
          "typing.Union",
          "typing_extensions.Optional",
          "typing_extensions.Union");

  private AnyType() {}

  /** Whether {@code annotation} resolves to {@code Any}; names are read at {@code at}. */
  static boolean is(ParseTree annotation, ParseTree at, SemanticModel model) {
    PythonParser.ExprContext e = Syntax.expr(annotation);
    if (e instanceof PythonParser.StringsContext s) {
      ParseTree quoted = quoted(s);
      return quoted != null && is(quoted, at, model);
    }
    if (e instanceof PythonParser.BitOrContext or) {
      return is(or.expr(0), at, model) || is(or.expr(1), at, model);
    }
    if (e instanceof PythonParser.SubscriptionContext sub) {
      String head = name(sub.expr(), at, model);
      if (head == null || !UNIONS.contains(head)) {
        return false;
      }
      for (PythonParser.SliceContext slice : sub.slices().slice()) {
        if (slice.sliceTail() == null && slice.test().size() == 1 && is(slice.test(0), at, model)) {
          return true;
        }
      }
      return false;
    }
    String name = name(e, at, model);
    return name != null && ANY.contains(name);
  }

  private static String name(ParseTree e, ParseTree at, SemanticModel model) {
    String dotted = Syntax.dotted(e);
    return dotted == null ? null : model.qualifiedName(dotted, at);
  }

  /**
   * The expression a plain one-part string holds, or null when it has escapes or does not parse.
   */
  private static ParseTree quoted(PythonParser.StringsContext s) {
    if (s.getChildCount() != 1 || !s.fstring().isEmpty() || !s.tstring().isEmpty()) {
      return null;
    }
    String literal = s.getText();
    String prefix = literal.substring(0, firstQuote(literal));
    if (!prefix.isEmpty() && !prefix.equalsIgnoreCase("r") && !prefix.equalsIgnoreCase("u")) {
      return null;
    }
    String body = literal.substring(prefix.length());
    int quotes = body.startsWith("\"\"\"") || body.startsWith("'''") ? 3 : 1;
    String content = body.substring(quotes, body.length() - quotes);
    if (content.contains("\\") || content.contains("\n") || content.isBlank()) {
      return null;
    }
    try {
      PythonParser.FileContext tree = ParsedFile.parse("(" + content.strip() + ")\n").tree();
      return tree.statement(0).simpleStatements().simpleStatement(0);
    } catch (PyfixSyntaxException e) {
      return null;
    }
  }

  private static int firstQuote(String literal) {
    for (int i = 0; i < literal.length(); i++) {
      if (literal.charAt(i) == '"' || literal.charAt(i) == '\'') {
        return i;
      }
    }
    return 0;
  }
}
