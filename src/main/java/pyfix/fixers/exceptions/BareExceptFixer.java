package pyfix.fixers.exceptions;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
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
import pyfix.parse.PythonParser.ExceptClauseContext;
import pyfix.semantic.Handlers;
import pyfix.semantic.Syntax;

/**
 * Names the exception of a bare {@code except:}: {@code BaseException} when the handler re-raises
 * (the same program), else {@code Exception} (no longer catching {@code KeyboardInterrupt} and
 * {@code SystemExit}). A handler whose own statements include a bare {@code raise} is left alone,
 * as Ruff leaves it.
 */
public final class BareExceptFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("E722", "bare-except", Kind.SEMANTIC, FixSafety.PER_FINDING);

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
    if (!handler.test().isEmpty() || cleansUpAndReraises(handler)) {
      return;
    }
    TerminalNode except = handler.EXCEPT();
    Finding finding =
        Finding.reportOnly(
            METADATA.code(), "Do not use bare `except`", Syntax.start(except), Syntax.end(except));
    boolean reraises = Handlers.reraises(handler);
    String type = reraises ? "BaseException" : "Exception";
    if (!context.model().isBuiltin(type, handler)) {
      context.report(finding.withFixTitle("not fixed: `" + type + "` is not the builtin here"));
      return;
    }
    // `except  :` or `except \` + newline + `:` become `except Exception:`
    int colon = Syntax.start(handler.COLON());
    Edit edit = new Edit(Syntax.end(except), colon, " " + type);
    Applicability applicability = reraises ? Applicability.SAFE : Applicability.UNSAFE;
    String title =
        reraises
            ? "Replace with `except BaseException:`, which catches the same"
            : "unsafe: KeyboardInterrupt, SystemExit and GeneratorExit are no longer caught;"
                + " replace with `except Exception:`";
    context.report(
        Finding.fixable(
                finding.code(),
                finding.message(),
                finding.start(),
                finding.end(),
                new Fix(applicability, List.of(edit)))
            .withFixTitle(title));
  }

  /**
   * Whether one of the handler's own statements is a bare {@code raise}: PEP 8's "cleanup, then let
   * the exception propagate", which Ruff does not report.
   */
  private static boolean cleansUpAndReraises(ExceptClauseContext handler) {
    return Syntax.statements(handler.block()).stream()
        .anyMatch(s -> s instanceof PythonParser.RaiseStatementContext r && r.test().isEmpty());
  }
}
