package pyfix.fixers.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import pyfix.fix.Settings;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.IsortOptions;
import pyfix.parse.PythonVersion;
import pyfix.semantic.StandardLibrary;

/** Decides which section an imported module belongs to, and can say why. */
final class ModuleSections {
  private ModuleSections() {}

  /** Whether the top-level package of absolute {@code module} is in the standard library. */
  static boolean inStandardLibrary(String module) {
    return StandardLibrary.contains(module);
  }

  /**
   * Where {@code module} (dotted, with leading dots when relative) goes: the section id, as the
   * section order names it, and the reason.
   */
  record Placement(String id, String reason) {
    Placement(Section section, String reason) {
      this(section.id(), reason);
    }

    /** How {@code explain-import} names the section. */
    String label() {
      return Section.labelOf(id);
    }
  }

  /** The section id of {@code module} under {@code settings}. */
  static String of(String module, Settings settings) {
    return place(module, settings).id();
  }

  /** The section of {@code module} under {@code settings}, with the rule that decided it. */
  static Placement place(String module, Settings settings) {
    if (module.startsWith(".")) {
      return new Placement(Section.LOCAL, "it is a relative import");
    }
    String top = module.split("\\.", -1)[0];
    if (top.equals("__future__")) {
      return new Placement(Section.FUTURE, "__future__ imports always come first");
    }
    IsortOptions options = settings.options().isort();
    String local = matching(module, options.sorter().knownLocalFolder());
    if (local != null) {
      return new Placement(Section.LOCAL, "known-local-folder lists " + local);
    }
    String first = matching(module, options.knownFirstParty());
    if (first != null) {
      return new Placement(Section.FIRST_PARTY, "known-first-party lists " + first);
    }
    for (Map.Entry<String, List<String>> custom : options.sorter().customSections().entrySet()) {
      String known = matching(module, custom.getValue());
      if (known != null) {
        return new Placement(custom.getKey(), "the section " + custom.getKey() + " lists " + known);
      }
    }
    String third = matching(module, options.knownThirdParty());
    if (third != null) {
      return new Placement(Section.THIRD_PARTY, "known-third-party lists " + third);
    }
    String extra = matching(module, options.sorter().extraStandardLibrary());
    if (extra != null) {
      return new Placement(Section.STANDARD_LIBRARY, "extra-standard-library lists " + extra);
    }
    PythonVersion version = options.stdlibVersion();
    if (options.sorter().style() == ImportStyle.RUFF
        ? StandardLibrary.containsForRuff(top, version)
        : StandardLibrary.contains(top)) {
      return new Placement(
          Section.STANDARD_LIBRARY,
          top
              + " is in the standard library of Python "
              + (version == null
                  ? "3.8, 3.14 or a version between"
                  : version.id() + " (the target version)"));
    }
    if (top.equals(options.samePackage())) {
      return new Placement(
          Section.FIRST_PARTY, "the file is in the package " + top + " (detect-same-package)");
    }
    Path folder = options.srcModules().get(top);
    if (folder != null) {
      return new Placement(
          Section.FIRST_PARTY, top + " is a package or module in the src folder " + folder);
    }
    if (module.equals("__main__") && options.sorter().style() == ImportStyle.RUFF) {
      return new Placement(Section.FIRST_PARTY, "Ruff counts __main__ as first party");
    }
    String fallback = options.sorter().defaultSection();
    return new Placement(
        fallback,
        top
            + " is neither known-first-party, nor standard library, nor found in a src folder"
            + " "
            + options.src()
            + (fallback.equals("third-party") ? "" : ", and default-section is " + fallback));
  }

  /**
   * The entry of {@code known} that names {@code module} or a package of it. An entry may be a
   * glob, as isort and Ruff read them: {@code *} any characters, {@code ?} one, {@code [...]} one
   * of a set ({@code my*} names {@code mylib.sub}, {@code mylib.s*} names {@code mylib.sub}).
   */
  private static String matching(String module, List<String> known) {
    for (String k : known) {
      if (isGlob(k) ? globMatches(k, module) : module.equals(k) || module.startsWith(k + ".")) {
        return k;
      }
    }
    return null;
  }

  private static boolean isGlob(String entry) {
    return entry.indexOf('*') >= 0 || entry.indexOf('?') >= 0 || entry.indexOf('[') >= 0;
  }

  /** Whether {@code glob} matches {@code module} or one of its packages, longest first. */
  private static boolean globMatches(String glob, String module) {
    Pattern pattern = Pattern.compile(globRegex(glob)); // globs are rare: compiled where met
    for (int end = module.length(); end > 0; end = module.lastIndexOf('.', end - 1)) {
      if (pattern.matcher(module.substring(0, end)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String globRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      int close = c == '[' ? glob.indexOf(']', i + 2) : -1;
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else if (close > 0) {
        regex.append('[');
        for (int j = i + 1; j < close; j++) {
          char m = glob.charAt(j);
          if (j == i + 1 && m == '!') {
            regex.append('^'); // a glob's negated set
          } else if (m == '-' || Character.isLetterOrDigit(m)) {
            regex.append(m);
          } else {
            regex.append('\\').append(m);
          }
        }
        regex.append(']');
        i = close;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
