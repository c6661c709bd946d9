package pyfix.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser.ExceptClauseContext;
import pyfix.parse.PythonParser.SliceContext;
import pyfix.parse.PythonParser.TypeParameterContext;
import pyfix.parse.PythonParser.WithItemContext;
import pyfix.parse.PythonParser.WithStatementContext;

/**
 * Finds the syntax in a parsed file that a target version does not have. The parser accepts the
 * newest Python; this is how a run for an older target learns that a text (a round's output, or a
 * user's file when asked) needs more.
 */
public final class TargetSyntax {
  private TargetSyntax() {}

  /** One use of a feature: where it starts, 1-based line and column. */
  public record Use(Feature feature, int line, int column) {
    /** "the match statement needs Python 3.10 or newer". */
    public String describe() {
      String version = feature.since().id().replace("py3", "3.");
      return feature.description() + " needs Python " + version + " or newer";
    }
  }

  /** The uses in {@code file} of syntax that Python {@code target} rejects, in source order. */
  public static List<Use> newerThan(ParsedFile file, PythonVersion target) {
    List<Use> uses = new ArrayList<>();
    if (!Feature.PEP701_FSTRINGS.availableIn(target)) {
      for (Pre312Fstrings.Violation v : Pre312Fstrings.in(file)) {
        uses.add(new Use(Feature.PEP701_FSTRINGS, v.line(), v.column()));
      }
    }
    if (Arrays.stream(Feature.values()).anyMatch(f -> !f.availableIn(target))) {
      walk(file.tree(), target, uses);
    }
    uses.sort(Comparator.comparingInt(Use::line).thenComparingInt(Use::column));
    return uses;
  }

  private static void walk(ParseTree node, PythonVersion target, List<Use> uses) {
    if (!(node instanceof ParserRuleContext ctx)) {
      return;
    }
    Feature f = featureOf(ctx);
    if (f != null && !f.availableIn(target)) {
      uses.add(new Use(f, ctx.getStart().getLine(), ctx.getStart().getCharPositionInLine() + 1));
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      walk(ctx.getChild(i), target, uses);
    }
  }

  private static Feature featureOf(ParserRuleContext ctx) {
    if (ctx instanceof PythonParser.MatchStatementContext) {
      return Feature.MATCH_STATEMENT;
    } else if (ctx instanceof PythonParser.TypeAliasStatementContext) {
      return Feature.TYPE_ALIAS_STATEMENT;
    } else if (ctx instanceof PythonParser.TypeParametersContext) {
      return Feature.TYPE_PARAMETERS;
    } else if (ctx instanceof TypeParameterContext p && has(p, "=")) {
      return Feature.TYPE_PARAMETER_DEFAULTS;
    } else if (ctx instanceof PythonParser.TstringContext) {
      return Feature.TEMPLATE_STRINGS;
    } else if (ctx instanceof SliceContext s && has(s, "*")) {
      return Feature.STARRED_SUBSCRIPT;
    } else if (ctx instanceof ExceptClauseContext e) {
      return has(e, "*")
          ? Feature.EXCEPT_STAR
          : has(e, ",") ? Feature.UNPARENTHESIZED_EXCEPT : null;
    } else if (ctx instanceof WithStatementContext w && w.WITH_LPAR() != null) {
      // `with (a, b):` is a tuple to older parsers; only `as` inside needs the new form
      for (WithItemContext item : w.withItem()) {
        if (has(item, "as")) {
          return Feature.PARENTHESIZED_CONTEXT_MANAGERS;
        }
      }
    }
    return null;
  }

  /** Whether {@code ctx} has a direct terminal child spelled {@code text}. */
  private static boolean has(ParserRuleContext ctx, String text) {
    for (int i = 0; i < ctx.getChildCount(); i++) {
      ParseTree child = ctx.getChild(i);
      if (!(child instanceof ParserRuleContext) && child.getText().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
