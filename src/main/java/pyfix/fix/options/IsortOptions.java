package pyfix.fix.options;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyfix.parse.PythonVersion;

/**
 * How I001 (unsorted-imports) places modules in sections; the {@code config} package fills it from
 * the settings files and the project's folders, so the rule itself reads no files.
 *
 * @param knownFirstParty top-level module names that import sorting treats as first party
 * @param knownThirdParty top-level module names that import sorting treats as third party
 * @param src folders whose top-level packages and modules are first party
 * @param srcModules each top-level package or module found in {@code src}, with the first folder
 *     that holds it
 * @param sorter how the block is ordered and printed
 * @param samePackage the top-level package that holds the file being sorted, null for none: first
 *     party under Ruff's {@code detect-same-package}
 * @param ownModules top-level names that may be the program's own modules wherever pyfix runs (the
 *     file's package, the folders above it, the modules beside a file in no package), whose order
 *     I001 keeps unless it is known to be safe to change
 * @param stdlibVersion the Python version whose standard library Ruff's sorter places first: the
 *     target version the project states; null when it states none (or for isort, whose list is
 *     every version's)
 */
public record IsortOptions(
    List<String> knownFirstParty,
    List<String> knownThirdParty,
    List<Path> src,
    Map<String, Path> srcModules,
    SorterOptions sorter,
    String samePackage,
    Set<String> ownModules,
    PythonVersion stdlibVersion) {

  /** No import knowledge: only the standard library list and relative imports decide. */
  public static final IsortOptions DEFAULTS =
      new IsortOptions(List.of(), List.of(), List.of(), Map.of());

  /** These sections with the default sorter. */
  public IsortOptions(
      List<String> knownFirstParty,
      List<String> knownThirdParty,
      List<Path> src,
      Map<String, Path> srcModules) {
    this(knownFirstParty, knownThirdParty, src, srcModules, SorterOptions.DEFAULTS);
  }

  /** These sections and sorter, for no file in particular. */
  public IsortOptions(
      List<String> knownFirstParty,
      List<String> knownThirdParty,
      List<Path> src,
      Map<String, Path> srcModules,
      SorterOptions sorter) {
    this(knownFirstParty, knownThirdParty, src, srcModules, sorter, null, Set.of(), null);
  }

  /** These options with another sorter. */
  public IsortOptions withSorter(SorterOptions sorter) {
    return new IsortOptions(
        knownFirstParty,
        knownThirdParty,
        src,
        srcModules,
        sorter,
        samePackage,
        ownModules,
        stdlibVersion);
  }

  /**
   * These options for a file in the top-level package {@code name} (null for none), whose program
   * may import {@code own} as its own modules.
   */
  public IsortOptions withOwn(String name, Set<String> own) {
    return new IsortOptions(
        knownFirstParty, knownThirdParty, src, srcModules, sorter, name, own, stdlibVersion);
  }

  /** These options with the standard library of {@code version} (null: of every version). */
  public IsortOptions withStdlibVersion(PythonVersion version) {
    return new IsortOptions(
        knownFirstParty,
        knownThirdParty,
        src,
        srcModules,
        sorter,
        samePackage,
        ownModules,
        version);
  }

  /** Copies the lists, the map and the set. */
  public IsortOptions {
    knownFirstParty = List.copyOf(knownFirstParty);
    knownThirdParty = List.copyOf(knownThirdParty);
    src = List.copyOf(src);
    srcModules = Map.copyOf(srcModules);
    ownModules = Set.copyOf(ownModules);
  }
}
