package pyfix.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import pyfix.config.CommandLineSettings;
import pyfix.config.Configuration;
import pyfix.config.RuleSelectors;
import pyfix.fix.Settings;
import pyfix.fixers.Fixers;
import pyfix.parse.PythonVersion;

/** The options and paths that {@code check}, {@code fix} and {@code diff} share. */
final class RunOptions {
  @Option(
      names = "--select",
      split = ",",
      paramLabel = "CODE",
      description =
          "Run only these rules: codes or code prefixes, comma-separated; repeatable."
              + " (default: every rule that is on by default)")
  List<String> select = new ArrayList<>();

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "CODE",
      description =
          "Do not run these rules: codes or code prefixes, comma-separated; repeatable."
              + " Wins over --select.")
  List<String> ignore = new ArrayList<>();

  @Option(
      names = "--line-length",
      paramLabel = "N",
      description = "The longest line allowed, in characters. (default: 88)")
  Integer lineLength;

  @Option(
      names = "--target-version",
      paramLabel = "VERSION",
      converter = PythonVersions.class,
      completionCandidates = PythonVersions.class,
      description =
          "The oldest Python version the code must run on: ${COMPLETION-CANDIDATES}."
              + " (default: py39)")
  PythonVersion targetVersion;

  @Option(
      names = "--unsafe-fixes",
      description = "Also apply fixes that may change behaviour or drop a comment.")
  boolean unsafeFixes;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Process files in N parallel workers. (default: one per processor core)")
  Integer jobs;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print findings, diffs and errors, but no summary.")
  boolean quiet;

  @Option(
      names = "--stdin-filename",
      paramLabel = "PATH",
      description = "The name to report for source read from standard input. (default: -)")
  String stdinFilename;

  @Option(
      names = "--exit-zero",
      description = "Exit with 0 even when findings remain or the diff is not empty.")
  boolean exitZero;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files and folders to process; folders are searched for *.py and *.pyi files."
              + " A single - reads source from standard input.")
  List<String> paths = new ArrayList<>();

  /** The settings these options ask for; a bad value is a usage error. */
  Settings settings(CommandLine commandLine) {
    if (lineLength != null && lineLength < 1) {
      throw new ParameterException(commandLine, "--line-length must be at least 1: " + lineLength);
    }
    try {
      List<String> selected = known(commandLine, "--select", RuleSelectors.parse(select));
      List<String> ignored = known(commandLine, "--ignore", RuleSelectors.parse(ignore));
      return Configuration.resolve(
          new CommandLineSettings(lineLength, targetVersion, selected, ignored, unsafeFixes));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage(), e);
    }
  }

  /** {@code selectors}, each checked to name at least one rule, so a typo is not silently moot. */
  private static List<String> known(
      CommandLine commandLine, String option, List<String> selectors) {
    for (String selector : selectors) {
      if (Fixers.ALL.stream().noneMatch(f -> f.code().startsWith(selector))) {
        throw new ParameterException(
            commandLine,
            option + ": no rule matches " + selector + " (pyfix explain lists the rules)");
      }
    }
    return selectors;
  }

  /** The number of workers: {@code --jobs}, or one per processor core. */
  int jobs(CommandLine commandLine) {
    if (jobs == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (jobs < 1) {
      throw new ParameterException(commandLine, "--jobs must be at least 1: " + jobs);
    }
    return jobs;
  }

  /** Whether the run reads standard input; {@code -} cannot be mixed with other paths. */
  boolean readsStdin(CommandLine commandLine) {
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
}
