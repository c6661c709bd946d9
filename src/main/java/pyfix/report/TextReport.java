package pyfix.report;

import java.util.List;
import pyfix.fix.Applicability;
import pyfix.fix.Finding;
import pyfix.report.ReportedFinding.Preview;
import pyfix.report.ReportedFinding.ReportedFix;

/** Findings as text lines, {@code path:line:col: CODE [*] message}, and the run summaries. */
public final class TextReport {
  private TextReport() {}

  /**
   * One line per finding, {@code path:line:col: CODE [*] message}; {@code [*]} marks a fix this run
   * can apply. With {@code showFixes}, each fix with a preview follows its line as a small diff.
   */
  public static String findings(List<ReportedFinding> findings, boolean showFixes, Colors c) {
    // about a hundred characters a line: growing the builder from empty copied each file's lines
    // several times
    StringBuilder out = new StringBuilder(findings.size() * 128);
    for (ReportedFinding f : findings) {
      out.append(c.bold(f.source()))
          .append(':')
          .append(f.start().line())
          .append(':')
          .append(f.start().column())
          .append(": ")
          .append(c.boldRed(f.code()))
          .append(' ');
      if (f.applicable()) {
        out.append(c.cyan("[*]")).append(' ');
      }
      f.describeTo(out).append('\n');
      if (showFixes) {
        f.fix().map(ReportedFix::preview).ifPresent(p -> out.append(preview(p, c)));
      }
    }
    return out.toString();
  }

  /** A fix's lines as removed and added lines under a {@code @@ line N} header, indented. */
  private static String preview(Preview p, Colors c) {
    StringBuilder out =
        new StringBuilder("    ").append(c.cyan("@@ line " + p.line())).append('\n');
    appendLines(out, '-', p.before(), c);
    appendLines(out, '+', p.after(), c);
    return out.toString();
  }

  private static void appendLines(StringBuilder out, char sign, String text, Colors c) {
    for (String line : text.lines().toList()) {
      String shown = sign + line;
      out.append("    ").append(sign == '-' ? c.red(shown) : c.green(shown)).append('\n');
    }
  }

  /** Whether this run can apply the finding's fix. */
  public static boolean applicable(Finding finding, boolean unsafeFixes) {
    return finding.fix().isPresent() && finding.fix().get().applicability().applies(unsafeFixes);
  }

  /** Whether the finding has a fix that only {@code --unsafe-fixes} applies. */
  public static boolean hiddenUnsafe(Finding finding, boolean unsafeFixes) {
    return !unsafeFixes
        && finding.fix().isPresent()
        && finding.fix().get().applicability() == Applicability.UNSAFE;
  }

  /** The summary of {@code check}: {@code Found N problems (M fixable) in K files}. */
  public static String checkSummary(int problems, int fixable, int files) {
    if (problems == 0) {
      return "All checks passed!";
    }
    return "Found "
        + count(problems, "problem")
        + " ("
        + fixable
        + " fixable) in "
        + count(files, "file");
  }

  /** The summary of {@code fix}: {@code Fixed N problems in K files, M remaining}. */
  public static String fixSummary(int fixed, int files, int remaining) {
    return "Fixed "
        + count(fixed, "problem")
        + " in "
        + count(files, "file")
        + ", "
        + remaining
        + " remaining";
  }

  /** The summary of {@code diff}: {@code Would fix N problems in K files}. */
  public static String diffSummary(int fixable, int files) {
    return "Would fix " + count(fixable, "problem") + " in " + count(files, "file");
  }

  /** The note after errors: {@code Skipped 2 files with errors}. */
  public static String failedSummary(int files) {
    return "Skipped " + count(files, "file") + " with errors";
  }

  /** The hint for fixes held back: {@code (N more fixable with --unsafe-fixes)}, or "". */
  public static String unsafeHint(int hidden) {
    return hidden == 0 ? "" : "(" + hidden + " more fixable with --unsafe-fixes)";
  }

  /** {@code n} and the noun, plural unless {@code n} is 1. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
