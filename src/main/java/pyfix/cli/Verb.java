package pyfix.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** What a run does with each file, and how its verb describes itself in help. */
enum Verb {
  /** Reports findings; changes nothing. */
  CHECK(
      new String[] {
        "Reports the places that break the style guide; changes nothing.",
        "Prints path:line:col: CODE message for each finding, [*] where a fix is available."
      },
      "No findings.",
      "Findings were reported, a file's syntax error (E999) among them.",
      "A usage error, a file that cannot be read, or an internal error."),
  /** Applies fixes and writes changed files. */
  FIX(
      new String[] {
        "Fixes files in place and reports what could not be fixed.",
        "Only changed files are written, each in its own encoding, byte order mark and line"
            + " breaks. With -, reads source from standard input and writes the fixed source to"
            + " standard output."
      },
      "Everything was fixed, or nothing needed fixing.",
      "Findings remain that pyfix cannot fix (or only with --unsafe-fixes).",
      PyfixCommand.ERRORS),
  /** Prints the diff that {@link #FIX} would make; changes nothing. */
  DIFF(
      new String[] {
        "Prints the changes fix would make as a unified diff; changes nothing.",
        "The diff applies with git apply or patch -p1."
      },
      "Nothing would change.",
      "Files would change.",
      PyfixCommand.ERRORS);

  private final String[] description;
  private final String exitZero;
  private final String exitOne;
  private final String exitTwo;

  Verb(String[] description, String exitZero, String exitOne, String exitTwo) {
    this.description = description;
    this.exitZero = exitZero;
    this.exitOne = exitOne;
    this.exitTwo = exitTwo;
  }

  /** The verb as typed on the command line. */
  String command() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * This verb's command: its help, the shared run options and {@code PATH...}, and the options Ruff
   * users type to switch verbs: {@code check --fix}, {@code check --diff}, {@code fix --diff}.
   */
  CommandSpec spec() {
    CommandSpec spec = PyfixCommand.command(command(), description);
    if (this == CHECK) {
      spec.addOption(
          OptionSpec.builder("--fix")
              .type(boolean.class)
              .description("Fix as pyfix fix does (ruff check --fix).")
              .build());
    }
    if (this != DIFF) {
      spec.addOption(
          OptionSpec.builder("--diff")
              .type(boolean.class)
              .description("Print the diff as pyfix diff does; change nothing.")
              .build());
    }
    return ProjectOptions.declare(
        RunOptions.declare(PyfixCommand.exitCodes(spec, exitZero, exitOne, exitTwo)));
  }

  /**
   * The verb a parse of this verb's command runs: {@code --diff}, then {@code --fix}, switch it.
   */
  Verb effective(ParseResult parsed) {
    if (parsed.matchedOptionValue("--diff", false)) {
      return DIFF;
    }
    return parsed.matchedOptionValue("--fix", false) ? FIX : this;
  }
}
