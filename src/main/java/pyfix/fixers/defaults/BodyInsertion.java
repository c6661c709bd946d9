package pyfix.fixers.defaults;

import java.util.List;
import java.util.Set;
import pyfix.fix.Edit;
import pyfix.fixers.common.SignatureTypeComment;
import pyfix.parse.ParsedFile;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * The {@code if NAME is None:} / {@code NAME = <default>} statements B006 adds to a body.
 *
 * <p>They go after the docstring and after any leading {@code if P is None:} block of a parameter
 * {@code P} that comes earlier, so that parameters fixed in different rounds still end up in
 * parameter order. The body's own indentation is reused; the default's text moves verbatim, its
 * continuation lines shifted by as much as its first line moves.
 */
final class BodyInsertion {
  private BodyInsertion() {}

  /** The insertion for {@code group} into the body of {@code def}. */
  static Edit of(
      ParsedFile file,
      PythonParser.FunctionDefContext def,
      List<MutableParameter> group,
      Set<String> earlier) {
    String nl = file.stylist().newline();
    PythonParser.BlockContext block = def.block();
    List<PythonParser.StatementContext> statements = block.statement();
    int k = startsWithDocstring(statements.get(0)) ? 1 : 0;
    while (k < statements.size() && isNoneCheck(statements.get(k), earlier)) {
      k++;
    }
    Token newline =
        k == 0
            ? source(block.NEWLINE().getSymbol())
            : lastNewline(file, Nodes.lastToken(statements.get(k - 1)));
    String indent = source(block.INDENT().getSymbol()).text(file.text());
    // a form feed resets Python's column count; the inserted lines need only what follows it
    String body = indent.substring(indent.lastIndexOf('\f') + 1);
    String unit = unit(file, def, body);
    StringBuilder text = new StringBuilder(newline.end() == newline.start() ? nl : "");
    for (MutableParameter p : group) {
      text.append(body).append("if ").append(p.name()).append(" is None:").append(nl);
      text.append(body).append(unit).append(p.name()).append(" = ");
      text.append(reindented(file, p.value(), body + unit)).append(nl);
    }
    return Edit.insert(newline.end(), text.toString());
  }

  /** Why the lines cannot go into {@code def}'s body, or null. */
  static String refusal(ParsedFile file, PythonParser.FunctionDefContext def) {
    if (Syntax.inlineBody(def.block()) != null) {
      return "the body is on the `def` line";
    }
    PythonParser.StatementContext first = def.block().statement(0);
    if (startsWithDocstring(first) && first.simpleStatements().simpleStatement().size() > 1) {
      return "the docstring shares its line with other statements";
    }
    if (SignatureTypeComment.in(file, def)) {
      // the guard would go above a signature comment, which must open the body, and the comment
      // would still give the old type
      return "the signature is typed in a `# type:` comment";
    }
    return null;
  }

  /**
   * Whether the body starts with a docstring, which the insertion must stay after (an f-string
   * there is an expression that runs, and may read the parameter).
   */
  static boolean startsWithDocstring(PythonParser.StatementContext first) {
    return first.simpleStatements() != null
        && Syntax.isDocstringLiteral(Syntax.expr(first.simpleStatements().simpleStatement(0)));
  }

  private static boolean isNoneCheck(PythonParser.StatementContext s, Set<String> names) {
    if (!(s.compoundStatement() instanceof PythonParser.IfStatementContext i)
        || i.namedExpression().size() != 1
        || i.block().size() != 1) {
      return false;
    }
    PythonParser.NamedExpressionContext condition = i.namedExpression(0);
    return condition.getChildCount() == 1
        && condition.test(0).boolExpr(0) instanceof PythonParser.ComparisonContext c
        && c.getChildCount() == 3
        && Nodes.isToken(c.getChild(1), "is")
        && Syntax.isNone(c.getChild(2))
        && names.contains(Syntax.name(c.getChild(0)));
  }

  private static Token lastNewline(ParsedFile file, int from) {
    for (int i = from; i >= 0; i--) {
      if (file.tokens().get(i).kind() == TokenKind.NEWLINE) {
        return file.tokens().get(i);
      }
    }
    throw new IllegalStateException("a statement ends without NEWLINE");
  }

  /** One indentation step: how much deeper the body sits than the {@code def} line. */
  private static String unit(ParsedFile file, PythonParser.FunctionDefContext def, String body) {
    String outer = indentation(file, Syntax.start(def));
    return body.startsWith(outer) && body.length() > outer.length()
        ? body.substring(outer.length())
        : file.stylist().indent();
  }

  /** The leading whitespace of the line holding {@code offset}. */
  private static String indentation(ParsedFile file, int offset) {
    String text = file.text();
    int start = file.lines().lineStart(file.lines().line(offset));
    int end = start;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    return text.substring(start, end);
  }

  /**
   * The default's text with the indentation of each continuation line moved from the default's
   * first line to {@code indent}; lines inside strings are never touched, and a line that is not
   * indented at least as deep as the first one keeps its own indentation.
   */
  private static String reindented(ParsedFile file, PythonParser.TestContext value, String indent) {
    String text = file.text();
    String origin = indentation(file, Syntax.start(value));
    List<Token> tokens = file.tokens();
    int first = Nodes.firstToken(value);
    int last = Nodes.lastToken(value);
    StringBuilder out = new StringBuilder();
    for (int i = first; i <= last; i++) {
      Token t = tokens.get(i);
      String s = t.text(text);
      boolean lineStart =
          i > first
              && (tokens.get(i - 1).kind() == TokenKind.NL
                  || tokens.get(i - 1).kind() == TokenKind.CONTINUATION);
      if (lineStart && t.kind() == TokenKind.WHITESPACE) {
        boolean blank = i + 1 <= last && tokens.get(i + 1).kind() == TokenKind.NL;
        out.append(!blank && s.startsWith(origin) ? indent + s.substring(origin.length()) : s);
      } else if (lineStart && origin.isEmpty() && t.kind() != TokenKind.NL) {
        out.append(indent).append(s);
      } else {
        out.append(s);
      }
    }
    return out.toString();
  }

  private static Token source(org.antlr.v4.runtime.Token token) {
    return ((ParserToken) token).source();
  }
}
