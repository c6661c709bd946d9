package pyfix.fixers.size;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.semantic.Syntax;

/**
 * Reports a function whose body holds more than {@code max-function-lines} lines of code (not
 * counting its docstring, comments and blank lines), on the function's name.
 */
public final class FunctionTooLongFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("PYF001", "function-too-long", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FunctionDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    FunctionDefContext def = (FunctionDefContext) node;
    int max = context.settings().options().limits().maxFunctionLines();
    // from the first statement: a block opens with the line break after the signature's colon
    ParserRuleContext body =
        def.block().statement().isEmpty() ? def.block() : def.block().statement(0);
    CodeLines code = CodeLines.of(context.file());
    int lines =
        code.count(
            context.file().lines().line(Syntax.start(body)),
            context.file().lines().line(Syntax.end(def.block()) - 1));
    if (lines > max) {
      context.report(
          Finding.reportOnly(
              METADATA.code(),
              "`" + def.NAME().getText() + "` has " + lines + " lines of code (> " + max + ")",
              Syntax.start(def.NAME()),
              Syntax.end(def.NAME())));
    }
  }
}
