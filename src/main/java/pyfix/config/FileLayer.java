package pyfix.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values one settings file sets (its own keys and those adopted from other tools), with the
 * import sorter and excludes adopted from other tools' settings beside it.
 */
final class FileLayer {
  /** An exclude adopted from another tool, with where it is written. */
  record AdoptedExclude(PathExclude rule, Origin origin) {}

  /** The sorter I001 follows and where the choice came from. */
  record Sorter(SorterConfig.Result result, String source) {}

  private final Map<SettingsKey, Object> values = new EnumMap<>(SettingsKey.class);
  private final Map<SettingsKey, Origin> origins = new EnumMap<>(SettingsKey.class);
  private final List<AdoptedExclude> excludes = new ArrayList<>();
  private final Map<PathGlob, List<String>> perFileIgnores = new LinkedHashMap<>();
  private Origin perFileIgnoresOrigin;
  private Sorter sorter;
  private boolean requiresPythonOnly;

  void set(SettingsKey key, Object value, Origin origin) {
    values.put(key, value);
    origins.put(key, origin);
  }

  boolean has(SettingsKey key) {
    return values.containsKey(key);
  }

  /** The value of {@code key}, or null; its type is the one {@link SettingsReader} stores. */
  @SuppressWarnings("unchecked")
  <T> T get(SettingsKey key) {
    return (T) values.get(key);
  }

  /** Where {@code key}'s value came from, or null when this file does not set it. */
  Origin origin(SettingsKey key) {
    return origins.get(key);
  }

  void exclude(PathExclude rule, Origin origin) {
    excludes.add(new AdoptedExclude(rule, origin));
  }

  /** The excludes adopted from Ruff, Black and isort. */
  List<AdoptedExclude> excludes() {
    return excludes;
  }

  void ignoreIn(PathGlob glob, List<String> codes, Origin origin) {
    if (codes.isEmpty()) {
      return;
    }
    if (perFileIgnoresOrigin == null) {
      perFileIgnoresOrigin = origin;
    }
    List<String> all = new ArrayList<>(perFileIgnores.getOrDefault(glob, List.of()));
    all.addAll(codes);
    perFileIgnores.put(glob, List.copyOf(all));
  }

  /** The {@code per-file-ignores} adopted from Ruff's or flake8's. */
  Map<PathGlob, List<String>> adoptedPerFileIgnores() {
    return perFileIgnores;
  }

  /** Where the first adopted {@code per-file-ignores} came from, or null when none was. */
  Origin adoptedPerFileIgnoresOrigin() {
    return perFileIgnoresOrigin;
  }

  void markRequiresPythonOnly() {
    requiresPythonOnly = true;
  }

  /**
   * Whether this is a {@code pyproject.toml} that gives only {@code [project] requires-python}: it
   * configures no tool, so, as for Ruff, a settings file further up wins over it (a workspace
   * member's own {@code pyproject.toml}).
   */
  boolean requiresPythonOnly() {
    return requiresPythonOnly;
  }

  void sorter(Sorter sorter) {
    this.sorter = sorter;
  }

  /** The import sorter, or null when none was configured here. */
  Sorter sorter() {
    return sorter;
  }
}
