package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/** ANN201: reports a public function or method without a return annotation. */
public final class MissingReturnTypeUndocumentedPublicFunctionFixer extends AnnotationRule {
  /** The rule, off by default. */
  public MissingReturnTypeUndocumentedPublicFunctionFixer() {
    super(
        RuleMetadata.offByDefault(
            "ANN201",
            "missing-return-type-undocumented-public-function",
            Kind.SEMANTIC,
            FixSafety.NONE));
  }
}
