package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/**
 * ANN204: reports a special method without a return annotation, and adds {@code -> None} where
 * Python ignores the return value and the body returns none.
 */
public final class MissingReturnTypeSpecialMethodFixer extends AnnotationRule {
  /** The rule, off by default. */
  public MissingReturnTypeSpecialMethodFixer() {
    super(
        RuleMetadata.offByDefault(
            "ANN204", "missing-return-type-special-method", Kind.SEMANTIC, FixSafety.UNSAFE));
  }
}
