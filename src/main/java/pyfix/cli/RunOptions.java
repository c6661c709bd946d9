package pyfix.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import pyfix.config.CommandLineSettings;
import pyfix.config.RuleSelectors;
import pyfix.fixers.Fixers;
import pyfix.parse.PythonVersion;

/**
 * The options and paths that {@code check}, {@code fix} and {@code diff} share: {@link #declare}
 * adds them to a verb, the constructor reads them back from a parse.
 */
final class RunOptions {
  private final CommandLine commandLine;
  private final List<String> select;
  private final List<String> ignore;
  private final List<String> extendSelect;
  private final List<String> exclude;
  private final List<String> extendExclude;
  private final Integer lineLength;
  private final PythonVersion targetVersion;
  private final boolean unsafeFixes;
  private final Integer jobs;
  private final boolean quiet;
  private final boolean verbose;
  private final boolean noCache;
  private final String cacheDir;
  private final String stdinFilename;
  private final boolean exitZero;
  private final boolean exitNonZeroOnFix;
  private final List<String> paths;
  private final ProjectOptions project;

  /** The values {@code parsed} holds for the options {@link #declare} added. */
  RunOptions(ParseResult parsed) {
    commandLine = parsed.commandSpec().commandLine();
    select = parsed.matchedOptionValue("--select", List.of());
    ignore = parsed.matchedOptionValue("--ignore", List.of());
    extendSelect = parsed.matchedOptionValue("--extend-select", List.of());
    exclude = parsed.matchedOptionValue("--exclude", null);
    extendExclude = parsed.matchedOptionValue("--extend-exclude", List.of());
    lineLength = parsed.matchedOptionValue("--line-length", null);
    targetVersion = parsed.matchedOptionValue("--target-version", null);
    unsafeFixes = parsed.matchedOptionValue("--unsafe-fixes", false);
    jobs = parsed.matchedOptionValue("--jobs", null);
    quiet = parsed.matchedOptionValue("--quiet", false);
    verbose = parsed.matchedOptionValue("--verbose", false);
    noCache = parsed.matchedOptionValue("--no-cache", false);
    cacheDir = parsed.matchedOptionValue("--cache-dir", null);
    stdinFilename = parsed.matchedOptionValue("--stdin-filename", null);
    exitZero = parsed.matchedOptionValue("--exit-zero", false);
    exitNonZeroOnFix = parsed.matchedOptionValue("--exit-non-zero-on-fix", false);
    paths = parsed.matchedPositionalValue(0, List.of("."));
    project = new ProjectOptions(parsed);
  }

  /** Adds the options that override settings to {@code spec}: those {@code settings} takes too. */
  static CommandSpec declareOverrides(CommandSpec spec) {
    PythonVersions versions = new PythonVersions();
    return spec.addOption(
            OptionSpec.builder("--select")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .splitRegex(",")
                .paramLabel("CODE")
                .description(
                    "Run only these rules: codes or code prefixes, comma-separated; repeatable."
                        + " (default: every rule that is on by default)")
                .build())
        .addOption(
            OptionSpec.builder("--extend-select")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .splitRegex(",")
                .paramLabel("CODE")
                .description(
                    "Add these rules to the selection, as the extend-select setting does;"
                        + " repeatable.")
                .build())
        .addOption(
            OptionSpec.builder("--ignore", "--extend-ignore")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .splitRegex(",")
                .paramLabel("CODE")
                .description(
                    "Do not run these rules: codes or code prefixes, comma-separated; repeatable."
                        + " Added to the settings file's ignore; wins over --select.")
                .build())
        .addOption(
            OptionSpec.builder("--exclude")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .splitRegex(",")
                .paramLabel("GLOB")
                .description(
                    "Leave out these files and folders instead of the exclude setting's;"
                        + " globs relative to the project root, comma-separated; repeatable.")
                .build())
        .addOption(
            OptionSpec.builder("--extend-exclude")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .splitRegex(",")
                .paramLabel("GLOB")
                .description("Leave out these files and folders too; as --exclude.")
                .build())
        .addOption(
            OptionSpec.builder("--line-length")
                .type(Integer.class)
                .paramLabel("N")
                .description("The longest line allowed, in characters. (default: 88)")
                .build())
        .addOption(
            OptionSpec.builder("--target-version")
                .type(PythonVersion.class)
                .converters(versions)
                .completionCandidates(versions)
                .paramLabel("VERSION")
                .description(
                    "The oldest Python version the code must run on: ${COMPLETION-CANDIDATES}."
                        + " (default: py39)")
                .build())
        .addOption(
            OptionSpec.builder("--unsafe-fixes")
                .type(boolean.class)
                .description("Also apply fixes that may change behaviour or drop a comment.")
                .build());
  }

  /** Adds the shared options and the {@code PATH...} parameter to {@code spec}. */
  static CommandSpec declare(CommandSpec spec) {
    return declareOverrides(spec)
        .addOption(
            OptionSpec.builder("-j", "--jobs")
                .type(Integer.class)
                .paramLabel("N")
                .description(
                    "Process files in N parallel workers. (default: one per processor core)")
                .build())
        .addOption(
            OptionSpec.builder("-q", "--quiet")
                .type(boolean.class)
                .description("Print findings, diffs and errors, but no summary.")
                .build())
        .addOption(
            OptionSpec.builder("--verbose")
                .type(boolean.class)
                .description("Print the stack trace of each internal error.")
                .build())
        .addOption(
            OptionSpec.builder("--no-cache")
                .type(boolean.class)
                .description("Check every file, neither reading nor writing the cache.")
                .build())
        .addOption(
            OptionSpec.builder("--cache-dir")
                .type(String.class)
                .paramLabel("DIR")
                .description(
                    "Keep the cache in DIR. (default: $PYFIX_CACHE_DIR, else the cache-dir"
                        + " setting, else .pyfix_cache at the project root)")
                .build())
        .addOption(
            OptionSpec.builder("--stdin-filename")
                .type(String.class)
                .paramLabel("PATH")
                .description("The name to report for source read from standard input. (default: -)")
                .build())
        .addOption(
            OptionSpec.builder("--exit-zero")
                .type(boolean.class)
                .description(
                    "Exit with 0 even when findings remain or the diff is not empty; errors"
                        + " still exit with 2.")
                .build())
        .addOption(
            OptionSpec.builder("--exit-non-zero-on-fix")
                .type(boolean.class)
                .description("fix: exit with 1 when a file was changed, even if nothing remains.")
                .build())
        .addPositional(
            PositionalParamSpec.builder()
                .type(List.class)
                .auxiliaryTypes(String.class)
                .arity("0..*")
                .paramLabel("PATH")
                .description(
                    "Files and folders to process; folders are searched for *.py, *.pyi and"
                        + " *.ipynb files. A single - reads source from standard input."
                        + " (default: .)")
                .build());
  }

  /**
   * The settings these options give, over those of settings files; a bad value is a usage error.
   */
  CommandLineSettings overrides() {
    if (lineLength != null && lineLength < 1) {
      throw new ParameterException(commandLine, "--line-length must be at least 1: " + lineLength);
    }
    try {
      List<String> selected = known("--select", RuleSelectors.parse(select));
      List<String> ignored = known("--ignore", RuleSelectors.parse(ignore));
      List<String> extended = known("--extend-select", RuleSelectors.parse(extendSelect));
      return new CommandLineSettings(
          lineLength,
          targetVersion,
          selected,
          ignored,
          unsafeFixes,
          extended,
          exclude,
          extendExclude);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage(), e);
    }
  }

  /** {@code selectors}, each checked to name at least one rule, so a typo is not silently moot. */
  private List<String> known(String option, List<String> selectors) {
    for (String selector : selectors) {
      if (Fixers.ALL.stream().noneMatch(f -> f.code().startsWith(selector))) {
        throw new ParameterException(
            commandLine,
            option + ": no rule matches " + selector + " (pyfix explain lists the rules)");
      }
    }
    return selectors;
  }

  /** Whether the run neither reads nor writes the cache. */
  boolean noCache() {
    return noCache;
  }

  /**
   * The cache folder {@code --cache-dir} or {@code PYFIX_CACHE_DIR} in {@code environment} names,
   * resolved against {@code workingDirectory}; null when neither does, so each project's own.
   */
  Path cacheDir(Path workingDirectory, Map<String, String> environment) {
    String given = cacheDir != null ? cacheDir : environment.get("PYFIX_CACHE_DIR");
    return given == null || given.isEmpty() ? null : workingDirectory.resolve(given).normalize();
  }

  /** The number of workers: {@code --jobs}, or one per processor core. */
  int jobs() {
    if (jobs == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (jobs < 1) {
      throw new ParameterException(commandLine, "--jobs must be at least 1: " + jobs);
    }
    return jobs;
  }

  /** Whether the run reads standard input; {@code -} cannot be mixed with other paths. */
  boolean readsStdin() {
    if (!paths.contains("-")) {
      return false;
    }
    if (paths.size() > 1) {
      throw new ParameterException(
          commandLine, "- (standard input) cannot be mixed with other paths");
    }
    return true;
  }

  /** The name under which source from standard input is reported. */
  String stdinName() {
    return stdinFilename != null ? stdinFilename : "-";
  }

  /** The files and folders to process, as given. */
  List<String> paths() {
    return paths;
  }

  /** Whether to leave out the summary. */
  boolean quiet() {
    return quiet;
  }

  /** Whether internal errors come with their stack traces. */
  boolean verbose() {
    return verbose;
  }

  /** Whether findings left and a non-empty diff still exit with 0. */
  boolean exitZero() {
    return exitZero;
  }

  /** Whether {@code fix} exits with 1 when it changed a file, as when findings remain. */
  boolean exitNonZeroOnFix() {
    return exitNonZeroOnFix;
  }

  /** The options that pick settings files and which files to take. */
  ProjectOptions project() {
    return project;
  }
}
