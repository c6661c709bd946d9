package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/** ANN002: reports {@code *args} without an annotation. */
public final class MissingTypeArgsFixer extends AnnotationRule {
  /** The rule, off by default. */
  public MissingTypeArgsFixer() {
    super(RuleMetadata.offByDefault("ANN002", "missing-type-args", Kind.SEMANTIC, FixSafety.NONE));
  }
}
