package pyfix.fixers.exceptions;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
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
 * Reports {@code except Exception:} and {@code except BaseException:} (alone or in a tuple) whose
 * body neither re-raises nor logs the traceback.
 */
public final class BlindExceptFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("BLE001", "blind-except", Kind.SEMANTIC, FixSafety.NONE);

  private static final Set<String> BLIND = Set.of("builtins.Exception", "builtins.BaseException");

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
    if (handler.test().isEmpty()) {
      return; // a bare except is E722's
    }
    for (ParserRuleContext caught : caught(handler.test(0))) {
      ParserRuleContext type = Syntax.expr(caught);
      String name = context.model().qualifiedName(type);
      if (name != null && BLIND.contains(name)) {
        if (!Handlers.reraises(handler) && !Handlers.logsTraceback(handler)) {
          context.report(
              Finding.reportOnly(
                  METADATA.code(),
                  "Do not catch blind exception: `" + context.text(type) + "`",
                  Syntax.start(type),
                  Syntax.end(type)));
        }
        return;
      }
    }
  }

  /** The exception types of an {@code except} clause: the elements of a tuple, or the one. */
  private static List<ParserRuleContext> caught(PythonParser.TestContext test) {
    if (Syntax.expr(test) instanceof PythonParser.ParensContext p
        && p.elements() != null
        && p.elements().comprehension() == null) {
      return List.copyOf(p.elements().starNamedExpression());
    }
    return List.of(test);
  }
}
