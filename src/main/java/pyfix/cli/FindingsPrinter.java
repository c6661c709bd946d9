package pyfix.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pyfix.fix.Fixer;
import pyfix.fixers.Fixers;
import pyfix.report.Colors;
import pyfix.report.GithubReport;
import pyfix.report.GitlabReport;
import pyfix.report.JsonReport;
import pyfix.report.JunitReport;
import pyfix.report.RdjsonReport;
import pyfix.report.ReportedFinding;
import pyfix.report.SarifReport;
import pyfix.report.Statistics;
import pyfix.report.TextReport;

/**
 * Prints a run's findings in the format {@link ReportOptions} asks for: text, GitHub and JSON lines
 * as each file is done, whole documents (JSON, SARIF, GitLab, JUnit, rdjson) and statistics once at
 * the end.
 */
final class FindingsPrinter {
  private final Verb verb;
  private final ReportOptions options;
  private final Colors colors;
  private final List<ReportedFinding> collected = new ArrayList<>();
  private final Statistics statistics = new Statistics();
  private final Map<String, List<String>> fixedByFile = new TreeMap<>();

  FindingsPrinter(Verb verb, ReportOptions options, Colors colors) {
    this.verb = verb;
    this.options = options;
    this.colors = colors;
  }

  /** Whether the output shows fixes' edits or previews, which a cached outcome then decodes. */
  boolean showsFixBodies() {
    boolean text =
        options.format() == ReportOptions.Format.TEXT
            || options.format() == ReportOptions.Format.CONCISE;
    return !options.statistics() && !(text && !(options.showFixes() && verb == Verb.CHECK));
  }

  /** Whether the output carries fixes' edits for tools to apply: those are verified first. */
  boolean printsEdits() {
    return !options.statistics() && options.format().printsEdits();
  }

  /** Whether a summary may follow the findings: only after text or GitHub lines. */
  boolean summaries() {
    return !options.format().document();
  }

  /**
   * Prints, or keeps for {@link #finish}, what {@code outcome} of file {@code name} found; {@code
   * rendered} is its {@link #render} when a worker made it already, else null.
   */
  void file(String name, Outcome outcome, String rendered, PrintWriter out) {
    if (options.showFixes() && outcome.fixed() > 0 && verb == Verb.FIX) {
      fixedByFile.put(name, outcome.fixedCodes());
    }
    String text = rendered != null ? rendered : render(outcome);
    if (text != null) {
      out.print(text);
    } else if (options.statistics()) {
      statistics.add(rules(outcome.findings()));
    } else {
      collected.addAll(outcome.findings());
    }
  }

  /**
   * The text {@link #file} prints for {@code outcome} as soon as its file is done (text, GitHub and
   * JSON lines), or null for what is printed at the end. Safe to call from any thread, so that
   * workers can format while the main thread prints.
   */
  String render(Outcome outcome) {
    if (options.statistics()) {
      return null;
    }
    List<ReportedFinding> findings = outcome.findings();
    return switch (options.format()) {
      case TEXT, CONCISE ->
          TextReport.findings(rules(findings), options.showFixes() && verb == Verb.CHECK, colors);
      case FULL -> TextReport.findings(rules(findings), true, colors);
      case GITHUB -> GithubReport.of(findings);
      case JSON_LINES -> JsonReport.lines(findings);
      case JSON, SARIF, GITLAB, JUNIT, RDJSON -> null;
    };
  }

  /** The findings of rules: text shows a file that cannot be read as Python only as its error. */
  private static List<ReportedFinding> rules(List<ReportedFinding> findings) {
    return findings.stream().filter(f -> !f.isSyntaxError()).toList();
  }

  /** Prints what was kept: the statistics, the JSON or SARIF document, the fixes applied. */
  void finish(PrintWriter out) {
    if (options.statistics()) {
      out.print(
          options.format() == ReportOptions.Format.JSON
              ? statistics.json(ruleNames())
              : statistics.text(ruleNames()));
    } else {
      out.print(
          switch (options.format()) {
            case JSON -> JsonReport.of(collected);
            case SARIF -> SarifReport.of(collected, Fixers.ALL, VersionProvider.version());
            case GITLAB -> GitlabReport.of(collected);
            case JUNIT -> JunitReport.of(collected);
            case RDJSON -> RdjsonReport.of(collected);
            default -> "";
          });
    }
    if (!fixedByFile.isEmpty()) {
      out.print(fixesApplied(ruleNames()));
    }
  }

  /** Each rule's name by code; only a summary by rule needs them (a cached run loads no rule). */
  private static Map<String, String> ruleNames() {
    Map<String, String> names = new TreeMap<>();
    for (Fixer f : Fixers.ALL) {
      names.put(f.code(), f.metadata().name());
    }
    return names;
  }

  /** {@code Fixes applied:} then per file, per code, {@code 2 × W291 (trailing-whitespace)}. */
  private String fixesApplied(Map<String, String> names) {
    StringBuilder s = new StringBuilder("Fixes applied:\n");
    fixedByFile.forEach(
        (file, codes) -> {
          s.append("  ").append(file).append(":\n");
          Map<String, Integer> counts = new TreeMap<>();
          codes.forEach(code -> counts.merge(code, 1, Integer::sum));
          counts.forEach(
              (code, n) ->
                  s.append("    ")
                      .append(n)
                      .append(" \u00d7 ")
                      .append(code)
                      .append(" (")
                      .append(names.getOrDefault(code, "?"))
                      .append(")\n"));
        });
    return s.toString();
  }

  /**
   * {@code diff}, coloured when colours are on. The diff is in the file's encoding, which for
   * Python source is ASCII-compatible (PEP 263): Latin-1 maps its bytes to chars one to one, so the
   * colours go in without decoding it.
   */
  byte[] diff(byte[] diff) {
    if (!colors.on() || diff.length == 0) {
      return diff;
    }
    String bytes = new String(diff, StandardCharsets.ISO_8859_1);
    return colors.diff(bytes).getBytes(StandardCharsets.ISO_8859_1);
  }
}
