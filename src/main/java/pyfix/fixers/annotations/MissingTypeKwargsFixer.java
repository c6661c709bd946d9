package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/** ANN003: reports {@code **kwargs} without an annotation. */
public final class MissingTypeKwargsFixer extends AnnotationRule {
  /** The rule, off by default. */
  public MissingTypeKwargsFixer() {
    super(
        RuleMetadata.offByDefault("ANN003", "missing-type-kwargs", Kind.SEMANTIC, FixSafety.NONE));
  }
}
