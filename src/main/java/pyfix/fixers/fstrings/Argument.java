package pyfix.fixers.fstrings;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.ParsedFile;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.AttributeContext;
import pyfix.parse.PythonParser.AwaitExprContext;
import pyfix.parse.PythonParser.BracesContext;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.ComparisonContext;
import pyfix.parse.PythonParser.ComprehensionContext;
import pyfix.parse.PythonParser.ConstantContext;
import pyfix.parse.PythonParser.ExprContext;
import pyfix.parse.PythonParser.ListContext;
import pyfix.parse.PythonParser.NameContext;
import pyfix.parse.PythonParser.NumberContext;
import pyfix.parse.PythonParser.OperandContext;
import pyfix.parse.PythonParser.ParensContext;
import pyfix.parse.PythonParser.SliceContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.parse.PythonParser.SubscriptionContext;
import pyfix.parse.PythonParser.TermContext;
import pyfix.parse.PythonParser.UnaryContext;
import pyfix.parse.PythonParser.YieldExpressionContext;
import pyfix.semantic.Compare;
import pyfix.semantic.SemanticModel;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * An argument of a format call or {@code %} operation: its source on one line and what is evident
 * about it without running it.
 *
 * @param text the expression, line breaks inside brackets joined
 * @param effects what evaluating it again, or in another order, may change
 * @param primary whether accessors may follow it without parentheses
 * @param needsParens a lambda, walrus or generator, which a field must parenthesize
 * @param notTuple whether it evidently is not a tuple
 * @param immutable whether its value evidently prints the same whatever runs later: a literal, a
 *     str or number from a builtin, a {@code __name__}
 * @param runsCode whether evaluating it may run code that changes another value: a call, other than
 *     of a builtin or of a reading method of a str or display ({@code ", ".join(names)}; on any
 *     other object, {@code store.get(k)} may be a method of its own), an {@code await}, a walrus,
 *     or an iteration (a comprehension, or a builtin such as {@code sorted()} or {@code join()}
 *     iterating anything but a display: a generator runs its body)
 * @param reads the names it reads
 * @param changes the names whose objects it may change without running other code: the base of a
 *     subscript ({@code counts[k]} inserts into a {@code defaultdict})
 */
record Argument(
    String text,
    Effects effects,
    Type type,
    boolean primary,
    boolean needsParens,
    boolean notTuple,
    boolean immutable,
    boolean runsCode,
    Set<String> reads,
    Set<String> changes) {

  /** What evaluating an argument may do besides giving its value. */
  enum Effects {
    /** A literal or name: may be evaluated again and in any order. */
    NONE,
    /**
     * An attribute chain on a name or literal: may be evaluated again, but may raise, so it keeps
     * its order.
     */
    ATTRIBUTE,
    /**
     * The same with a subscript by literal keys in it: as {@link #ATTRIBUTE}, but Ruff and
     * pyupgrade leave a format call that uses it twice alone, so a project clean under them has
     * those calls.
     */
    LOOKUP,
    /** Anything else: evaluated exactly once, in order. */
    ANY
  }

  /** What the argument evidently is. */
  enum Type {
    STR,
    INT,
    FLOAT,
    /** A true division: a float for numbers, never an int, yet maybe a type of its own. */
    QUOTIENT,
    UNKNOWN
  }

  private static final Set<String> STR_CALLS =
      Set.of("str", "repr", "ascii", "chr", "format", "hex", "oct", "bin");
  private static final Set<String> INT_CALLS = Set.of("len", "int", "ord", "id", "hash");
  private static final Set<String> OTHER_CALLS =
      Set.of("float", "bool", "list", "dict", "set", "sorted", "frozenset", "bytes");
  private static final Set<String> KNOWN_CALLS =
      Stream.of(STR_CALLS, INT_CALLS, OTHER_CALLS)
          .flatMap(Set::stream)
          .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> READING_BUILTINS =
      Stream.concat(
              KNOWN_CALLS.stream(),
              Stream.of(
                  "type",
                  "isinstance",
                  "abs",
                  "min",
                  "max",
                  "round",
                  "tuple",
                  "getattr",
                  "hasattr",
                  "sum",
                  "range"))
          .collect(Collectors.toUnmodifiableSet());
  // builtins and methods that iterate their one argument
  private static final Set<String> ITERATING =
      Set.of(
          "list",
          "tuple",
          "set",
          "frozenset",
          "dict",
          "sorted",
          "min",
          "max",
          "sum",
          "bytes",
          "join");
  // attributes that hold a str on every function, class and module
  private static final Set<String> NAME_ATTRIBUTES =
      Set.of("__name__", "__qualname__", "__module__");
  // str's and dict's methods that return a new value and change nothing
  private static final Set<String> READING_METHODS =
      Set.of(
          "join",
          "replace",
          "strip",
          "lstrip",
          "rstrip",
          "split",
          "rsplit",
          "splitlines",
          "lower",
          "upper",
          "title",
          "capitalize",
          "casefold",
          "startswith",
          "endswith",
          "find",
          "rfind",
          "count",
          "encode",
          "decode",
          "format",
          "ljust",
          "rjust",
          "center",
          "zfill",
          "partition",
          "rpartition",
          "get",
          "keys",
          "values",
          "items");

  /**
   * Analyses {@code node}, whose value is {@code expr} (null when it is no plain expression, such
   * as a lambda); {@code needsParens} for a lambda, walrus or generator.
   */
  static Argument of(ParsedFile file, ParserRuleContext node, ExprContext expr, boolean needsParens)
      throws Refused {
    String text = text(file, node);
    boolean runsCode = runsCode(node, file);
    Set<String> reads = new HashSet<>();
    Set<String> changes = new HashSet<>();
    names(node, reads, changes);
    if (expr == null) {
      return new Argument(
          text,
          Effects.ANY,
          Type.UNKNOWN,
          false,
          needsParens,
          false,
          false,
          runsCode,
          Set.copyOf(reads),
          Set.copyOf(changes));
    }
    ExprContext e = Trees.unparen(expr);
    Type type = type(e, file);
    // a str or number; a quotient only of numbers, as a class's `/` may give anything
    boolean known = type == Type.QUOTIENT ? notTuple(e, file) : type != Type.UNKNOWN;
    boolean immutable =
        known
            || e instanceof ConstantContext
            || (e instanceof StringsContext s && s.tstring().isEmpty())
            || (e instanceof AttributeContext a && NAME_ATTRIBUTES.contains(a.NAME().getText()));
    return new Argument(
        text,
        effects(e),
        type,
        primary(expr),
        needsParens,
        known || notTuple(e, file),
        immutable,
        runsCode,
        Set.copyOf(reads),
        Set.copyOf(changes));
  }

  /**
   * Adds the names {@code node} reads to {@code reads}, and to {@code changes} the root names of
   * the subscripts in it.
   */
  private static void names(ParseTree node, Set<String> reads, Set<String> changes) {
    if (node instanceof NameContext n) {
      reads.add(n.getText());
    } else if (node instanceof SubscriptionContext sub) {
      addRoot(sub.expr(), changes);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      names(node.getChild(i), reads, changes);
    }
  }

  /** Adds the name an attribute or subscript chain starts from, if it starts from one. */
  private static void addRoot(ExprContext e, Set<String> roots) {
    ExprContext root = Trees.unparen(e);
    while (root instanceof AttributeContext || root instanceof SubscriptionContext) {
      root =
          Trees.unparen(
              root instanceof AttributeContext a ? a.expr() : ((SubscriptionContext) root).expr());
    }
    if (root instanceof NameContext n) {
      roots.add(n.getText());
    }
  }

  private static boolean runsCode(ParseTree node, ParsedFile file) {
    if (node instanceof AwaitExprContext
        || node instanceof YieldExpressionContext
        || node instanceof ComprehensionContext
        || node instanceof ParserToken t && t.getType() == PythonParser.COLONEQUAL) {
      return true;
    }
    if (node instanceof CallContext c && (!onlyReads(c, file) || iteratesAnything(c))) {
      return true;
    }
    if (iterates(node)) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (runsCode(node.getChild(i), file)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code c} is a call of a builtin or method that iterates its argument ({@code
   * sorted(g)}, {@code ", ".join(g)}) when that argument is no display or literal: it may be a
   * generator, whose body then runs.
   */
  private static boolean iteratesAnything(CallContext c) {
    ExprContext callee = Trees.unparen(c.expr());
    String name =
        callee instanceof AttributeContext a
            ? a.NAME().getText()
            : callee instanceof NameContext n ? n.getText() : "";
    if (!ITERATING.contains(name)
        || c.arguments() == null
        || c.arguments().argument().size() != 1) {
      return false;
    }
    PythonParser.ArgumentContext only = c.arguments().argument(0);
    if (only.EQUAL() != null) {
      return false; // `dict(a=1)`
    }
    ExprContext written = Trees.expr(only.test(0));
    return only.getStart().getType() == PythonParser.STAR
        || written == null
        || !isDisplayOrLiteral(written);
  }

  /**
   * Whether {@code node} iterates a value that is no display or literal, which may be a generator
   * whose body then runs: an unpacking ({@code [*g]}, {@code f(*g)}, {@code {**m}}) or a membership
   * test ({@code 1 in g}).
   */
  private static boolean iterates(ParseTree node) {
    if (node instanceof ComparisonContext c) {
      Compare.Kind kind = Compare.kind(c);
      return (kind == Compare.Kind.IN || kind == Compare.Kind.NOT_IN)
          && !(c.boolExpr(1) instanceof OperandContext o && isDisplayOrLiteral(o.expr()));
    }
    if (node.getChildCount() != 2
        || !(node.getChild(0) instanceof ParserToken t)
        || t.getType() != PythonParser.STAR && t.getType() != PythonParser.DOUBLESTAR) {
      return false;
    }
    ParseTree operand = node.getChild(1);
    ExprContext value =
        operand instanceof PythonParser.TestContext test
            ? Trees.expr(test)
            : operand instanceof ExprContext e ? e : null;
    return value == null || !isDisplayOrLiteral(value);
  }

  private static boolean isDisplayOrLiteral(ExprContext e) {
    ExprContext value = Trees.unparen(e);
    return value instanceof ListContext
        || value instanceof BracesContext
        || value instanceof StringsContext
        || value instanceof ParensContext
        || value instanceof NumberContext;
  }

  private static boolean onlyReads(CallContext c, ParsedFile file) {
    ExprContext callee = Trees.unparen(c.expr());
    if (callee instanceof AttributeContext a) {
      // only on a str or a display: any other object's `get` or `strip` may be its own method
      ExprContext receiver = Trees.unparen(a.expr());
      return READING_METHODS.contains(a.NAME().getText())
          && (type(receiver, file) == Type.STR || isDisplayOrLiteral(receiver));
    }
    return callee instanceof NameContext n
        && READING_BUILTINS.contains(n.getText())
        && SemanticModel.of(file).isBuiltin(n.getText(), n);
  }

  private static Effects effects(ExprContext e) {
    if (!simple(e)) {
      return Effects.ANY;
    }
    if (e instanceof AttributeContext || e instanceof SubscriptionContext) {
      return attributeChain(e) ? Effects.ATTRIBUTE : Effects.LOOKUP;
    }
    return Effects.NONE;
  }

  private static boolean attributeChain(ExprContext e) {
    return e instanceof AttributeContext a
        ? attributeChain(Trees.unparen(a.expr()))
        : !(e instanceof SubscriptionContext);
  }

  private static boolean simple(ExprContext e) {
    if (e instanceof NameContext || e instanceof NumberContext || e instanceof ConstantContext) {
      return true;
    } else if (e instanceof StringsContext s) {
      return s.fstring().isEmpty() && s.tstring().isEmpty();
    } else if (e instanceof AttributeContext a) {
      return simple(Trees.unparen(a.expr()));
    } else if (e instanceof SubscriptionContext s) {
      return s.slices().slice().size() == 1
          && s.slices().COMMA().isEmpty()
          && literalKey(s.slices().slice(0))
          && simple(Trees.unparen(s.expr()));
    } else if (e instanceof UnaryContext u) {
      return u.MINUS() != null && Trees.unparen(u.expr()) instanceof NumberContext;
    }
    return false;
  }

  private static boolean literalKey(SliceContext s) {
    if (s.getChildCount() != 1 || s.test().size() != 1) {
      return false;
    }
    ExprContext key = Trees.expr(s.test(0));
    return key != null && simple(Trees.unparen(key)) && !(key instanceof NameContext);
  }

  private static Type type(ExprContext e, ParsedFile file) {
    if (e instanceof StringsContext s) {
      boolean bytes = s.STRING().stream().anyMatch(t -> StringLiteral.of(t.getText(), 0).bytes());
      return bytes || !s.tstring().isEmpty() ? Type.UNKNOWN : Type.STR;
    } else if (e instanceof NumberContext n) {
      String number = n.getText().toLowerCase();
      if (number.endsWith("j")) {
        return Type.UNKNOWN;
      }
      boolean radix = number.startsWith("0x") || number.startsWith("0o") || number.startsWith("0b");
      return radix || !(number.contains(".") || number.contains("e")) ? Type.INT : Type.FLOAT;
    } else if (e instanceof UnaryContext u && Trees.unparen(u.expr()) instanceof NumberContext n) {
      Type t = type(n, file);
      return u.TILDE() != null && t != Type.INT ? Type.UNKNOWN : t;
    } else if (e instanceof CallContext c && builtin(c, file) != null) {
      String name = builtin(c, file);
      return STR_CALLS.contains(name)
          ? Type.STR
          : INT_CALLS.contains(name) ? Type.INT : name.equals("float") ? Type.FLOAT : Type.UNKNOWN;
    } else if (e instanceof CallContext c
        && c.expr() instanceof AttributeContext a
        && Trees.unparen(a.expr()) instanceof StringsContext s
        && type(s, file) == Type.STR
        && (((ParserToken) a.NAME()).is("format") || ((ParserToken) a.NAME()).is("join"))) {
      return Type.STR;
    } else if (e instanceof TermContext t
        && t.PERCENT() != null
        && type(Trees.unparen(t.expr(0)), file) == Type.STR) {
      return Type.STR;
    } else if (e instanceof TermContext t && t.SLASH() != null) {
      return Type.QUOTIENT;
    }
    return Type.UNKNOWN;
  }

  /** Whether {@code e} is no tuple: a quotient only of numbers, as a class's may be anything. */
  private static boolean notTuple(ExprContext e, ParsedFile file) {
    if (e instanceof TermContext t && t.SLASH() != null) {
      return number(t.expr(0), file) && number(t.expr(1), file);
    }
    return e instanceof ConstantContext
        || e instanceof ListContext
        || e instanceof BracesContext
        || (e instanceof CallContext c && OTHER_CALLS.contains(String.valueOf(builtin(c, file))));
  }

  private static boolean number(ExprContext e, ParsedFile file) {
    Type t = type(Trees.unparen(e), file);
    return t == Type.INT
        || t == Type.FLOAT
        || t == Type.QUOTIENT && notTuple(Trees.unparen(e), file);
  }

  /**
   * The name of the builtin {@code c} certainly calls, else null; the file's model is built only
   * for a call of a name this class knows.
   */
  private static String builtin(CallContext c, ParsedFile file) {
    if (!(c.expr() instanceof NameContext f) || !KNOWN_CALLS.contains(f.getText())) {
      return null;
    }
    return SemanticModel.of(file).isBuiltin(f.getText(), f) ? f.getText() : null;
  }

  private static boolean primary(ExprContext e) {
    return e instanceof NameContext
        || e instanceof AttributeContext
        || e instanceof CallContext
        || e instanceof SubscriptionContext
        || e instanceof ParensContext
        || e instanceof ListContext
        || e instanceof BracesContext
        || e instanceof StringsContext;
  }

  /**
   * The source of {@code node} on one line: a line break (with the indentation around it) inside
   * brackets becomes one space, or nothing next to a bracket; comments are refused.
   */
  static String text(ParsedFile file, ParserRuleContext node) throws Refused {
    String source = file.text();
    int first = ((ParserToken) node.start).sourceIndex();
    int last = ((ParserToken) node.stop).sourceIndex();
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (int i = first; i <= last; i++) {
      Token t = file.tokens().get(i);
      TokenKind kind = t.kind();
      if (kind == TokenKind.COMMENT) {
        throw new Refused("a comment inside an argument");
      } else if (kind == TokenKind.NL || kind == TokenKind.CONTINUATION) {
        gap = true;
      } else if (kind == TokenKind.WHITESPACE) {
        if (!gap && !nextBreaks(file, i, last)) {
          out.append(t.text(source));
        }
      } else {
        if (gap) {
          char prev = out.length() == 0 ? '(' : out.charAt(out.length() - 1);
          char next = source.charAt(t.start());
          if ("([{".indexOf(prev) < 0 && ")]},".indexOf(next) < 0) {
            out.append(' ');
          }
          gap = false;
        }
        out.append(t.text(source));
      }
    }
    return out.toString();
  }

  private static boolean nextBreaks(ParsedFile file, int i, int last) {
    if (i + 1 > last) {
      return false;
    }
    TokenKind next = file.tokens().get(i + 1).kind();
    return next == TokenKind.NL || next == TokenKind.CONTINUATION || next == TokenKind.COMMENT;
  }

  /** Whether {@code t} is a terminal of kind string that is a bytes literal. */
  static boolean isBytes(TerminalNode t) {
    return StringLiteral.of(t.getText(), 0).bytes();
  }
}
