package pyfix.fixers.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pyfix.fix.Settings;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.IsortOptions;
import pyfix.fix.options.SorterOptions;
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
    Placement matched = matched(module, settings);
    SorterOptions sorter = settings.options().isort().sorter();
    if (!sorter.leftOutSections().contains(matched.id())) {
      return matched;
    }
    return new Placement(
        sorter.defaultSection(),
        matched.reason()
            + ", but section-order leaves out "
            + matched.label()
            + ", so Ruff sorts it into default-section");
  }

  /**
   * The section the first rule that applies gives {@code module}, whatever the order names: the
   * project's own modules are first party or local even where Ruff prints them with others.
   */
  static Placement matched(String module, Settings settings) {
    if (module.startsWith(".")) {
      return new Placement(Section.LOCAL, "it is a relative import");
    }
    String top = module.split("\\.", -1)[0];
    if (top.equals("__future__")) {
      return new Placement(Section.FUTURE, "__future__ imports always come first");
    }
    IsortOptions options = settings.options().isort();
    Placement known = known(module, options);
    if (known != null) {
      return known;
    }
    PythonVersion version = options.stdlibVersion();
    List<String> own = options.sorter().standardLibrary();
    if (own != null) {
      if (own.stream().anyMatch(entry -> depth(module, entry) > 0)) {
        return new Placement(
            Section.STANDARD_LIBRARY, "known_standard_library lists it (isort's list replaced)");
      }
    } else if (options.sorter().style() == ImportStyle.RUFF
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
    if (options.sorter().detectSamePackage() && top.equals(options.samePackage())) {
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
   * The section a {@code known-*} setting gives {@code module}: the one whose entry names the
   * longest package of it, as isort and Ruff choose ({@code known-first-party = ["a"]} and {@code
   * known-third-party = ["a.b"]} put {@code a.b.c} in third party); on a tie, the first of {@link
   * #knownLists}.
   */
  private static Placement known(String module, IsortOptions options) {
    Placement best = null;
    int depth = 0;
    for (Known known : knownLists(options)) {
      for (String entry : known.entries()) {
        int d = depth(module, entry);
        if (d > depth) {
          depth = d;
          best = new Placement(known.section(), known.setting() + " lists " + entry);
        }
      }
    }
    return best;
  }

  /** One {@code known-*} list: the section it puts modules in, and how to name it in a reason. */
  private record Known(String section, String setting, List<String> entries) {}

  /**
   * The {@code known-*} lists in their priority: isort's, or Ruff's, which tries the custom
   * sections first, then known-first-party, known-third-party and known-local-folder.
   */
  private static List<Known> knownLists(IsortOptions options) {
    Known local =
        new Known(Section.LOCAL.id(), "known-local-folder", options.sorter().knownLocalFolder());
    Known first =
        new Known(Section.FIRST_PARTY.id(), "known-first-party", options.knownFirstParty());
    Known third =
        new Known(Section.THIRD_PARTY.id(), "known-third-party", options.knownThirdParty());
    List<Known> custom = new ArrayList<>();
    options
        .sorter()
        .customSections()
        .forEach((name, entries) -> custom.add(new Known(name, "the section " + name, entries)));
    List<Known> lists = new ArrayList<>();
    if (options.sorter().style() == ImportStyle.RUFF) {
      lists.addAll(custom);
      lists.addAll(List.of(first, third, local));
    } else {
      lists.addAll(List.of(local, first));
      lists.addAll(custom);
      lists.add(third);
    }
    lists.add(
        new Known(
            Section.STANDARD_LIBRARY.id(),
            "extra-standard-library",
            options.sorter().extraStandardLibrary()));
    return lists;
  }

  /**
   * How many components of {@code module} the entry {@code known} names: 2 for {@code a.b} and
   * {@code a.b.c}, 0 when it names no package of it. An entry may be a glob, as isort and Ruff read
   * them: {@code *} any characters, {@code ?} one, {@code [...]} one of a set ({@code my*} names
   * {@code mylib.sub} by {@code mylib}, {@code mylib.s*} by all of it).
   */
  private static int depth(String module, String known) {
    if (!isGlob(known)) {
      return module.equals(known) || module.startsWith(known + ".") ? components(known) : 0;
    }
    Pattern pattern = Pattern.compile(globRegex(known)); // globs are rare: compiled where met
    for (int end = module.length(); end > 0; end = module.lastIndexOf('.', end - 1)) {
      String prefix = module.substring(0, end);
      if (pattern.matcher(prefix).matches()) {
        return components(prefix);
      }
    }
    return 0;
  }

  private static int components(String dotted) {
    return (int) dotted.chars().filter(c -> c == '.').count() + 1;
  }

  private static boolean isGlob(String entry) {
    return entry.indexOf('*') >= 0 || entry.indexOf('?') >= 0 || entry.indexOf('[') >= 0;
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
