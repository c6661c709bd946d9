package pyfix.fixers.exceptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.BlockContext;
import pyfix.parse.PythonParser.ExceptClauseContext;
import pyfix.parse.PythonParser.RaiseStatementContext;
import pyfix.semantic.Binding;
import pyfix.semantic.Handlers;
import pyfix.semantic.Syntax;

/**
 * Chains a new exception raised inside an {@code except E as e:} handler to the one caught: {@code
 * raise X(...)} becomes {@code raise X(...) from e} (UNSAFE). The raises looked at are Ruff's: the
 * handler's statements and the bodies of its {@code if}, {@code for}, {@code while}, {@code with}
 * and {@code match} statements, not a nested {@code try} or definition.
 */
public final class RaiseWithoutFromInsideExceptFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "B904", "raise-without-from-inside-except", Kind.SEMANTIC, FixSafety.UNSAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(ExceptClauseContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    ExceptClauseContext handler = (ExceptClauseContext) node;
    String name = Handlers.boundName(handler);
    String message =
        "Within an `"
            + (handler.STAR() == null ? "except" : "except*")
            + "` clause, chain the new exception: `raise ... from err` or `raise ... from None`";
    List<RaiseStatementContext> raises = new ArrayList<>();
    collect(handler.block(), raises);
    for (RaiseStatementContext raise : raises) {
      if (raise.test().size() != 1 || name != null && name.equals(Syntax.name(raise.test(0)))) {
        continue; // a bare raise, one with `from`, or the caught exception itself
      }
      Finding finding =
          Finding.reportOnly(METADATA.code(), message, Syntax.start(raise), Syntax.end(raise));
      if (name == null) {
        context.report(
            finding.withFixTitle(
                "not fixed: the handler binds no name; write `except ... as err:` to chain it"));
      } else if (rebound(name, handler, context)) {
        context.report(
            finding.withFixTitle("not fixed: `" + name + "` is bound again inside the handler"));
      } else {
        Edit edit = new Edit(Syntax.end(raise.test(0)), Syntax.end(raise.test(0)), " from " + name);
        Fix fix = new Fix(Applicability.UNSAFE, List.of(edit));
        context.report(
            Finding.fixable(METADATA.code(), message, finding.start(), finding.end(), fix)
                .withFixTitle(
                    "unsafe: the traceback then calls `"
                        + name
                        + "` the direct cause, and `__cause__` is set; add `from "
                        + name
                        + "`"));
      }
    }
  }

  /** The raise statements of {@code block} Ruff looks at, in source order. */
  private static void collect(BlockContext block, List<RaiseStatementContext> raises) {
    for (ParserRuleContext s : Syntax.statements(block)) {
      if (s instanceof RaiseStatementContext raise) {
        raises.add(raise);
      } else if (s instanceof PythonParser.IfStatementContext i) {
        i.block().forEach(b -> collect(b, raises));
      } else if (s instanceof PythonParser.ForStatementContext f) {
        collect(f.block(0), raises); // not the `else:` block
      } else if (s instanceof PythonParser.WhileStatementContext w) {
        collect(w.block(0), raises);
      } else if (s instanceof PythonParser.WithStatementContext w) {
        collect(w.block(), raises);
      } else if (s instanceof PythonParser.MatchStatementContext m) {
        m.caseBlock().forEach(c -> collect(c.block(), raises));
      }
    }
  }

  /**
   * Whether the handler's body binds or deletes {@code name} (an assignment, a nested {@code except
   * ... as name}, {@code del name}), so that {@code from name} could read another value or none.
   */
  private static boolean rebound(String name, ExceptClauseContext handler, RuleContext context) {
    int start = Syntax.start(handler.block());
    int end = Syntax.end(handler.block());
    for (Binding b : context.model().scopeOf(handler).bindings(name)) {
      if (b.start() >= start && b.start() < end) {
        return true;
      }
    }
    return false;
  }
}
