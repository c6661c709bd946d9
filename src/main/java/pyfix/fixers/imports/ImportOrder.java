package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyfix.fix.Settings;

/**
 * What running an import block's statements in their order makes observable: which import binds
 * each name last (a later binding replaces an earlier one), which imports run before each star
 * import (whose names nobody here knows), the order in which the project's own modules (relative
 * and first-party imports, and the package that holds the file) are first imported, and, where a
 * failing import may be caught, the order of all of them. The project's own order matters when its
 * modules import each other: a module imported while another is half initialized sees only the
 * names the imports before it have bound.
 */
final class ImportOrder {
  private final Settings settings;
  private final Set<String> own = new LinkedHashSet<>();
  // bound name -> what the last import binding it binds it to
  private final Map<String, String> bindings = new HashMap<>();
  // each imported name, as "from m import n" or "import m", in the order they run
  private final List<String> sequence = new ArrayList<>();
  // star-imported module -> the imports that run before it
  private final Map<String, Set<String>> beforeStar = new HashMap<>();
  // the names bound after the last star import, which no star import can rebind
  private final Set<String> afterLastStar = new HashSet<>();

  ImportOrder(Settings settings) {
    this.settings = settings;
  }

  /** The effects of {@code statements} run as written. */
  static ImportOrder of(List<ImportStatement> statements, Settings settings) {
    ImportOrder order = new ImportOrder(settings);
    for (ImportStatement s : statements) {
      if (s.from()) {
        order.from(s.module(), s.aliases());
      } else {
        s.aliases().forEach(order::straight);
      }
    }
    return order;
  }

  /** Records {@code import a.name}. */
  void straight(Alias a) {
    if (own(a.name())) {
      own.add(a.name());
    }
    sequence.add("import " + a.name());
    String top = a.name().split("\\.")[0];
    // "import a.b" binds a to the module a, as "import a" does
    String name = a.asName() != null ? a.asName() : top;
    bindings.put(name, "import " + (a.asName() != null ? a.name() : top));
    afterLastStar.add(name);
  }

  /**
   * Records {@code from module import aliases}; the names of {@code from . import a, b} are
   * submodules, imported one after the other.
   */
  void from(String module, List<Alias> aliases) {
    if (own(module)) {
      if (module.chars().allMatch(c -> c == '.')) {
        aliases.forEach(a -> own.add(module + a.name()));
      } else {
        own.add(module);
      }
    }
    for (Alias a : aliases) {
      if (a.name().equals("*")) {
        beforeStar.putIfAbsent(module, new HashSet<>(sequence));
        afterLastStar.clear();
      } else {
        String name = a.asName() != null ? a.asName() : a.name();
        bindings.put(name, "from " + module + " import " + a.name());
        afterLastStar.add(name);
      }
      sequence.add("from " + module + " import " + a.name());
    }
  }

  /**
   * Why running {@code sorted}'s imports instead of these can behave differently, or empty when it
   * cannot; {@code packageInit}: in a package's {@code __init__.py}; {@code guarded}: in a {@code
   * try} or {@code with} body, where an import that fails may be caught.
   */
  String changedBy(ImportOrder sorted, boolean packageInit, boolean guarded) {
    for (Map.Entry<String, String> e : bindings.entrySet()) {
      String after = sorted.bindings.get(e.getKey());
      if (!e.getValue().equals(after)) {
        return "unsafe: "
            + e.getKey()
            + " would be bound last by "
            + after
            + ", not "
            + e.getValue();
      }
    }
    for (Map.Entry<String, Set<String>> e : beforeStar.entrySet()) {
      if (!e.getValue().equals(sorted.beforeStar.get(e.getKey()))) {
        return "unsafe: from "
            + e.getKey()
            + " import * would run before or after other imports, and may bind their names";
      }
    }
    if (!beforeStar.isEmpty() && !afterLastStar.equals(sorted.afterLastStar)) {
      Set<String> moved = new HashSet<>(afterLastStar);
      moved.removeAll(sorted.afterLastStar);
      return "unsafe: "
          + (moved.isEmpty() ? "a name" : moved.iterator().next())
          + " would no longer be bound after the last star import, which may bind it instead";
    }
    if (guarded) {
      for (int i = 0; i < sequence.size() && i < sorted.sequence.size(); i++) {
        if (!sequence.get(i).equals(sorted.sequence.get(i))) {
          return "unsafe: "
              + sorted.sequence.get(i)
              + " would run before "
              + sequence.get(i)
              + ", and where a failing import is caught, the imports after it bind nothing";
        }
      }
    }
    List<String> before = new ArrayList<>(own);
    List<String> after = new ArrayList<>(sorted.own);
    for (int i = 0; i < before.size() && i < after.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        String moved = after.get(i) + " would be imported before " + before.get(i);
        return packageInit
            ? "unsafe: in this __init__.py "
                + moved
                + ", and a submodule importing from the partly initialized package can then fail"
            : "unsafe: "
                + moved
                + ", and if the project's modules import each other, one can then find another"
                + " partly initialized";
      }
    }
    return "";
  }

  private boolean own(String module) {
    String id = ModuleSections.matched(module, settings).id();
    String top = module.split("\\.", 2)[0];
    return id.equals(Section.LOCAL.id())
        || id.equals(Section.FIRST_PARTY.id())
        || settings.options().isort().ownModules().contains(top);
  }
}
