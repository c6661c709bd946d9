package pyfix.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import pyfix.report.Colors;

/**
 * How a run prints what it found: the output format, fix previews, statistics and colours. {@link
 * #declare} adds the options to a verb; the constructor reads them back from a parse.
 */
final class ReportOptions {
  /** The formats of {@code --output-format}. */
  enum Format {
    TEXT,
    CONCISE,
    FULL,
    JSON,
    JSON_LINES,
    GITHUB,
    GITLAB,
    JUNIT,
    RDJSON,
    SARIF;

    /** The name on the command line: {@code json-lines}. */
    String option() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether tools read the output, so that no summary follows it. */
    boolean document() {
      return this != TEXT && this != CONCISE && this != FULL && this != GITHUB;
    }

    /**
     * Whether the findings carry their fixes' edits for tools to apply without pyfix (editors,
     * reviewdog's one-click suggestions): those fixes are verified first, as {@code fix} verifies
     * them, which about doubles a check's time. SARIF's fixes are shown, not applied, by code
     * scanning, the format's main reader: not verified.
     */
    boolean printsEdits() {
      return this == JSON || this == JSON_LINES || this == RDJSON;
    }

    /** Whether {@code --statistics} can print its counts in this format: as text or JSON. */
    boolean counts() {
      return this == TEXT || this == CONCISE || this == FULL || this == JSON;
    }
  }

  private final Format format;
  private final boolean showFixes;
  private final boolean statistics;
  private final String color;
  private final boolean notebookCells;

  /** The values {@code parsed} holds for the options {@link #declare} added. */
  ReportOptions(ParseResult parsed) {
    String name = parsed.matchedOptionValue("--output-format", "text");
    format = Format.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    showFixes = parsed.matchedOptionValue("--show-fixes", false);
    statistics = parsed.matchedOptionValue("--statistics", false);
    color = parsed.matchedOptionValue("--color", "auto");
    notebookCells = parsed.matchedOptionValue("--notebook-cells", false);
    if (statistics && !format.counts()) {
      throw new ParameterException(
          parsed.commandSpec().commandLine(),
          "--statistics prints counts as text or json, not as " + name);
    }
  }

  /** Adds {@code --color}, and for {@code check} and {@code fix} the report options, to spec. */
  static CommandSpec declare(Verb verb, CommandSpec spec) {
    Choices formats =
        new Choices(Arrays.stream(Format.values()).map(Format::option).toArray(String[]::new));
    Choices colors = new Choices("auto", "always", "never");
    if (verb != Verb.DIFF) {
      spec.addOption(
              OptionSpec.builder("--output-format")
                  .type(String.class)
                  .completionCandidates(formats)
                  .converters(formats)
                  .paramLabel("FORMAT")
                  .description(
                      "How to print the findings: ${COMPLETION-CANDIDATES}. concise is text;"
                          + " full adds the lines each fix changes; github prints workflow"
                          + " commands that annotate a pull request; gitlab is a Code Quality"
                          + " report; rdjson is reviewdog's format, fixes as suggestions; sarif"
                          + " is SARIF 2.1.0 for code scanning. (default: text)")
                  .build())
          .addOption(
              OptionSpec.builder("--show-fixes")
                  .type(boolean.class)
                  .description(
                      verb == Verb.CHECK
                          ? "Show the lines each fixable finding's fix would change."
                          : "List the fixes applied, per file and code.")
                  .build())
          .addOption(
              OptionSpec.builder("--statistics")
                  .type(boolean.class)
                  .description("Print the number of findings per code instead of each finding.")
                  .build());
    }
    return spec.addOption(
            OptionSpec.builder("--notebook-cells")
                .type(boolean.class)
                .description(
                    "diff: show a notebook's changes cell by cell, for people, instead of as a"
                        + " patch to its JSON text.")
                .build())
        .addOption(
            OptionSpec.builder("--color")
                .type(String.class)
                .completionCandidates(colors)
                .converters(colors)
                .paramLabel("WHEN")
                .description(
                    "Colour the output: ${COMPLETION-CANDIDATES}. auto colours on a"
                        + " terminal, unless NO_COLOR is set; FORCE_COLOR colours anywhere."
                        + " (default: auto)")
                .build());
  }

  /** The output format. */
  Format format() {
    return format;
  }

  /** Whether to show fix previews ({@code check}) or the fixes applied ({@code fix}). */
  boolean showFixes() {
    return showFixes;
  }

  /** Whether {@code diff} shows notebooks cell by cell rather than as a patch. */
  boolean notebookCells() {
    return notebookCells;
  }

  /** Whether to print counts per code instead of the findings. */
  boolean statistics() {
    return statistics;
  }

  /** The colours for this process: its environment and whether it runs on a terminal. */
  Colors colors() {
    return colors(color, System.getenv(), System.console() != null);
  }

  /**
   * The colours {@code choice} asks for: {@code always} and {@code never} win; {@code auto} means
   * none when {@code NO_COLOR} is set and not empty, colours when {@code FORCE_COLOR} is, and
   * otherwise colours only on a terminal (no-color.org, force-color.org).
   */
  static Colors colors(String choice, Map<String, String> env, boolean terminal) {
    boolean on =
        switch (choice) {
          case "always" -> true;
          case "never" -> false;
          default -> {
            if (!env.getOrDefault("NO_COLOR", "").isEmpty()) {
              yield false;
            }
            yield !env.getOrDefault("FORCE_COLOR", "").isEmpty() || terminal;
          }
        };
    return on ? Colors.ANSI : Colors.NONE;
  }
}
