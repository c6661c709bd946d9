package pyfix.semantic;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.source.Token;

/** Offsets and shapes shared by every view of the parse tree. */
public final class Syntax {
  private Syntax() {}

  /**
   * The block or file whose statements hold {@code node}: two statements are in one body when this
   * is the same for both (not for the two branches of an {@code if}).
   */
  public static ParseTree enclosingBlock(ParseTree node) {
    ParseTree p = node.getParent();
    while (p != null
        && !(p instanceof PythonParser.BlockContext)
        && !(p instanceof PythonParser.FileContext)) {
      p = p.getParent();
    }
    return p;
  }

  /** {@code name} as Python reads it: NFKC-normalized, so {@code ｗｉｄｔｈ} is {@code width}. */
  public static String identifier(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 127) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
      }
    }
    return name;
  }

  /** Offset of the first character of {@code node}. */
  public static int start(ParserRuleContext node) {
    return node.getStart().getStartIndex();
  }

  /** Offset after the last character of {@code node}. */
  public static int end(ParserRuleContext node) {
    return node.getStop().getStopIndex() + 1;
  }

  /** Offset of the first character of terminal {@code node}. */
  public static int start(TerminalNode node) {
    return node.getSymbol().getStartIndex();
  }

  /** Offset after the last character of terminal {@code node}. */
  public static int end(TerminalNode node) {
    return node.getSymbol().getStopIndex() + 1;
  }

  /** The tokenizer's token behind a parser token. */
  public static Token source(org.antlr.v4.runtime.Token token) {
    return ((ParserToken) token).source();
  }

  /**
   * The expression {@code node} stands for, without the one-child wrappers of the grammar ({@code
   * test}, {@code operand}, …) and without redundant parentheses; null for anything else (a
   * comparison, lambda, conditional, tuple).
   */
  public static PythonParser.ExprContext expr(ParseTree node) {
    while (node != null) {
      if (node instanceof PythonParser.ParensContext parens) {
        PythonParser.ElementsContext elements = parens.elements();
        if (elements == null || elements.getChildCount() != 1) {
          return parens;
        }
        node = elements.getChild(0);
      } else if (node instanceof PythonParser.ExprContext e) {
        return e;
      } else if (!(node instanceof ParserRuleContext) || node.getChildCount() != 1) {
        return null;
      } else {
        node = node.getChild(0);
      }
    }
    return null;
  }

  /**
   * Whether {@code e}, with any parentheses around it, is an operand of {@code is} or {@code is
   * not}: a string literal there is a SyntaxWarning, and a constant may be the very object the
   * other side holds where the value built at run time was not ({@code "%s" % x is s}).
   */
  public static boolean isIdentityOperand(PythonParser.ExprContext e) {
    ParserRuleContext node = e;
    ParserRuleContext parent = node.getParent();
    while (parent != null
        && !(parent instanceof PythonParser.ComparisonContext)
        && expr(parent) == e) {
      node = parent;
      parent = parent.getParent();
    }
    if (!(parent instanceof PythonParser.ComparisonContext c)) {
      return false;
    }
    if (identity(c)) {
      return true;
    }
    // the right operand of `a is x` is also the left one of the chain's next operator
    return c.boolExpr(1) == node
        && c.getParent() instanceof PythonParser.ComparisonContext outer
        && outer.boolExpr(0) == c
        && identity(outer);
  }

  private static boolean identity(PythonParser.ComparisonContext c) {
    Compare.Kind kind = Compare.kind(c);
    return kind == Compare.Kind.IS || kind == Compare.Kind.IS_NOT;
  }

  /** {@code e} without the redundant parentheses around it. */
  public static PythonParser.ExprContext unparenthesize(PythonParser.ExprContext e) {
    PythonParser.ExprContext inner = expr(e);
    return inner == null ? e : inner;
  }

  /**
   * The boolean-level expression {@code node} stands for (a comparison, {@code not}, {@code and},
   * {@code or} or an operand), without wrappers and redundant parentheses; null otherwise.
   */
  public static PythonParser.BoolExprContext boolExpr(ParseTree node) {
    while (node instanceof ParserRuleContext) {
      if (node instanceof PythonParser.OperandContext o
          && o.expr() instanceof PythonParser.ParensContext parens
          && parens.elements() != null
          && parens.elements().getChildCount() == 1) {
        node = parens.elements().getChild(0);
      } else if (node instanceof PythonParser.BoolExprContext b) {
        return b;
      } else if (node.getChildCount() != 1) {
        return null;
      } else {
        node = node.getChild(0);
      }
    }
    return null;
  }

  /** Whether {@code node} is the constant {@code None}, maybe parenthesized. */
  public static boolean isNone(ParseTree node) {
    return expr(node) instanceof PythonParser.ConstantContext c && c.NONE() != null;
  }

  /**
   * Whether {@code operand} is a literal number, string, bytes or tuple of them, which CPython
   * folds to a constant and {@code is} warns about ({@code SyntaxWarning}).
   */
  public static boolean isLiteral(ParseTree operand) {
    PythonParser.ExprContext e = expr(operand);
    if (e instanceof PythonParser.ParensContext p) {
      return p.yieldExpression() == null
          && (p.elements() == null
              || p.elements().comprehension() == null
                  && p.elements().starNamedExpression().stream().allMatch(Syntax::isLiteral));
    }
    return e instanceof PythonParser.NumberContext
        || (e instanceof PythonParser.UnaryContext u && isLiteral(u.expr()))
        || (e instanceof PythonParser.StringsContext s
            && s.fstring().isEmpty()
            && s.tstring().isEmpty());
  }

  /** The name {@code node} is, maybe parenthesized, or null. */
  public static String name(ParseTree node) {
    return expr(node) instanceof PythonParser.NameContext n ? n.getText() : null;
  }

  /** The dotted name {@code node} is ({@code a.b.c}), or null. */
  public static String dotted(ParseTree node) {
    PythonParser.ExprContext e = expr(node);
    if (e instanceof PythonParser.NameContext n) {
      return n.getText();
    }
    if (e instanceof PythonParser.AttributeContext a) {
      String left = dotted(a.expr());
      return left == null ? null : left + "." + a.NAME().getText();
    }
    return null;
  }

  /** The last name of a dotted reference ({@code a.b.c} gives {@code c}), or null. */
  public static String lastName(ParseTree node) {
    PythonParser.ExprContext e = expr(node);
    if (e instanceof PythonParser.NameContext n) {
      return n.getText();
    }
    if (e instanceof PythonParser.AttributeContext a) {
      return a.NAME().getText();
    }
    return null;
  }

  /**
   * The statements of {@code block} in order, as Python's {@code ast} lists a body: each {@code
   * SimpleStatementContext} of a line ({@code a; b} gives two) or {@code CompoundStatementContext}.
   */
  public static List<ParserRuleContext> statements(PythonParser.BlockContext block) {
    List<ParserRuleContext> out = new java.util.ArrayList<>();
    if (inlineBody(block) != null) {
      out.addAll(inlineBody(block).simpleStatement());
    }
    for (PythonParser.StatementContext s : block.statement()) {
      if (s.simpleStatements() != null) {
        out.addAll(s.simpleStatements().simpleStatement());
      } else {
        out.add(s.compoundStatement());
      }
    }
    return out;
  }

  /**
   * The value of a one-part string literal with no prefix but {@code u} and no backslash ({@code
   * "a.b"}, {@code u'x'}), which is its text between the quotes; else null.
   */
  public static String plainStringValue(ParseTree node) {
    if (!(expr(node) instanceof PythonParser.StringsContext s)
        || s.STRING().size() != 1
        || !s.fstring().isEmpty()
        || !s.tstring().isEmpty()) {
      return null;
    }
    String text = s.getText();
    int quote = text.indexOf(text.charAt(text.length() - 1));
    String prefix = text.substring(0, quote);
    if (!prefix.isEmpty() && !prefix.equalsIgnoreCase("u")) {
      return null;
    }
    int q = text.startsWith("\"\"\"", quote) || text.startsWith("'''", quote) ? 3 : 1;
    String body = text.substring(quote + q, text.length() - q);
    return body.indexOf('\\') < 0 ? body : null;
  }

  /**
   * Whether {@code s} starts with a plain string literal statement, as a docstring does; other
   * statements may follow it on its line ({@code """Text."""; x = 1}).
   */
  public static boolean isDocstring(PythonParser.StatementContext s) {
    PythonParser.SimpleStatementsContext simple = s.simpleStatements();
    if (simple == null) {
      return false;
    }
    return isDocstringLiteral(expr(simple.simpleStatement(0)));
  }

  /**
   * Whether {@code e} is a string literal that makes a docstring when it opens a body: no f-string,
   * template string or bytes, which Python never takes for one ({@code __doc__} stays None).
   */
  public static boolean isDocstringLiteral(ParseTree e) {
    if (!(e instanceof PythonParser.StringsContext strings)
        || !strings.fstring().isEmpty()
        || !strings.tstring().isEmpty()) {
      return false;
    }
    for (TerminalNode t : strings.STRING()) {
      String text = t.getText();
      for (int i = 0; i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '"'; i++) {
        if (text.charAt(i) == 'b' || text.charAt(i) == 'B') {
          return false;
        }
      }
    }
    return true;
  }

  /** The docstring of a body, or null. */
  public static PythonParser.StringsContext docstring(List<PythonParser.StatementContext> body) {
    if (body.isEmpty() || !isDocstring(body.get(0))) {
      return null;
    }
    return (PythonParser.StringsContext) expr(body.get(0).simpleStatements().simpleStatement(0));
  }

  /**
   * The statements on the line of a block's colon ({@code if x: y}), or null for an indented block.
   * They are the block's first child when there are any: its generated accessor looks at every
   * child, every statement of a long block.
   */
  public static PythonParser.SimpleStatementsContext inlineBody(PythonParser.BlockContext block) {
    return block.getChild(0) instanceof PythonParser.SimpleStatementsContext s ? s : null;
  }

  /** The docstring of a {@code def} or {@code class} body, also on the line of the colon. */
  public static PythonParser.StringsContext docstring(PythonParser.BlockContext block) {
    PythonParser.SimpleStatementsContext inline = inlineBody(block);
    if (inline == null) {
      for (int i = 0; i < block.getChildCount(); i++) {
        if (block.getChild(i) instanceof PythonParser.StatementContext first) {
          return docstring(List.of(first)); // only the first statement can be one
        }
      }
      return null;
    }
    ParseTree first = expr(inline.simpleStatement(0));
    return isDocstringLiteral(first) ? (PythonParser.StringsContext) first : null;
  }

  /**
   * Whether {@code e}, a whole expression statement, is its body's docstring position or would be
   * once the statements before it are gone: in the same run as a fix that makes it a plain string,
   * F401 and F811 may delete the imports before it, and F811 the {@code def}s and classes ({@code
   * def f(): import os; f"text"} must not end as a function with a docstring).
   */
  public static boolean mayBecomeDocstring(PythonParser.ExprContext e) {
    ParserRuleContext statement = e.getParent();
    while (statement != null && !(statement instanceof PythonParser.SimpleStatementContext)) {
      statement = statement.getParent();
    }
    if (statement == null || expr(statement) != unparenthesize(e)) {
      return false;
    }
    ParserRuleContext line = statement.getParent();
    if (!onlyImportsBefore(line, statement)) {
      return false;
    }
    ParserRuleContext body = line.getParent();
    if (body instanceof PythonParser.StatementContext s) {
      body = s.getParent();
      for (int i = 0; i < body.getChildCount() && body.getChild(i) != s; i++) {
        if (body.getChild(i) instanceof PythonParser.StatementContext before
            && !removable(before)) {
          return false;
        }
      }
    }
    return opensDocstringBody(body);
  }

  /** Whether a fix may delete {@code statement} whole: an import line, a {@code def} or class. */
  private static boolean removable(PythonParser.StatementContext statement) {
    ParseTree first = statement.getChild(0);
    if (first instanceof PythonParser.SimpleStatementsContext line) {
      return onlyImportsBefore(line, null);
    }
    return first instanceof PythonParser.DefinitionContext;
  }

  /** Whether the statements of {@code line} before {@code end} (null: all) are imports. */
  private static boolean onlyImportsBefore(ParserRuleContext line, ParserRuleContext end) {
    for (int i = 0; i < line.getChildCount() && line.getChild(i) != end; i++) {
      if (line.getChild(i) instanceof PythonParser.SimpleStatementContext s
          && !(s instanceof PythonParser.ImportStatementContext
              || s instanceof PythonParser.FromImportStatementContext)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code body} (a file, or a block) is one whose first statement Python may take for a
   * docstring: the module's, or a {@code def}'s or {@code class}'s.
   */
  public static boolean opensDocstringBody(ParserRuleContext body) {
    return body instanceof PythonParser.FileContext
        || body.getParent() instanceof PythonParser.FunctionDefContext
        || body.getParent() instanceof PythonParser.ClassDefContext;
  }

  /**
   * The {@code def} whose body runs the code at {@code node}, or null at module level, in a class
   * body or in a lambda (each its own scope, never a coroutine's body).
   */
  public static PythonParser.FunctionDefContext enclosingFunction(ParseTree node) {
    ParseTree child = node;
    for (ParseTree p = node.getParent(); p != null; child = p, p = p.getParent()) {
      // defaults, annotations, decorators and bases run in the enclosing scope, not the body
      // a def's or class's only block is its body; a lambda's test starts with the keyword
      if (p instanceof PythonParser.FunctionDefContext def
          && child instanceof PythonParser.BlockContext) {
        return def;
      }
      if (p instanceof PythonParser.ClassDefContext && child instanceof PythonParser.BlockContext
          || p instanceof PythonParser.TestContext t
              && t.getChild(0) instanceof ParserToken
              && child == t.getChild(t.getChildCount() - 1)) {
        return null;
      }
    }
    return null;
  }

  /** Whether the code at {@code node} runs in the body of an {@code async def}. */
  public static boolean inAsyncFunction(ParseTree node) {
    PythonParser.FunctionDefContext def = enclosingFunction(node);
    return def != null && def.ASYNC() != null;
  }
}
