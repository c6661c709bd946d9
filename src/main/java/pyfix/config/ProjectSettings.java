package pyfix.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import pyfix.fix.Settings;
import pyfix.fix.options.IsortOptions;

/**
 * The settings for the files of one project: those its settings file gives, under the command line
 * and over the defaults, with where each came from.
 */
public final class ProjectSettings {
  private final Path root;
  private final Path file;
  private final Settings settings;
  private final List<PathGlob> exclude;
  private final List<PathGlob> extendExclude;
  private final Map<PathGlob, List<String>> perFileIgnores;
  private final Map<SettingsKey, Origin> origins;
  private final List<FileLayer.AdoptedExclude> toolExcludes;
  private volatile ExcludeMatcher excludes;
  private final FileLayer.Sorter sorter;
  private final Path cacheDir;
  // the settings for each folder's files, shared by the folders with the same OwnModules
  private final Map<Path, Settings> settingsByFolder = new ConcurrentHashMap<>();
  private final Map<OwnModules, Settings> settingsByOwnModules = new ConcurrentHashMap<>();

  /**
   * {@code exclude} is null for the defaults, which are then compiled on first use; {@code sorter}
   * is null when no tool configures import sorting.
   */
  ProjectSettings(
      Path root,
      Path file,
      Settings settings,
      List<PathGlob> exclude,
      List<PathGlob> extendExclude,
      Map<PathGlob, List<String>> perFileIgnores,
      Map<SettingsKey, Origin> origins,
      List<FileLayer.AdoptedExclude> toolExcludes,
      FileLayer.Sorter sorter,
      Path cacheDir) {
    this.root = root;
    this.cacheDir = cacheDir;
    this.file = file;
    this.settings = settings;
    this.exclude = exclude == null ? null : List.copyOf(exclude);
    this.extendExclude = List.copyOf(extendExclude);
    this.perFileIgnores = Collections.unmodifiableMap(new LinkedHashMap<>(perFileIgnores));
    this.origins = new EnumMap<>(origins);
    this.toolExcludes = List.copyOf(toolExcludes);
    this.sorter = sorter;
  }

  /** The project root: the folder of the settings file, else the working directory. */
  public Path root() {
    return root;
  }

  /** The cache folder: {@code cache-dir} resolved against the root, else {@code .pyfix_cache}. */
  public Path cacheDir() {
    return cacheDir;
  }

  /** The settings file, if one was found or named. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * The settings files this project's values and excludes were read from, its own first (for {@code
   * --verbose}).
   */
  public List<Path> filesRead() {
    Set<Path> files = new LinkedHashSet<>();
    if (file != null) {
      files.add(file);
    }
    Stream.concat(origins.values().stream(), toolExcludes.stream().map(e -> e.origin()))
        .map(Origin::file)
        .filter(Objects::nonNull)
        .forEach(files::add);
    return List.copyOf(files);
  }

  /** The settings every file of the project shares. */
  public Settings settings() {
    return settings;
  }

  /**
   * The settings for {@code path} (absolute): the project's, plus its {@code per-file-ignores}, and
   * the package and own modules of its folder ({@link OwnModules}).
   */
  public Settings settingsFor(Path path) {
    Settings settings =
        path.getParent() == null
            ? this.settings
            : settingsByFolder.computeIfAbsent(path.getParent(), this::withOwnModules);
    List<String> ignore = new ArrayList<>(settings.ignore());
    for (Map.Entry<PathGlob, List<String>> e : perFileIgnores.entrySet()) {
      if (e.getKey().matches(root, path)) {
        e.getValue().stream().filter(c -> !ignore.contains(c)).forEach(ignore::add);
      }
    }
    if (ignore.size() == settings.ignore().size()) {
      return settings;
    }
    return settings.withIgnore(ignore);
  }

  /**
   * The project's settings with what {@link OwnModules} finds for {@code folder}. One settings
   * object per distinct finding, so that files of one package share it (and its cache key).
   */
  private Settings withOwnModules(Path folder) {
    return settingsByOwnModules.computeIfAbsent(
        OwnModules.of(folder),
        own -> {
          IsortOptions isort = settings.options().isort().withOwn(own.top(), own.names());
          return settings.withOptions(settings.options().with(isort));
        });
  }

  /**
   * The top-level package that holds a folder (the highest folder above it that, like every folder
   * between, holds an {@code __init__.py}; null for none), first party under Ruff's {@code
   * detect-same-package}; and the top-level names the program may import as its own modules
   * wherever pyfix runs, which I001 does not reorder SAFE: that package, the folders above it
   * (namespace packages such as {@code company} in {@code company/proj/__init__.py}) and, for a
   * folder in no package, the modules in it, as a script there finds them on {@code sys.path[0]}.
   */
  record OwnModules(String top, Set<String> names) {
    static OwnModules of(Path folder) {
      Path top = null;
      for (Path f = folder;
          f != null && Files.isRegularFile(f.resolve("__init__.py"));
          f = f.getParent()) {
        top = f;
      }
      Set<String> names = new LinkedHashSet<>();
      if (top == null) {
        names.addAll(SourceModules.in(List.of(folder), false).keySet());
      }
      for (Path f = top == null ? folder : top; f != null; f = f.getParent()) {
        if (f.getFileName() != null) {
          names.add(f.getFileName().toString());
        }
      }
      Path name = top == null ? null : top.getFileName();
      return new OwnModules(name == null ? null : name.toString(), names);
    }

    // written out: a record's own equals and hashCode link a call site on first use, about 20 ms
    // of a cached run's walk, which looks up every folder's settings
    @Override
    public boolean equals(Object o) {
      return o instanceof OwnModules m && Objects.equals(top, m.top) && names.equals(m.names);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(top) * 31 + names.hashCode();
    }
  }

  /** Whether {@code path} (absolute), a walked file or folder, matches an exclude glob. */
  public boolean excluded(Path path) {
    ExcludeMatcher m = excludes;
    if (m == null) {
      // the default excludes are compiled on first use
      List<PathExclude> all = new ArrayList<>(exclude());
      all.addAll(extendExclude);
      toolExcludes.forEach(e -> all.add(e.rule()));
      excludes = m = new ExcludeMatcher(all);
    }
    return m.matches(root, path);
  }

  /** The excludes adopted from Ruff, Black and isort, each as {@code pattern # origin}. */
  public List<String> toolExcludes() {
    return toolExcludes.stream()
        .map(e -> e.rule().pattern().strip() + "  # " + describe(e.origin()))
        .toList();
  }

  /** Which sorter I001 follows and which settings chose it. */
  public String importSorter() {
    return sorter == null
        ? "isort, black profile (pyfix's default: no isort or Ruff settings found)"
        : sorter.source();
  }

  /** The sorter options the project sets, each as {@code key = value # origin}. */
  public List<String> importSorterOptions() {
    return sorter == null ? List.of() : sorter.result().shown();
  }

  /** The settings pyfix reads but cannot honour, one sentence each. */
  public List<String> warnings() {
    return sorter == null ? List.of() : sorter.result().warnings();
  }

  private static String describe(Origin origin) {
    String file = origin.file() == null ? "" : origin.file().getFileName().toString();
    return (file + " " + origin.detail()).strip();
  }

  /**
   * Whether {@code path} (absolute) or a folder above it, up to the project root, matches an
   * exclude glob: for paths given explicitly with {@code --force-exclude}.
   */
  public boolean excludedWithParents(Path path) {
    for (Path p = path; p != null && !p.equals(root); p = p.getParent()) {
      if (excluded(p)) {
        return true;
      }
      if (!p.startsWith(root)) {
        break;
      }
    }
    return false;
  }

  /** The {@code exclude} globs (the defaults unless the settings file replaces them). */
  public List<PathGlob> exclude() {
    return exclude != null ? exclude : Configuration.DefaultExcludes.GLOBS;
  }

  /** The {@code extend-exclude} globs. */
  public List<PathGlob> extendExclude() {
    return extendExclude;
  }

  /** The {@code per-file-ignores}: glob to rule selectors. */
  public Map<PathGlob, List<String>> perFileIgnores() {
    return perFileIgnores;
  }

  /** Where the value of {@code key} came from. */
  public Origin origin(SettingsKey key) {
    return origins.getOrDefault(key, Origin.DEFAULT);
  }
}
