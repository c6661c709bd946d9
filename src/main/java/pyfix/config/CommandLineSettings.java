package pyfix.config;

import java.util.List;
import pyfix.parse.PythonVersion;

/**
 * The settings a user gave on the command line. A null value or empty list means "not given", so
 * the layers below (a settings file, then the defaults) stay in force.
 *
 * @param lineLength the maximum line length, or null
 * @param targetVersion the oldest Python version to support, or null
 * @param select rule selectors to run, as {@link RuleSelectors#parse} reads them; when given, they
 *     replace the settings file's {@code select}, {@code extend-select} and {@code ignore}
 * @param ignore rule selectors not to run, added to those of a settings file
 * @param unsafeFixes whether to apply UNSAFE fixes too (a flag: it can only switch them on)
 * @param extendSelect rule selectors added to the selection, as the file's {@code extend-select}
 * @param exclude globs replacing the file's {@code exclude} (relative to the project root), or null
 * @param extendExclude globs added to the file's {@code extend-exclude}
 */
public record CommandLineSettings(
    Integer lineLength,
    PythonVersion targetVersion,
    List<String> select,
    List<String> ignore,
    boolean unsafeFixes,
    List<String> extendSelect,
    List<String> exclude,
    List<String> extendExclude) {

  /**
   * Copies the lists; {@code exclude} stays null when not given.
   *
   * @throws IllegalArgumentException when a glob is not valid
   */
  public CommandLineSettings {
    for (List<String> globs :
        exclude == null ? List.of(extendExclude) : List.of(exclude, extendExclude)) {
      globs.forEach(PathGlob::of);
    }
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    extendSelect = List.copyOf(extendSelect);
    exclude = exclude == null ? null : List.copyOf(exclude);
    extendExclude = List.copyOf(extendExclude);
  }

  /** Settings without {@code extend-select} or excludes. */
  public CommandLineSettings(
      Integer lineLength,
      PythonVersion targetVersion,
      List<String> select,
      List<String> ignore,
      boolean unsafeFixes) {
    this(lineLength, targetVersion, select, ignore, unsafeFixes, List.of(), null, List.of());
  }
}
