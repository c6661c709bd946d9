package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/** ANN401: reports an annotation that is {@code typing.Any}. */
public final class AnyTypeFixer extends AnnotationRule {
  /** The rule, off by default. */
  public AnyTypeFixer() {
    super(RuleMetadata.offByDefault("ANN401", "any-type", Kind.SEMANTIC, FixSafety.NONE));
  }
}
