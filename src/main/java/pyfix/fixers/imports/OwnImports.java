package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pyfix.fix.Settings;

/**
 * The modules of the project's own packages (relative and first-party imports) that an import block
 * runs, in the order it first runs them. In a package's {@code __init__.py} that order is
 * observable: a submodule that imports from the package while {@code __init__.py} runs sees only
 * the names the imports before it have bound.
 */
final class OwnImports {
  private final Settings settings;
  private final Set<String> order = new LinkedHashSet<>();

  OwnImports(Settings settings) {
    this.settings = settings;
  }

  /** The order in which {@code statements}, as written, first import the project's modules. */
  static OwnImports of(List<ImportStatement> statements, Settings settings) {
    OwnImports own = new OwnImports(settings);
    for (ImportStatement s : statements) {
      if (s.from()) {
        own.from(s.module(), s.aliases().stream().map(Alias::name).toList());
      } else {
        s.aliases().forEach(a -> own.straight(a.name()));
      }
    }
    return own;
  }

  /** Records {@code import module}. */
  void straight(String module) {
    if (own(module)) {
      order.add(module);
    }
  }

  /**
   * Records {@code from module import names}; the names of {@code from . import a, b} are
   * submodules, imported one after the other.
   */
  void from(String module, List<String> names) {
    if (!own(module)) {
      return;
    }
    if (module.chars().allMatch(c -> c == '.')) {
      names.forEach(n -> order.add(module + n));
    } else {
      order.add(module);
    }
  }

  /**
   * Why running {@code other}'s imports instead of these can fail, naming the first two modules
   * whose order differs; empty when the order is the same.
   */
  String reorderedBy(OwnImports other) {
    List<String> before = new ArrayList<>(order);
    List<String> after = new ArrayList<>(other.order);
    for (int i = 0; i < before.size() && i < after.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        return after.get(i) + " would be imported before " + before.get(i);
      }
    }
    return "";
  }

  private boolean own(String module) {
    Section s = ModuleSections.of(module, settings);
    return s == Section.LOCAL || s == Section.FIRST_PARTY;
  }
}
