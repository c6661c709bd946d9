package pyfix.fixers.fstrings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.AttributeContext;
import pyfix.parse.PythonParser.BraceItemContext;
import pyfix.parse.PythonParser.BracesContext;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.ConstantContext;
import pyfix.parse.PythonParser.ExprContext;
import pyfix.parse.PythonParser.NameContext;
import pyfix.parse.PythonParser.NumberContext;
import pyfix.parse.PythonParser.ParensContext;
import pyfix.parse.PythonParser.StarNamedExpressionContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.parse.PythonParser.SubscriptionContext;
import pyfix.parse.PythonParser.TermContext;

/** Turns {@code "…" % args} on a string literal into an f-string. */
public final class PrintfStringFormattingFixer implements TreeRule {
  private static final String FINDING = "Use an f-string instead of `%` formatting";

  private static final RuleMetadata METADATA =
      RuleMetadata.stable(
          "UP031", "printf-string-formatting", Kind.SEMANTIC, FixSafety.PER_FINDING);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  private static final Pattern ESCAPED_PERCENT =
      Pattern.compile(
          "\\\\(x25|045|45(?![0-7])|u0025|U00000025|N\\{percent sign\\})",
          Pattern.CASE_INSENSITIVE);

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(TermContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    TermContext term = (TermContext) node;
    StringsContext strings = term.PERCENT() == null ? null : Trees.strings(term.expr(0));
    if (strings == null) {
      return;
    }
    List<StringLiteral> literals = FStringFixer.literals(strings);
    if (literals.stream().noneMatch(l -> mayHoldPercent(l.body()))) {
      return;
    }
    ParsedFile file = context.file();
    Rewrite rewrite = new Rewrite(METADATA.code(), FINDING, file, context.settings());
    int start = Trees.start(term);
    int end = Trees.end(term);
    if (strings.STRING().stream().anyMatch(Argument::isBytes)) {
      return; // bytes have no f-strings
    }
    if (!reportedRightSide(term.expr(1)) && !PercentTemplate.hasIntricateSpecifier(literals)) {
      return; // as in Ruff, so that a project clean under Ruff gets no finding
    }
    try {
      Finding f = convert(file, term, literals, rewrite);
      if (f != null) {
        context.report(f);
      }
    } catch (Refused r) {
      if (r.reported()) {
        context.report(rewrite.refused(start, end, r.getMessage()));
      }
    }
  }

  /**
   * Whether a literal's body may hold a percent sign: written, or as an escape sequence ({@code
   * "\x25s" % x}, reported without a fix).
   */
  private static boolean mayHoldPercent(String body) {
    return body.indexOf('%') >= 0
        || body.indexOf('\\') >= 0 && ESCAPED_PERCENT.matcher(body).find();
  }

  private static Finding convert(
      ParsedFile file, TermContext term, List<StringLiteral> literals, Rewrite rewrite)
      throws Refused {
    ExprContext right = term.expr(1);
    List<Argument> arguments = new ArrayList<>();
    Map<String, Integer> keys = null;
    List<String> unsafe = new ArrayList<>();
    // `((a, b))` is the tuple `(a, b)`, and `(())` the empty one
    if (Trees.unparen(right) instanceof ParensContext p
        && (p.elements() == null
            || p.elements().comprehension() == null && !p.elements().COMMA().isEmpty())) {
      List<StarNamedExpressionContext> elements =
          p.elements() == null ? List.of() : p.elements().starNamedExpression();
      for (StarNamedExpressionContext e : elements) {
        if (e.STAR() != null) {
          throw new Refused("the tuple unpacks `*args`");
        }
        arguments.add(
            e.COLONEQUAL() != null
                ? Argument.of(file, e, null, true)
                : FStringFixer.value(file, e.test(0)));
      }
    } else if (right instanceof BracesContext b && keyed(literals)) {
      keys = keys(file, b, arguments);
    } else {
      ExprContext single = Trees.unparen(right);
      Argument a = Argument.of(file, right, single, false);
      arguments.add(a);
      if (!a.notTuple()) {
        unsafe.add("the right side could be a tuple at run time");
      }
    }
    PercentTemplate.Result t = PercentTemplate.parse(literals, arguments, keys);
    if (t.specifiers() == 0) {
      return null;
    }
    unsafe.addAll(t.unsafe());
    int deleteFrom = Trees.end(term.expr(0));
    return rewrite.build(term, t.pieces(), arguments, deleteFrom, unsafe);
  }

  /**
   * Whether the right side is one Ruff reports: a tuple or dict display, a name, an attribute, a
   * call, a subscript or a literal. Ruff leaves {@code "%s" % (x + 1)}, {@code "%x" % -n}, {@code a
   * if b else c}, lists, sets and comprehensions alone unless a specifier is intricate.
   */
  private static boolean reportedRightSide(ExprContext right) {
    ExprContext e = Trees.unparen(right);
    return e instanceof NameContext
        || e instanceof AttributeContext
        || e instanceof CallContext
        || e instanceof SubscriptionContext
        || e instanceof NumberContext
        || e instanceof StringsContext
        || e instanceof ConstantContext
        || e instanceof ParensContext p && isTuple(p)
        || e instanceof BracesContext b && isDict(b);
  }

  private static boolean isTuple(ParensContext p) {
    return p.yieldExpression() == null
        && (p.elements() == null
            || p.elements().comprehension() == null && !p.elements().COMMA().isEmpty());
  }

  private static boolean isDict(BracesContext b) {
    return b.comprehension() == null
        && (b.braceItem().isEmpty()
            || b.braceItem(0).COLON() != null
            || b.braceItem(0).DOUBLESTAR() != null);
  }

  private static boolean keyed(List<StringLiteral> literals) {
    return literals.stream().anyMatch(l -> l.body().contains("%("));
  }

  /** The dict display's values as arguments, and each key's index. */
  private static Map<String, Integer> keys(
      ParsedFile file, BracesContext dict, List<Argument> arguments) throws Refused {
    Map<String, Integer> keys = new HashMap<>();
    for (BraceItemContext item : dict.braceItem()) {
      StringsContext key = item.COLON() == null ? null : Trees.strings(Trees.expr(item.test(0)));
      if (key == null || key.STRING().size() != 1 || dict.comprehension() != null) {
        throw new Refused("the dict display has a key that is not a string literal");
      }
      StringLiteral literal = FStringFixer.literals(key).get(0);
      if (literal.bytes() || literal.body().indexOf('\\') >= 0) {
        throw new Refused("the dict display has a key that is not a plain string literal");
      }
      if (keys.put(literal.body(), arguments.size()) != null) {
        throw new Refused("the dict display repeats key '" + literal.body() + "'");
      }
      arguments.add(FStringFixer.value(file, item.test(1)));
    }
    return keys;
  }
}
