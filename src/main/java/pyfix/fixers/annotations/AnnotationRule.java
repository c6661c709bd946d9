package pyfix.fixers.annotations;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.FunctionDefContext;

/** An ANN rule: reports, on each {@code def}, the {@link MissingAnnotations} of its code. */
abstract class AnnotationRule implements TreeRule {
  private final RuleMetadata metadata;

  AnnotationRule(RuleMetadata metadata) {
    this.metadata = metadata;
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public final Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FunctionDefContext.class);
  }

  @Override
  public final void visit(ParserRuleContext node, RuleContext context) {
    MissingAnnotations.report(metadata.code(), (FunctionDefContext) node, context);
  }
}
