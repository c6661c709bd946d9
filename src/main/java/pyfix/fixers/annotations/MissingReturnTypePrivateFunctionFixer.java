package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/** ANN202: reports a private or nested function without a return annotation. */
public final class MissingReturnTypePrivateFunctionFixer extends AnnotationRule {
  /** The rule, off by default. */
  public MissingReturnTypePrivateFunctionFixer() {
    super(
        RuleMetadata.offByDefault(
            "ANN202", "missing-return-type-private-function", Kind.SEMANTIC, FixSafety.NONE));
  }
}
