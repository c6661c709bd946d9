package pyfix.fixers.fstrings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.fixers.common.Mentions;
import pyfix.fixers.fstrings.Part.Piece;
import pyfix.parse.ParsedFile;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser.ArgumentContext;
import pyfix.parse.PythonParser.AttributeContext;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.parse.PythonParser.TestContext;

/** Turns {@code "…".format(…)} on a string literal into an f-string. */
public final class FStringFixer implements TreeRule {
  private static final String FINDING = "Use an f-string instead of a `.format()` call";

  private static final RuleMetadata METADATA =
      RuleMetadata.stable("UP032", "f-string", Kind.SEMANTIC, FixSafety.PER_FINDING);

  private static final Set<String> DJANGO_GETTEXT =
      Set.of("django.utils.translation.gettext", "django.utils.translation.gettext_lazy");

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(CallContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    CallContext call = (CallContext) node;
    if (!(call.expr() instanceof AttributeContext a) || !((ParserToken) a.NAME()).is("format")) {
      return;
    }
    StringsContext strings = Trees.strings(a.expr());
    if (strings == null || strings.STRING().stream().anyMatch(Argument::isBytes)) {
      return;
    }
    List<StringLiteral> literals = literals(strings);
    if (literals.stream().noneMatch(l -> l.body().indexOf('{') >= 0)
        || quotesInArguments(call)
        || unpacks(call)
        || multiLineArgument(call)
        || literals.stream().anyMatch(l -> nestsFields(l.body()))
        || insideDjangoGettext(call, context)) {
      return;
    }
    ParsedFile file = context.file();
    Rewrite rewrite = new Rewrite(METADATA.code(), FINDING, file, context.settings());
    int start = Trees.start(call);
    int end = Trees.end(call);
    try {
      Map<String, Integer> keywords = new HashMap<>();
      List<Argument> arguments = arguments(file, call, keywords);
      int positional = arguments.size() - keywords.size();
      List<Piece> pieces = FormatTemplate.parse(literals, positional, keywords);
      if (pieces.stream().anyMatch(Piece::hasFields) && !repeatsLookup(pieces, arguments)) {
        context.report(rewrite.build(call, pieces, arguments, Trees.end(a.expr()), List.of()));
      }
    } catch (Refused r) {
      if (r.reported()) {
        context.report(rewrite.refused(start, end, r.getMessage()));
      }
    }
  }

  /**
   * Whether {@code call} is inside a call of Django's {@code gettext} or {@code gettext_lazy}
   * ({@code _("Hello {}".format(name))}): Django's message extraction cannot read an f-string, so
   * Ruff leaves these calls alone, and a project clean under Ruff has them.
   */
  private static boolean insideDjangoGettext(CallContext call, RuleContext context) {
    if (!Mentions.of(context.file(), "django")) {
      return false;
    }
    for (ParserRuleContext p = call.getParent(); p != null; p = p.getParent()) {
      if (p instanceof CallContext outer) {
        String callee = context.model().qualifiedName(outer.expr());
        if (callee != null && DJANGO_GETTEXT.contains(callee)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a field uses an argument again that is more than a name, literal or attribute chain
   * ({@code "{0} {0}".format(f(x))}, {@code "{a} {a}".format(a=x[0])}): Ruff and pyupgrade leave
   * such calls alone, so a project clean under either has them.
   */
  private static boolean repeatsLookup(List<Piece> pieces, List<Argument> arguments) {
    Set<Integer> seen = new HashSet<>();
    for (int i : Rewrite.uses(pieces)) {
      Argument.Effects effects = arguments.get(i).effects();
      if (!seen.add(i) && (effects == Argument.Effects.LOOKUP || effects == Argument.Effects.ANY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an argument holds a string literal ({@code "<{}>".format(" ".join(x))}). Ruff does not
   * report those calls, whose f-string would need other quotes inside it before Python 3.12, so a
   * project clean under Ruff has them; neither does pyupgrade convert them.
   */
  private static boolean quotesInArguments(CallContext call) {
    return call.arguments() != null && holdsString(call.arguments());
  }

  /** Whether the call unpacks {@code *args} or {@code **kwargs}, which Ruff does not report. */
  private static boolean unpacks(CallContext call) {
    return call.arguments() != null
        && call.arguments().argument().stream()
            .anyMatch(a -> a.STAR() != null || a.DOUBLESTAR() != null);
  }

  /**
   * Whether an argument spans lines ({@code .format(a\n if b else c)}): Ruff and pyupgrade leave
   * such calls alone, so a project clean under either has them.
   */
  private static boolean multiLineArgument(CallContext call) {
    return call.arguments() != null
        && call.arguments().argument().stream()
            .anyMatch(a -> a.getStart().getLine() != a.getStop().getLine());
  }

  /**
   * Whether a field of {@code body} nests a field in its spec ({@code "{:>{width}}"}), which Ruff
   * and pyupgrade leave alone too.
   */
  static boolean nestsFields(String body) {
    int depth = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (depth == 0 && (c == '{' || c == '}') && body.startsWith(String.valueOf(c) + c, i)) {
        i++; // a doubled brace outside fields is text
      } else if (c == '{' && ++depth > 1) {
        return true;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
    }
    return false;
  }

  private static boolean holdsString(ParseTree node) {
    if (node instanceof StringsContext) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (holdsString(node.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  /** The string literal tokens of {@code strings}. */
  static List<StringLiteral> literals(StringsContext strings) {
    List<StringLiteral> literals = new ArrayList<>();
    for (TerminalNode t : strings.STRING()) {
      literals.add(StringLiteral.of(t.getText(), t.getSymbol().getStartIndex()));
    }
    return literals;
  }

  /** The call's arguments in order; keyword names go to {@code keywords} with their index. */
  private static List<Argument> arguments(
      ParsedFile file, CallContext call, Map<String, Integer> keywords) throws Refused {
    List<Argument> arguments = new ArrayList<>();
    if (call.arguments() == null) {
      return arguments;
    }
    for (ArgumentContext a : call.arguments().argument()) {
      if (a.EQUAL() != null) {
        // Python reads the keyword NFKC-normalized: "{ﬁ}".format(ﬁ=1) has no field ﬁ
        keywords.put(
            Normalizer.normalize(a.test(0).getText(), Normalizer.Form.NFKC), arguments.size());
        arguments.add(value(file, a.test(1)));
      } else if (a.comprehension() != null || a.COLONEQUAL() != null) {
        arguments.add(Argument.of(file, a, null, true));
      } else {
        arguments.add(value(file, a.test(0)));
      }
    }
    return arguments;
  }

  /**
   * An argument that is a {@code test}: a lambda needs parentheses in a field, also as the last
   * branch of a conditional ({@code x if y else lambda: 1}).
   */
  static Argument value(ParsedFile file, TestContext test) throws Refused {
    boolean lambda = false;
    for (TestContext t = test; t != null && !lambda; t = t.test()) {
      lambda = t.LAMBDA() != null;
    }
    return Argument.of(file, test, Trees.expr(test), lambda);
  }
}
