package pyfix.fixers.annotations;

import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

/** ANN001: reports a parameter other than {@code self}/{@code cls} without an annotation. */
public final class MissingTypeFunctionArgumentFixer extends AnnotationRule {
  /** The rule, off by default. */
  public MissingTypeFunctionArgumentFixer() {
    super(
        RuleMetadata.offByDefault(
            "ANN001", "missing-type-function-argument", Kind.SEMANTIC, FixSafety.NONE));
  }
}
