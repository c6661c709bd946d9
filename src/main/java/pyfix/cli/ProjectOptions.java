package pyfix.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import pyfix.config.CommandLineSettings;
import pyfix.config.Configuration;
import pyfix.fixers.Fixers;

/**
 * The options that choose settings files and which files a walk takes: {@link #declare} adds them
 * to a verb, the constructor reads them back from a parse.
 */
final class ProjectOptions {
  private final String config;
  private final boolean isolated;
  private final boolean noRespectGitignore;
  private final boolean forceExclude;

  /** The values {@code parsed} holds for the options {@link #declare} added. */
  ProjectOptions(ParseResult parsed) {
    config = parsed.matchedOptionValue("--config", null);
    isolated = parsed.matchedOptionValue("--isolated", false);
    noRespectGitignore = parsed.matchedOptionValue("--no-respect-gitignore", false);
    forceExclude = parsed.matchedOptionValue("--force-exclude", false);
  }

  /** Adds the options to {@code spec}; {@code walks} adds those about walking folders too. */
  static CommandSpec declare(CommandSpec spec, boolean walks) {
    spec.addOption(
            OptionSpec.builder("--config")
                .type(String.class)
                .paramLabel("FILE")
                .description(
                    "Use the settings in FILE for every file, instead of the nearest settings"
                        + " file above each one.")
                .build())
        .addOption(
            OptionSpec.builder("--isolated")
                .type(boolean.class)
                .description("Ignore all settings files: only defaults and options apply.")
                .build());
    if (walks) {
      spec.addOption(
              OptionSpec.builder("--no-respect-gitignore")
                  .type(boolean.class)
                  .description(
                      "Also take files that .gitignore, .git/info/exclude or git's global"
                          + " excludes leave out.")
                  .build())
          .addOption(
              OptionSpec.builder("--force-exclude")
                  .type(boolean.class)
                  .description(
                      "Apply exclude and extend-exclude to files named on the command line too"
                          + " (for pre-commit and editors).")
                  .build());
    }
    return spec;
  }

  /** Adds every option to the verb {@code spec}. */
  static CommandSpec declare(CommandSpec spec) {
    return declare(spec, true);
  }

  /** The settings of a run in {@code workingDirectory}, with {@code overrides} from its options. */
  Configuration configuration(Path workingDirectory, CommandLineSettings overrides) {
    return new Configuration(
        workingDirectory,
        overrides,
        config == null ? null : Path.of(config),
        isolated,
        selector -> Fixers.known(selector));
  }

  /** Whether walks leave out what git ignores. */
  boolean respectGitignore() {
    return !noRespectGitignore;
  }

  /** Whether excludes apply to paths named on the command line too. */
  boolean forceExclude() {
    return forceExclude;
  }
}
