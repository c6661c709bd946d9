package pyfix.fixers.size;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.semantic.Syntax;
import pyfix.source.LineMap;

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
    int lines = code.count(context.file().lines().line(Syntax.start(body)), lastLine(def, context));
    if (lines > max) {
      context.report(
          Finding.reportOnly(
              METADATA.code(),
              "`" + def.NAME().getText() + "` has " + lines + " lines of code (> " + max + ")",
              Syntax.start(def.NAME()),
              Syntax.end(def.NAME())));
    }
  }

  /**
   * The last line of {@code def}'s body: a block ends in a DEDENT placed at the next statement's
   * first token, so the line before that one, unless the DEDENT is at the end of the text.
   */
  private static int lastLine(FunctionDefContext def, RuleContext context) {
    int end = Syntax.end(def.block());
    boolean dedent = def.block().getStop().getType() == PythonParser.DEDENT;
    LineMap lines = context.file().lines();
    return dedent && end < context.file().text().length()
        ? lines.line(end) - 1
        : lines.line(Math.max(0, end - 1));
  }
}
