package pyfix.cli;

import java.util.List;
import pyfix.report.Position;
import pyfix.report.ReportedFinding;

/**
 * What processing one file gave, ready to print: no source text is kept except the fixed bytes of
 * standard input.
 *
 * @param findings the remaining findings, positioned in the output
 * @param diff the unified diff, for {@code diff}, in the bytes of the file's own encoding
 * @param errors error lines for standard error; a file with errors fails the run
 * @param syntaxErrors error lines for standard error naming where the file (or a notebook's cell)
 *     cannot be read as Python; each is a finding too, so {@code check} counts them as findings
 *     while {@code fix} and {@code diff}, which cannot change such a file, fail the run
 * @param warnings warning lines for standard error, e.g. a dropped fix; they fail nothing
 * @param stdout the fixed bytes {@code fix -} writes to standard output; null for files and errors
 * @param remaining findings left
 * @param fixable remaining findings whose fix this run could apply
 * @param hiddenUnsafe remaining findings with a fix that needs {@code --unsafe-fixes}
 * @param fixedCodes the code of each finding fixed, or that {@code diff} would fix
 * @param changed whether the file's text changed (or would change)
 */
record Outcome(
    List<ReportedFinding> findings,
    byte[] diff,
    String errors,
    String syntaxErrors,
    String warnings,
    byte[] stdout,
    int remaining,
    int fixable,
    int hiddenUnsafe,
    List<String> fixedCodes,
    boolean changed) {

  /** Copies the lists. */
  Outcome {
    findings = List.copyOf(findings);
    fixedCodes = List.copyOf(fixedCodes);
  }

  /** Whether this is the outcome of a clean file, which a cache may remember. */
  boolean isClean() {
    return findings.isEmpty()
        && diff.length == 0
        && errors.isEmpty()
        && syntaxErrors.isEmpty()
        && warnings.isEmpty()
        && stdout == null
        && remaining == 0
        && hiddenUnsafe == 0
        && fixedCodes.isEmpty()
        && !changed;
  }

  /** An outcome with only an error line. */
  static Outcome error(String line) {
    return new Outcome(
        List.of(), new byte[0], line + "\n", "", "", null, 0, 0, 0, List.of(), false);
  }

  /**
   * The outcome of file {@code name} that cannot be read as Python {@code at}: the error line, and
   * the same problem as a finding for the formats tools read.
   */
  static Outcome syntaxError(String name, Position at, String message) {
    return new Outcome(
        List.of(ReportedFinding.syntaxError(name, 0, at, message)),
        new byte[0],
        "",
        name + ":" + at.line() + ":" + at.column() + ": error: " + message + "\n",
        "",
        null,
        0,
        0,
        0,
        List.of(),
        false);
  }

  /**
   * Whether this is only {@link #syntaxError}'s outcome, which depends on nothing but the bytes.
   */
  boolean isSyntaxError() {
    return findings.size() == 1
        && findings.get(0).isSyntaxError()
        && findings.get(0).cell() == 0
        && errors.isEmpty()
        && warnings.isEmpty()
        && diff.length == 0
        && stdout == null
        && remaining == 0
        && fixedCodes.isEmpty()
        && !changed;
  }

  /** The number of findings fixed, or that {@code diff} would fix. */
  int fixed() {
    return fixedCodes.size();
  }

  /** Whether this file had an error, a syntax error included. */
  boolean failed() {
    return !errors.isEmpty() || !syntaxErrors.isEmpty();
  }

  /** Whether this file had an error other than a syntax error. */
  boolean erred() {
    return !errors.isEmpty();
  }
}
