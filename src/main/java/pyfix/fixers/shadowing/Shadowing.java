package pyfix.fixers.shadowing;

import pyfix.fix.RuleContext;
import pyfix.semantic.SemanticModel;

/** What the flake8-builtins rules share: which names shadow a builtin under the settings. */
final class Shadowing {
  private Shadowing() {}

  /**
   * Whether binding {@code name} hides a builtin of the target Python that {@code
   * builtins-ignorelist} does not allow.
   */
  static boolean shadows(String name, RuleContext context) {
    var settings = context.settings();
    return SemanticModel.isBuiltinName(name, settings.targetVersion())
        && !settings.options().naming().builtinsIgnorelist().contains(name);
  }
}
