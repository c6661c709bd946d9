package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/** ANN206: reports a {@code @classmethod} without a return annotation. */
public final class MissingReturnTypeClassMethodFixer extends AnnotationRule {
  /** The rule, off by default. */
  public MissingReturnTypeClassMethodFixer() {
    super(
        RuleMetadata.offByDefault(
            "ANN206", "missing-return-type-class-method", Kind.SEMANTIC, FixSafety.NONE));
  }
}
