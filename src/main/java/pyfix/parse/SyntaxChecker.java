package pyfix.parse;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.PythonParser.ArgumentContext;
import pyfix.parse.PythonParser.ArgumentsContext;
import pyfix.parse.PythonParser.AttributeContext;
import pyfix.parse.PythonParser.AwaitExprContext;
import pyfix.parse.PythonParser.BoolExprContext;
import pyfix.parse.PythonParser.BraceItemContext;
import pyfix.parse.PythonParser.BracesContext;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.ClassArgumentContext;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.parse.PythonParser.ClosedPatternContext;
import pyfix.parse.PythonParser.ComparisonContext;
import pyfix.parse.PythonParser.ConstantContext;
import pyfix.parse.PythonParser.ConstantPatternContext;
import pyfix.parse.PythonParser.DelStatementContext;
import pyfix.parse.PythonParser.ElementsContext;
import pyfix.parse.PythonParser.ExceptClauseContext;
import pyfix.parse.PythonParser.ExprContext;
import pyfix.parse.PythonParser.ExpressionStatementContext;
import pyfix.parse.PythonParser.FstringContext;
import pyfix.parse.PythonParser.LambdaParameterContext;
import pyfix.parse.PythonParser.LambdaParametersContext;
import pyfix.parse.PythonParser.ListContext;
import pyfix.parse.PythonParser.ListPatternContext;
import pyfix.parse.PythonParser.MappingItemContext;
import pyfix.parse.PythonParser.MappingPatternContext;
import pyfix.parse.PythonParser.NameContext;
import pyfix.parse.PythonParser.NamePatternContext;
import pyfix.parse.PythonParser.NumberContext;
import pyfix.parse.PythonParser.NumberPatternContext;
import pyfix.parse.PythonParser.OperandContext;
import pyfix.parse.PythonParser.ParameterContext;
import pyfix.parse.PythonParser.ParametersContext;
import pyfix.parse.PythonParser.ParensContext;
import pyfix.parse.PythonParser.PatternsContext;
import pyfix.parse.PythonParser.ReplacementFieldContext;
import pyfix.parse.PythonParser.SimpleStatementContext;
import pyfix.parse.PythonParser.StarExpressionContext;
import pyfix.parse.PythonParser.StarExpressionsContext;
import pyfix.parse.PythonParser.StarNamedExpressionContext;
import pyfix.parse.PythonParser.StringPatternContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.parse.PythonParser.SubjectContext;
import pyfix.parse.PythonParser.SubscriptionContext;
import pyfix.parse.PythonParser.TargetContext;
import pyfix.parse.PythonParser.TargetListContext;
import pyfix.parse.PythonParser.TestContext;
import pyfix.parse.PythonParser.TryStatementContext;
import pyfix.parse.PythonParser.TstringContext;
import pyfix.parse.PythonParser.UnaryContext;
import pyfix.parse.PythonParser.WithItemContext;

/**
 * The rules CPython's {@code ast.parse} enforces beyond what the grammar says: what may be assigned
 * to or deleted, argument and parameter order, starred and unpacking positions, string prefixes
 * that cannot be mixed, and the literal and capture rules of patterns. The grammar calls these as
 * its rules complete, so checking costs no walk over the tree; a violation is thrown as a {@link
 * ParseFailure}.
 */
final class SyntaxChecker {
  private SyntaxChecker() {}

  // Statements

  /** Targets of `=`, augmented and annotated assignments. */
  static void expressionStatement(SimpleStatementContext statement) {
    ExpressionStatementContext ctx = (ExpressionStatementContext) statement;
    StarExpressionsContext first = ctx.starExpressions(0);
    if (ctx.getChildCount() > 1) {
      Token operator = (ParserToken) ctx.getChild(1);
      switch (operator.getType()) {
        case PythonParser.COLON -> checkAnnotated(first);
        case PythonParser.EQUAL -> checkAssigned(ctx);
        default -> checkAugmented(first);
      }
    }
  }

  private static void checkAssigned(ExpressionStatementContext ctx) {
    for (int i = 0; i + 1 < ctx.getChildCount(); i += 2) {
      ParseTree target = ctx.getChild(i);
      if (target instanceof StarExpressionsContext s) {
        for (StarExpressionContext e : s.starExpression()) {
          target(e, false);
        }
      } else {
        throw ParseFailure.at(start(target), "assignment to yield expression not possible");
      }
    }
  }

  private static void checkAugmented(StarExpressionsContext target) {
    ExprContext e = single(target);
    if (!(e instanceof NameContext
        || e instanceof AttributeContext
        || e instanceof SubscriptionContext)) {
      throw ParseFailure.at(target.start, "illegal expression for augmented assignment");
    }
  }

  private static void checkAnnotated(StarExpressionsContext target) {
    ExprContext e = single(target);
    if (e instanceof NameContext
        || (e instanceof AttributeContext || e instanceof SubscriptionContext)
            && !(innermostPrimary(e) instanceof ParensContext p && isGroup(p))) {
      return;
    }
    String what =
        e == null || e instanceof ParensContext
            ? "tuple"
            : e instanceof ListContext ? "list" : null;
    throw ParseFailure.at(
        target.start,
        what == null
            ? "illegal target for annotation"
            : "only single target (not " + what + ") can be annotated");
  }

  /** The atom that a chain of attributes, subscripts and calls starts from. */
  private static ExprContext innermostPrimary(ExprContext e) {
    while (true) {
      if (e instanceof AttributeContext a) {
        e = a.expr();
      } else if (e instanceof SubscriptionContext s) {
        e = s.expr();
      } else if (e instanceof CallContext c) {
        e = c.expr();
      } else {
        return e;
      }
    }
  }

  /**
   * Whether {@code p} holds one assignable name, attribute or subscript. CPython's grammar reads
   * {@code (a)} before an annotation as a parenthesized target and does not go back, so {@code
   * (a).b: int} is rejected while {@code (a + b).c: int} is not.
   */
  private static boolean isGroup(ParensContext p) {
    ExprContext inner = unparenthesized(p);
    return inner != p
        && (inner instanceof NameContext
            || inner instanceof AttributeContext
            || inner instanceof SubscriptionContext);
  }

  /** The lone unstarred expression of {@code s}, parentheses removed; null for a tuple. */
  private static ExprContext single(StarExpressionsContext s) {
    if (s.getChildCount() != 1 || s.starExpression(0).test() == null) {
      return null;
    }
    return unparenthesized(plain(s.starExpression(0).test()));
  }

  /**
   * {@code e} without the parentheses around it (not those of a tuple); null for more than expr.
   */
  private static ExprContext unparenthesized(ExprContext e) {
    while (e instanceof ParensContext p) {
      ElementsContext inner = p.elements();
      if (inner == null
          || inner.getChildCount() != 1
          || inner.starNamedExpression(0).getChildCount() != 1
          || inner.starNamedExpression(0).test(0) == null) {
        return e;
      }
      e = plain(inner.starNamedExpression(0).test(0));
    }
    return e;
  }

  /** The bitwise-level expression that {@code t} consists of, or null if it is more. */
  private static ExprContext plain(TestContext t) {
    if (t.getChildCount() == 1 && t.boolExpr(0) instanceof OperandContext o) {
      return o.expr();
    }
    return null;
  }

  /** The targets of `for`, comprehensions and `del`. */
  static void targetList(TargetListContext list) {
    boolean delete = list.getParent() instanceof DelStatementContext;
    for (TargetContext t : list.target()) {
      target(t, delete);
    }
  }

  /** The target after a with-item's `as`. */
  static void withItem(WithItemContext ctx) {
    target(ctx.target(), false);
  }

  /**
   * `except` and `except*` cannot share a `try`: checked, as CPython does, when the clause that
   * mixes them is read (the `try` already holds it).
   */
  static void exceptClause(ExceptClauseContext clause) {
    ExceptClauseContext first = ((TryStatementContext) clause.getParent()).exceptClause(0);
    if ((clause.STAR() != null) != (first.STAR() != null)) {
      throw ParseFailure.at(
          clause.start, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }

  // Targets

  private static void target(ParseTree node, boolean delete) {
    if (node instanceof TargetContext t) {
      starredTarget(t.STAR(), t.expr(), delete);
    } else if (node instanceof StarExpressionContext s) {
      if (s.test() != null) {
        target(s.test(), delete);
      } else {
        starredTarget(s.STAR(), s.expr(), delete);
      }
    } else if (node instanceof StarNamedExpressionContext s) {
      if (s.COLONEQUAL() != null) {
        throw invalidTarget(s.start, "named expression", delete);
      } else if (s.STAR() != null) {
        starredTarget(s.STAR(), s.expr(), delete);
      } else {
        target(s.test(0), delete);
      }
    } else if (node instanceof TestContext t) {
      if (t.getChildCount() == 1) {
        target(t.boolExpr(0), delete);
      } else {
        String what = t.LAMBDA() != null ? "lambda" : "conditional expression";
        throw invalidTarget(t.start, what, delete);
      }
    } else if (node instanceof BoolExprContext b) {
      if (b instanceof OperandContext o) {
        target(o.expr(), delete);
      } else {
        String what = b instanceof ComparisonContext ? "comparison" : "expression";
        throw invalidTarget(b.start, what, delete);
      }
    } else {
      exprTarget((ExprContext) node, delete);
    }
  }

  private static void starredTarget(TerminalNode star, ExprContext e, boolean delete) {
    if (star != null && delete) {
      throw ParseFailure.at(star.getSymbol(), "cannot delete starred");
    }
    exprTarget(e, delete);
  }

  private static void exprTarget(ExprContext e, boolean delete) {
    if (e instanceof NameContext
        || e instanceof AttributeContext
        || e instanceof SubscriptionContext) {
      return;
    }
    if (e instanceof ParensContext p) {
      if (p.yieldExpression() != null) {
        throw invalidTarget(p.yieldExpression().start, "yield expression", delete);
      }
      elementTargets(p.elements(), "generator expression", delete);
    } else if (e instanceof ListContext l) {
      elementTargets(l.elements(), "list comprehension", delete);
    } else {
      throw invalidTarget(e.start, describe(e), delete);
    }
  }

  private static void elementTargets(
      ElementsContext elements, String comprehension, boolean delete) {
    if (elements == null) {
      return;
    }
    if (elements.comprehension() != null) {
      throw invalidTarget(elements.start, comprehension, delete);
    }
    for (StarNamedExpressionContext s : elements.starNamedExpression()) {
      target(s, delete);
    }
  }

  private static String describe(ExprContext e) {
    if (e instanceof CallContext) {
      return "function call";
    } else if (e instanceof NumberContext) {
      return "literal";
    } else if (e instanceof StringsContext s) {
      return s.fstring().isEmpty() && s.tstring().isEmpty() ? "literal" : "f-string expression";
    } else if (e instanceof ConstantContext c) {
      return c.ELLIPSIS() != null ? "ellipsis" : c.getText();
    } else if (e instanceof AwaitExprContext) {
      return "await expression";
    } else if (e instanceof BracesContext b) {
      return b.braceItem().isEmpty() || isDictItem(b.braceItem(0)) ? "dict literal" : "set display";
    }
    return "expression";
  }

  private static ParseFailure invalidTarget(Token at, String what, boolean delete) {
    return ParseFailure.at(at, (delete ? "cannot delete " : "cannot assign to ") + what);
  }

  // Assignment expressions and keyword arguments

  /** The target of {@code :=}, the first child of {@code ctx}. */
  static void walrus(ParserRuleContext ctx) {
    walrusTarget((TestContext) ctx.getChild(0));
  }

  private static void walrusTarget(TestContext t) {
    ExprContext e = plain(t);
    if (e instanceof NameContext) {
      return;
    }
    // as CPython, name what the parentheses hold, and where it starts
    ExprContext inner = unparenthesized(e);
    String what =
        inner instanceof NameContext
            ? "name"
            : inner instanceof AttributeContext
                ? "attribute"
                : inner instanceof SubscriptionContext
                    ? "subscript"
                    : inner instanceof ParensContext ? "tuple" : "expression";
    throw ParseFailure.at(
        inner == null ? t.start : inner.start, "cannot use assignment expressions with " + what);
  }

  /**
   * Argument order, keyword names and unparenthesized generators, in calls and class bases. Order
   * errors are reported, as CPython does, at {@code next}, the token after the arguments.
   */
  static void arguments(ArgumentsContext ctx, Token next) {
    boolean keyword = false;
    boolean doubleStar = false;
    for (int i = 0; i < ctx.getChildCount(); i += 2) {
      ArgumentContext a = (ArgumentContext) ctx.getChild(i);
      int kind =
          a.getChildCount() == 1
              ? 0
              : kind(a.getChild(a.getChild(0) instanceof TestContext ? 1 : 0));
      if (kind == PythonParser.DOUBLESTAR) {
        doubleStar = true;
      } else if (kind == PythonParser.STAR) {
        if (doubleStar) {
          throw ParseFailure.at(
              a.start, "iterable argument unpacking follows keyword argument unpacking");
        }
      } else if (kind == PythonParser.EQUAL) {
        keyword = true;
        keywordName(a.test(0));
      } else {
        if (kind == PythonParser.COLONEQUAL) {
          walrusTarget(a.test(0));
        }
        if (a.comprehension() != null
            && (ctx.getChildCount() > 1 || ctx.getParent() instanceof ClassDefContext)) {
          throw ParseFailure.at(a.start, "generator expression must be parenthesized");
        }
        if (doubleStar) {
          throw ParseFailure.at(next, "positional argument follows keyword argument unpacking");
        } else if (keyword) {
          throw ParseFailure.at(next, "positional argument follows keyword argument");
        }
      }
    }
  }

  /** The token type of {@code node}, or 0 for a rule node. */
  private static int kind(ParseTree node) {
    if (node instanceof ParserToken t) {
      return t.getType(); // a class test first: see ParseNode.tokenType
    }
    return !(node instanceof ParserRuleContext) && node instanceof TerminalNode t
        ? t.getSymbol().getType()
        : 0;
  }

  private static void keywordName(TestContext t) {
    ExprContext e = plain(t);
    if (e instanceof NameContext) {
      return;
    }
    if (e instanceof ConstantContext c && c.ELLIPSIS() == null) {
      throw ParseFailure.at(t.start, "cannot assign to " + c.getText());
    }
    throw ParseFailure.at(
        t.start, "expression cannot contain assignment, perhaps you meant \"==\"?");
  }

  // Parameters

  /** The order rules of a def's parameters. */
  static void parameters(ParametersContext ctx) {
    Parameters order = new Parameters();
    for (ParameterContext p : ctx.parameter()) {
      order.next(p, p.SLASH(), p.STAR(), p.DOUBLESTAR(), p.NAME(), p.EQUAL());
    }
    order.end();
  }

  /** The order rules of a lambda's parameters. */
  static void parameters(LambdaParametersContext ctx) {
    Parameters order = new Parameters();
    for (LambdaParameterContext p : ctx.lambdaParameter()) {
      order.next(p, p.SLASH(), p.STAR(), p.DOUBLESTAR(), p.NAME(), p.EQUAL());
    }
    order.end();
  }

  /** The order rules of a parameter list, fed one parameter at a time. */
  private static final class Parameters {
    private int count;
    private boolean slash;
    private boolean star;
    private ParserRuleContext bareStar;
    private boolean doubleStar;
    private boolean defaults;

    void next(
        ParserRuleContext p,
        TerminalNode slashToken,
        TerminalNode starToken,
        TerminalNode doubleStarToken,
        TerminalNode name,
        TerminalNode equal) {
      boolean isSlash = slashToken != null;
      boolean isStar = starToken != null;
      boolean isDoubleStar = doubleStarToken != null;
      boolean hasDefault = equal != null;
      if (doubleStar) {
        throw ParseFailure.at(p.start, "arguments cannot follow var-keyword argument");
      }
      if (isSlash) {
        if (count == 0) {
          throw ParseFailure.at(p.start, "at least one argument must precede /");
        } else if (slash) {
          throw ParseFailure.at(p.start, "/ may appear only once");
        } else if (star) {
          throw ParseFailure.at(p.start, "/ must be ahead of *");
        }
        slash = true;
      } else if (isStar) {
        if (star) {
          throw ParseFailure.at(p.start, "* argument may appear only once");
        }
        star = true;
        bareStar = name != null ? null : p;
      } else if (isDoubleStar) {
        requireNamedAfterBareStar();
        doubleStar = true;
      } else {
        bareStar = null;
        if (hasDefault) {
          defaults = true;
        } else if (defaults && !star) {
          throw ParseFailure.at(
              p.start, "parameter without a default follows parameter with a default");
        }
      }
      count++;
    }

    void end() {
      requireNamedAfterBareStar();
    }

    private void requireNamedAfterBareStar() {
      if (bareStar != null) {
        throw ParseFailure.at(bareStar.start, "named arguments must follow bare *");
      }
    }
  }

  // Starred expressions, unpacking and displays

  /** `(*a)` is no tuple. */
  static void parens(ExprContext expr) {
    ParensContext ctx = (ParensContext) expr;
    ElementsContext e = ctx.elements();
    if (e != null && e.getChildCount() == 1 && e.starNamedExpression(0).STAR() != null) {
      throw ParseFailure.at(e.start, "cannot use starred expression here");
    }
  }

  /** A comprehension's element. */
  static void comprehended(ElementsContext ctx) {
    if (ctx.starNamedExpression(0).STAR() != null) {
      throw ParseFailure.at(ctx.start, "iterable unpacking cannot be used in comprehension");
    }
  }

  /** A display is a dict or a set, not both; comprehensions take no unpacking. */
  static void braces(ExprContext expr) {
    BracesContext ctx = (BracesContext) expr;
    List<BraceItemContext> items = ctx.braceItem();
    if (!items.isEmpty()) {
      boolean dict = isDictItem(items.get(0));
      for (BraceItemContext item : items) {
        if (isDictItem(item) != dict) {
          throw ParseFailure.at(
              item.start, dict ? "':' expected after dictionary key" : "unexpected ':'");
        }
      }
      if (ctx.comprehension() != null) {
        if (items.get(0).DOUBLESTAR() != null) {
          throw ParseFailure.at(ctx.start, "dict unpacking cannot be used in dict comprehension");
        } else if (items.get(0).STAR() != null) {
          throw ParseFailure.at(ctx.start, "iterable unpacking cannot be used in comprehension");
        }
      }
    }
  }

  private static boolean isDictItem(BraceItemContext item) {
    return item.COLON() != null || item.DOUBLESTAR() != null;
  }

  /** `match *a:` is no tuple. */
  static void subject(SubjectContext ctx) {
    if (ctx.getChildCount() == 1 && ctx.starNamedExpression(0).STAR() != null) {
      throw ParseFailure.at(ctx.start, "cannot use starred expression here");
    }
  }

  /** `not` binds looser than comparisons, so it cannot be their operand: `a < not b`. */
  static void inversion(BoolExprContext ctx) {
    if (ctx.getParent() instanceof ComparisonContext) {
      throw ParseFailure.at(ctx.start, "unexpected 'not'");
    }
  }

  /** What `await` applies to must be a primary: `await -x` and `await await x` are invalid. */
  static void awaited(ExprContext ctx) {
    ExprContext operand = ((AwaitExprContext) ctx).expr();
    if (operand instanceof UnaryContext || operand instanceof AwaitExprContext) {
      throw ParseFailure.at(operand.start, "unexpected '" + operand.start.getText() + "'");
    }
  }

  // Strings

  /**
   * Implicitly concatenated literals cannot mix bytes with text (reported, as CPython does, at
   * {@code next}, the token after them), or templates with either.
   */
  static void strings(ExprContext ctx, Token next) {
    int count = ctx.getChildCount();
    if (count > 1) {
      int bytes = 0;
      int templates = 0;
      for (int i = 0; i < count; i++) {
        ParseTree child = ctx.getChild(i);
        if (child instanceof ParserToken t && isBytes(t.getText())) {
          bytes++;
        } else if (child instanceof TstringContext) {
          templates++;
        }
      }
      if (bytes != 0 && bytes != count) {
        throw ParseFailure.at(next, "cannot mix bytes and nonbytes literals");
      }
      if (templates != 0 && templates != count) {
        throw ParseFailure.at(
            ctx.start, "cannot mix t-string literals with string or bytes literals");
      }
    }
  }

  private static boolean isBytes(String literal) {
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == 'b' || c == 'B') {
        return true;
      } else if (c == '\'' || c == '"') {
        return false;
      }
    }
    return false;
  }

  /** An f-string's or t-string's field: its value and conversion character. */
  static void replacementField(ReplacementFieldContext ctx) {
    StarExpressionsContext value = ctx.starExpressions();
    if (value != null && value.getChildCount() == 1 && value.starExpression(0).STAR() != null) {
      throw ParseFailure.at(value.start, kind(ctx) + ": cannot use starred expression here");
    }
    TerminalNode bang = ctx.EXCLAMATION();
    if (bang != null) {
      Token conversion = ctx.NAME().getSymbol();
      String name = conversion.getText();
      if (conversion.getStartIndex() != bang.getSymbol().getStopIndex() + 1
          || !(name.equals("s") || name.equals("r") || name.equals("a"))) {
        throw ParseFailure.at(
            conversion, kind(ctx) + ": invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
  }

  /** "f-string" or "t-string": the kind of string that holds {@code field}, for an error. */
  private static String kind(ReplacementFieldContext field) {
    ParserRuleContext string = field.getParent();
    while (!(string instanceof FstringContext || string instanceof TstringContext)) {
      string = string.getParent();
    }
    return string instanceof TstringContext ? "t-string" : "f-string";
  }

  // Patterns

  /** A star pattern belongs in a sequence. */
  static void patterns(PatternsContext ctx) {
    // `case *a:` and `case (*a):` are no sequences; `case [*a]:` is
    if (ctx.getChildCount() == 1
        && ctx.starPattern(0).STAR() != null
        && !(ctx.getParent() instanceof ListPatternContext)) {
      throw ParseFailure.at(ctx.start, "star pattern must be inside a sequence");
    }
  }

  /** The name after a pattern's `as`. */
  static void captured(Token name) {
    if (name.getText().equals("_")) {
      throw ParseFailure.at(name, "cannot use '_' as a target");
    }
  }

  /** Mapping keys are literals or values; `**rest` comes last and is no wildcard. */
  static void mappingPattern(ClosedPatternContext pattern) {
    MappingPatternContext ctx = (MappingPatternContext) pattern;
    List<MappingItemContext> items = ctx.mappingItem();
    for (int i = 0; i < items.size(); i++) {
      MappingItemContext item = items.get(i);
      if (item.DOUBLESTAR() != null) {
        if (item.NAME().getText().equals("_")) {
          throw ParseFailure.at(item.NAME().getSymbol(), "cannot use '_' as a target");
        } else if (i != items.size() - 1) {
          throw ParseFailure.at(items.get(i + 1).start, "'**' pattern must come last");
        }
      } else if (!isMappingKey(item.closedPattern())) {
        throw ParseFailure.at(
            item.start, "mapping pattern keys may only match literals and attribute lookups");
      }
    }
  }

  private static boolean isMappingKey(ClosedPatternContext key) {
    if (key instanceof NamePatternContext n) {
      return n.DOT().size() > 0 && n.LPAR() == null;
    }
    return key instanceof NumberPatternContext
        || key instanceof StringPatternContext
        || key instanceof ConstantPatternContext;
  }

  /**
   * Where a pattern may be the wildcard, `_` is the wildcard and starts no value or class pattern
   * (`case _.a:`, `case _():`); a mapping key is never a wildcard, so `{_.a: 1}` is a value.
   */
  static void wildcard(ClosedPatternContext pattern) {
    NamePatternContext ctx = (NamePatternContext) pattern;
    if (ctx.getChildCount() > 1
        && ctx.NAME(0).getText().equals("_")
        && !(ctx.getParent() instanceof MappingItemContext)) {
      Token after = (ParserToken) ctx.getChild(1);
      throw ParseFailure.at(after, "unexpected '" + after.getText() + "'");
    }
  }

  /** Keyword patterns of a class pattern follow its positional ones. */
  static void classPattern(ClosedPatternContext pattern) {
    boolean keyword = false;
    boolean positional = false;
    for (ClassArgumentContext a : ((NamePatternContext) pattern).classArgument()) {
      if (a.EQUAL() != null) {
        if (positional && !keyword && a.NAME().getText().equals("_")) {
          // CPython reads `_` after a positional pattern as one more (the wildcard)
          throw ParseFailure.at(a.EQUAL().getSymbol(), "unexpected '='");
        }
        keyword = true;
      } else if (keyword) {
        throw ParseFailure.at(a.start, "positional patterns follow keyword patterns");
      } else {
        positional = true;
      }
    }
  }

  /** A complex literal in a pattern: real part, then imaginary. */
  static void complex(ClosedPatternContext pattern) {
    List<TerminalNode> numbers = ((NumberPatternContext) pattern).NUMBER();
    if (isImaginary(numbers.get(0))) {
      throw ParseFailure.at(numbers.get(0).getSymbol(), "real number required in complex literal");
    } else if (!isImaginary(numbers.get(1))) {
      throw ParseFailure.at(
          numbers.get(1).getSymbol(), "imaginary number required in complex literal");
    }
  }

  private static boolean isImaginary(TerminalNode number) {
    String text = number.getText();
    char last = text.charAt(text.length() - 1);
    return last == 'j' || last == 'J';
  }

  private static Token start(ParseTree node) {
    return node instanceof ParserRuleContext c ? c.start : (ParserToken) node;
  }
}
