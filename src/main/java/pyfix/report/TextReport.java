package pyfix.report;

import java.util.Comparator;
import java.util.List;
import pyfix.fix.Applicability;
import pyfix.fix.Finding;
import pyfix.source.LineMap;

/** Findings as text lines, {@code path:line:col: CODE [*] message}, and the run summaries. */
public final class TextReport {
  // a lambda of this class: the CDS archive holds it, not Comparator.comparing's own lambdas
  private static final Comparator<Finding> ORDER =
      (a, b) ->
          a.start() != b.start()
              ? Integer.compare(a.start(), b.start())
              : a.code().compareTo(b.code());

  private TextReport() {}

  /**
   * One line per finding in {@code text}, by position; {@code [*]} marks a fix this run can apply.
   */
  public static String findings(
      String path, String text, List<Finding> findings, boolean unsafeFixes) {
    if (findings.isEmpty()) {
      return "";
    }
    LineMap lines = new LineMap(text);
    StringBuilder out = new StringBuilder();
    for (Finding f : findings.stream().sorted(ORDER).toList()) {
      int line = lines.line(f.start());
      // columns count characters, so a line with non-BMP text points where an editor would
      int column = text.codePointCount(lines.lineStart(line), f.start()) + 1;
      out.append(path).append(':').append(line).append(':').append(column).append(": ");
      out.append(f.code()).append(' ');
      if (applicable(f, unsafeFixes)) {
        out.append("[*] ");
      }
      out.append(f.message()).append('\n');
    }
    return out.toString();
  }

  /** Whether this run can apply the finding's fix. */
  public static boolean applicable(Finding finding, boolean unsafeFixes) {
    return finding
        .fix()
        .map(fix -> unsafeFixes || fix.applicability() == Applicability.SAFE)
        .orElse(false);
  }

  /** Whether the finding has a fix that only {@code --unsafe-fixes} applies. */
  public static boolean hiddenUnsafe(Finding finding, boolean unsafeFixes) {
    return !unsafeFixes
        && finding.fix().map(fix -> fix.applicability() == Applicability.UNSAFE).orElse(false);
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
