package pyfix.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import pyfix.fix.Selectors;
import pyfix.fix.Settings;
import pyfix.fix.options.AnnotationOptions;
import pyfix.fix.options.DocstringOptions;
import pyfix.fix.options.DummyNames;
import pyfix.fix.options.FixSafetyOverrides;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.IsortOptions;
import pyfix.fix.options.PycodestyleOptions;
import pyfix.fix.options.RuleOptions;
import pyfix.fix.options.SizeLimits;
import pyfix.fix.options.SorterOptions;
import pyfix.fix.options.UnusedImportOptions;
import pyfix.parse.PythonVersion;

/**
 * Finds and layers the settings for each folder: the defaults, then the nearest settings file above
 * the folder, then the command line. Each folder and each settings file is resolved once; not safe
 * for use by several threads at once.
 */
public final class Configuration {
  /** Names of settings files, the first found in a folder winning (as Ruff's ruff.toml does). */
  static final List<String> FILE_NAMES = List.of(".pyfix.toml", "pyfix.toml", "pyproject.toml");

  /** Names of every file a project's settings may be read from: pyfix's and other tools'. */
  public static final List<String> ALL_FILE_NAMES =
      Stream.concat(FILE_NAMES.stream(), ToolSettings.FILE_NAMES.stream()).toList();

  /** pyfix's cache folder at the project root when {@code cache-dir} is not set. */
  public static final String CACHE_FOLDER = ".pyfix_cache";

  /** Folders no walk enters unless {@code exclude} says otherwise: tools', builds', VCSs'. */
  private static final List<String> DEFAULT_EXCLUDES =
      List.of(
          ".bzr",
          ".direnv",
          ".eggs",
          ".git",
          ".git-rewrite",
          ".hg",
          ".ipynb_checkpoints",
          ".mypy_cache",
          ".nox",
          ".pants.d",
          ".pyenv",
          ".pytest_cache",
          ".pytype",
          CACHE_FOLDER,
          ".ruff_cache",
          ".svn",
          ".tox",
          ".venv",
          ".vscode",
          "__pycache__",
          "__pypackages__",
          "_build",
          "buck-out",
          "build",
          "dist",
          "node_modules",
          "site-packages",
          "venv");

  /** The default excludes, compiled only by a run that matches paths against them. */
  static final class DefaultExcludes {
    static final List<PathGlob> GLOBS = DEFAULT_EXCLUDES.stream().map(PathGlob::of).toList();

    private DefaultExcludes() {}
  }

  private static final Path NONE = Path.of("");

  private final Path workingDirectory;
  private final CommandLineSettings commandLine;
  private final Path explicit;
  private final boolean isolated;
  private final SettingsReader reader;
  private final Map<Path, Path> fileOfFolder = new HashMap<>();
  private final Map<Path, ProjectSettings> projects = new HashMap<>();

  /**
   * Settings for a run in {@code workingDirectory} with {@code commandLine}'s options. {@code
   * explicit} is the file {@code --config} names (relative to the working directory), or null;
   * {@code isolated} ignores every settings file. A rule selector in a file must be accepted by
   * {@code knownSelector}.
   */
  public Configuration(
      Path workingDirectory,
      CommandLineSettings commandLine,
      Path explicit,
      boolean isolated,
      Predicate<String> knownSelector) {
    this.workingDirectory = real(workingDirectory.toAbsolutePath().normalize());
    this.commandLine = commandLine;
    this.explicit = explicit == null ? null : real(this.workingDirectory.resolve(explicit));
    this.isolated = isolated;
    this.reader = new SettingsReader(knownSelector);
  }

  /** {@code path} without symbolic links, as the files found are, so that globs match them. */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.normalize(); // a missing --config file is reported when it is read
    }
  }

  /** The settings for the files in {@code folder} (absolute). */
  public ProjectSettings forFolder(Path folder) throws SettingsException {
    Path file = isolated ? null : explicit != null ? explicit : settingsFileOf(folder);
    Path key = file == null ? NONE : file;
    ProjectSettings project = projects.get(key);
    if (project == null) {
      project = build(file);
      projects.put(key, project);
    }
    return project;
  }

  /** The settings for {@code file} (absolute): those of its folder. */
  public ProjectSettings forFile(Path file) throws SettingsException {
    Path folder = file.getParent();
    return forFolder(folder == null ? file : folder);
  }

  /**
   * The nearest file above {@code folder} that has settings for pyfix, or null. A {@code
   * pyproject.toml} that gives only {@code requires-python} counts only when no other file is found
   * above it: Ruff takes the settings of the nearest file that configures Ruff.
   */
  private Path settingsFileOf(Path folder) throws SettingsException {
    List<Path> visited = new ArrayList<>();
    Path found = null;
    Path requiresPythonOnly = null;
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      Path known = fileOfFolder.get(dir);
      if (known != null) {
        found = known == NONE ? null : known;
        break;
      }
      visited.add(dir);
      found = settingsFileIn(dir);
      if (found != null && layerOf(found).requiresPythonOnly()) {
        requiresPythonOnly = requiresPythonOnly == null ? found : requiresPythonOnly;
        found = null;
      } else if (found != null) {
        break;
      }
    }
    boolean fallBack = found == null || layerOf(found).requiresPythonOnly();
    for (Path dir : visited) {
      Path file =
          fallBack && requiresPythonOnly != null && dir.startsWith(requiresPythonOnly.getParent())
              ? requiresPythonOnly
              : found;
      fileOfFolder.put(dir, file == null ? NONE : file);
    }
    return fileOfFolder.get(folder) == NONE ? null : fileOfFolder.get(folder);
  }

  private Path settingsFileIn(Path dir) throws SettingsException {
    for (String name : FILE_NAMES) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        // a pyproject.toml that holds nothing for pyfix (nor to adopt) is not a project root
        if (!name.equals("pyproject.toml") || layerOf(candidate) != null) {
          return candidate;
        }
      }
    }
    // Ruff's or isort's own settings file makes a root too, as it does for those tools
    for (String name : ToolSettings.FILE_NAMES) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return layerOf(candidate) != null ? candidate : null;
      }
    }
    return null;
  }

  private final Map<Path, Optional<FileLayer>> layers = new HashMap<>();

  private FileLayer layerOf(Path file) throws SettingsException {
    Optional<FileLayer> layer = layers.get(file);
    if (layer == null) {
      Path pyproject = file.resolveSibling("pyproject.toml");
      String name = file.getFileName().toString();
      if (file.equals(explicit) && ToolSettings.isIniFile(name)) {
        throw new SettingsException(
            file,
            0,
            0,
            "--config takes a TOML file (pyfix.toml, pyproject.toml); "
                + name
                + " is read without --config, from the folder of the files checked, as isort reads"
                + " it");
      }
      boolean adopt = !name.equals("pyproject.toml");
      layer =
          Optional.ofNullable(
              FILE_NAMES.contains(name) || file.equals(explicit)
                  ? reader.read(file, adopt && Files.isRegularFile(pyproject) ? pyproject : null)
                  : reader.readTools(file.getParent()));
      layers.put(file, layer);
    }
    return layer.orElse(null);
  }

  private ProjectSettings build(Path file) throws SettingsException {
    FileLayer layer = file == null ? null : layerOf(file);
    if (layer == null) {
      layer = new FileLayer(); // no file, or a pyproject.toml named by --config that sets nothing
    }
    Path root = file == null ? workingDirectory : file.getParent();
    Map<SettingsKey, Origin> origins = new EnumMap<>(SettingsKey.class);
    for (SettingsKey k : SettingsKey.values()) {
      if (layer.has(k)) {
        origins.put(k, layer.origin(k));
      }
    }
    Settings defaults = Settings.defaults();
    int lineLength =
        layered(
            SettingsKey.LINE_LENGTH,
            layer.get(SettingsKey.LINE_LENGTH),
            commandLine.lineLength(),
            defaults.lineLength(),
            origins);
    PythonVersion target =
        layered(
            SettingsKey.TARGET_VERSION,
            layer.get(SettingsKey.TARGET_VERSION),
            commandLine.targetVersion(),
            defaults.targetVersion(),
            origins);
    boolean unsafe =
        layered(
            SettingsKey.UNSAFE_FIXES,
            layer.get(SettingsKey.UNSAFE_FIXES),
            commandLine.unsafeFixes() ? Boolean.TRUE : null,
            false,
            origins);
    List<String> select = selected(layer, origins);
    List<String> ignore = ignored(layer, origins);
    FileLayer.Sorter sorter = layer.sorter();
    if (sorter != null && sorter.result().sortsOtherwise() && commandLine.select().isEmpty()) {
      ignore.add("I001");
      origins.putIfAbsent(
          SettingsKey.IGNORE,
          new Origin(null, "isort options pyfix cannot apply: see the warnings"));
    }
    List<Path> src = new ArrayList<>();
    List<String> given = layer.get(SettingsKey.SRC);
    for (String s : given != null ? given : List.of(".", "src")) {
      src.add(root.resolve(s).normalize());
    }
    SorterOptions sorting = sorter == null ? SorterOptions.DEFAULTS : sorter.result().options();
    IsortOptions isort =
        new IsortOptions(
            orEmpty(layer.get(SettingsKey.KNOWN_FIRST_PARTY)),
            orEmpty(layer.get(SettingsKey.KNOWN_THIRD_PARTY)),
            src,
            SourceModules.in(src, sorting.style() == ImportStyle.ISORT),
            sorting);
    boolean targetStated =
        layer.get(SettingsKey.TARGET_VERSION) != null || commandLine.targetVersion() != null;
    if (sorting.style() == ImportStyle.RUFF && targetStated) {
      // Ruff's standard library is the target version's; with none stated, every version's
      isort = isort.withStdlibVersion(target);
    }
    Settings settings =
        new Settings(lineLength, target, select, ignore, unsafe)
            .withOptions(
                RuleOptions.DEFAULTS
                    .with(isort)
                    .with(limits(layer))
                    .with(
                        Objects.requireNonNullElse(
                            layer.get(SettingsKey.FLAKE8_ANNOTATIONS), AnnotationOptions.DEFAULTS))
                    .with(
                        Objects.requireNonNullElse(
                            layer.get(SettingsKey.PYDOCSTYLE), DocstringOptions.DEFAULTS))
                    .with(
                        Objects.requireNonNullElse(
                            layer.get(SettingsKey.PYCODESTYLE), PycodestyleOptions.DEFAULTS))
                    .with(
                        new FixSafetyOverrides(
                            orEmpty(layer.get(SettingsKey.EXTEND_SAFE_FIXES)),
                            orEmpty(layer.get(SettingsKey.EXTEND_UNSAFE_FIXES)),
                            orEmpty(layer.get(SettingsKey.FIXABLE)),
                            orEmpty(layer.get(SettingsKey.UNFIXABLE))))
                    .with(NamingTables.options(layer))
                    .with(unusedImports(layer))
                    .with(
                        layer.has(SettingsKey.DUMMY_VARIABLE_RGX)
                            ? new DummyNames(layer.get(SettingsKey.DUMMY_VARIABLE_RGX))
                            : DummyNames.DEFAULTS));
    Map<PathGlob, List<String>> perFile = new LinkedHashMap<>(layer.adoptedPerFileIgnores());
    Map<PathGlob, List<String>> own = layer.get(SettingsKey.PER_FILE_IGNORES);
    perFile.putAll(own == null ? Map.of() : own);
    if (own == null && layer.adoptedPerFileIgnoresOrigin() != null) {
      origins.put(SettingsKey.PER_FILE_IGNORES, layer.adoptedPerFileIgnoresOrigin());
    }
    List<PathGlob> exclude = layer.get(SettingsKey.EXCLUDE);
    if (commandLine.exclude() != null) {
      exclude = commandLine.exclude().stream().map(PathGlob::of).toList();
      origins.put(SettingsKey.EXCLUDE, Origin.COMMAND_LINE);
    }
    List<PathGlob> extendExclude = new ArrayList<>(orEmpty(layer.get(SettingsKey.EXTEND_EXCLUDE)));
    commandLine.extendExclude().stream().map(PathGlob::of).forEach(extendExclude::add);
    return new ProjectSettings(
        root,
        file,
        settings,
        exclude,
        extendExclude,
        perFile,
        origins,
        layer.excludes(),
        sorter,
        root.resolve(Objects.requireNonNullElse(layer.get(SettingsKey.CACHE_DIR), CACHE_FOLDER))
            .normalize());
  }

  /** F401's options the file sets, each else Ruff's default. */
  private static UnusedImportOptions unusedImports(FileLayer layer) {
    Boolean ignoreInit = layer.get(SettingsKey.IGNORE_INIT_MODULE_IMPORTS);
    return new UnusedImportOptions(
        ignoreInit != null ? ignoreInit : UnusedImportOptions.DEFAULTS.ignoreInitModuleImports(),
        orEmpty(layer.get(SettingsKey.ALLOWED_UNUSED_IMPORTS)));
  }

  /** The size and complexity limits the file sets, each else its default. */
  private static SizeLimits limits(FileLayer layer) {
    SizeLimits d = SizeLimits.DEFAULTS;
    Integer complexity = layer.get(SettingsKey.MAX_COMPLEXITY);
    Integer function = layer.get(SettingsKey.MAX_FUNCTION_LINES);
    Integer module = layer.get(SettingsKey.MAX_MODULE_LINES);
    return new SizeLimits(
        complexity != null ? complexity : d.maxComplexity(),
        function != null ? function : d.maxFunctionLines(),
        module != null ? module : d.maxModuleLines());
  }

  /** The command line's value if given, else the file's, else {@code fallback}. */
  private static <T> T layered(
      SettingsKey key, T file, T given, T fallback, Map<SettingsKey, Origin> origins) {
    if (given != null) {
      origins.put(key, Origin.COMMAND_LINE);
      return given;
    }
    return file != null ? file : fallback;
  }

  /**
   * The rules to run: {@code --select} states the whole selection, else the file's {@code select}
   * widened by {@code extend-select}. An empty {@code select} means the default rules, so {@code
   * extend-select} alone widens {@code DEFAULT}.
   */
  private List<String> selected(FileLayer layer, Map<SettingsKey, Origin> origins) {
    if (!commandLine.select().isEmpty()) {
      origins.put(SettingsKey.SELECT, Origin.COMMAND_LINE);
      origins.remove(SettingsKey.EXTEND_SELECT);
      return commandLine.select();
    }
    List<String> select = new ArrayList<>(orEmpty(layer.get(SettingsKey.SELECT)));
    List<String> extend = new ArrayList<>(orEmpty(layer.get(SettingsKey.EXTEND_SELECT)));
    extend.addAll(commandLine.extendSelect());
    if (select.isEmpty() && !extend.isEmpty()) {
      select.add(Selectors.DEFAULT);
    }
    if (!select.isEmpty()) {
      for (String code : extend) {
        if (!select.contains(code)) {
          select.add(code);
        }
      }
    }
    return select;
  }

  /** The rules not to run: the file's (unless {@code --select} was given) and {@code --ignore}. */
  private List<String> ignored(FileLayer layer, Map<SettingsKey, Origin> origins) {
    List<String> ignore = new ArrayList<>();
    if (commandLine.select().isEmpty()) {
      ignore.addAll(orEmpty(layer.get(SettingsKey.IGNORE)));
    } else {
      origins.remove(SettingsKey.IGNORE);
    }
    if (!commandLine.ignore().isEmpty()) {
      commandLine.ignore().stream().filter(c -> !ignore.contains(c)).forEach(ignore::add);
      Origin before = origins.get(SettingsKey.IGNORE);
      origins.put(
          SettingsKey.IGNORE,
          before == null
              ? Origin.COMMAND_LINE
              : new Origin(before.file(), before.detail() + " and the command line"));
    }
    return ignore;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
