package pyfix.fixers.imports;

import java.util.Set;

/** Whether importing a module may do something a program relies on, beyond binding names. */
final class ImportEffects {
  // standard-library modules imported for what importing them does
  private static final Set<String> SIDE_EFFECTS =
      Set.of(
          "readline",
          "rlcompleter",
          "antigravity",
          "this",
          "site",
          "sitecustomize",
          "usercustomize",
          "encodings",
          "idlelib",
          "turtledemo",
          "__hello__",
          "__phello__");

  private ImportEffects() {}

  /**
   * Whether importing {@code module} (dotted, with leading dots when relative) may have effects:
   * anything outside the standard library, and the standard-library modules imported for their
   * effect.
   */
  static boolean mayMatter(String module) {
    if (!ModuleSections.inStandardLibrary(module)) {
      return true;
    }
    for (String part : module.split("\\.", -1)) {
      if (part.equals("__main__")) {
        return true;
      }
    }
    return SIDE_EFFECTS.contains(module.split("\\.", -1)[0]);
  }
}
