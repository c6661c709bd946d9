package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/** ANN205: reports a {@code @staticmethod} without a return annotation. */
public final class MissingReturnTypeStaticMethodFixer extends AnnotationRule {
  /** The rule, off by default. */
  public MissingReturnTypeStaticMethodFixer() {
    super(
        RuleMetadata.offByDefault(
            "ANN205", "missing-return-type-static-method", Kind.SEMANTIC, FixSafety.NONE));
  }
}
