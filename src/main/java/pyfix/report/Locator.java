package pyfix.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pyfix.fix.Edit;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.report.ReportedFinding.Preview;
import pyfix.report.ReportedFinding.ReportedEdit;
import pyfix.report.ReportedFinding.ReportedFix;
import pyfix.source.LineMap;

/** Turns findings with offsets into {@link ReportedFinding}s with lines and columns. */
public final class Locator {
  // a lambda of this class: the CDS archive holds it, not Comparator.comparing's own lambdas
  private static final Comparator<Finding> ORDER =
      (a, b) ->
          a.start() != b.start()
              ? Integer.compare(a.start(), b.start())
              : a.code().compareTo(b.code());

  private final boolean unsafeFixes;

  /** A locator for a run that applies UNSAFE fixes when {@code unsafeFixes}. */
  public Locator(boolean unsafeFixes) {
    this.unsafeFixes = unsafeFixes;
  }

  /** The {@code findings} of {@code text}, by position, reported under {@code path}. */
  public List<ReportedFinding> locate(String path, String text, List<Finding> findings) {
    return locate(path, 0, text, findings);
  }

  /** As {@link #locate(String, String, List)}, for the text of notebook cell {@code cell}. */
  public List<ReportedFinding> locate(String path, int cell, String text, List<Finding> findings) {
    return findings.isEmpty() ? List.of() : locate(path, cell, text, new LineMap(text), findings);
  }

  /** The remaining findings of {@code result}, by position, reported under {@code path}. */
  public List<ReportedFinding> locate(String path, FileResult result) {
    List<Finding> findings = result.remaining();
    return findings.isEmpty()
        ? List.of()
        : locate(path, 0, result.output(), result.lines(), findings);
  }

  private List<ReportedFinding> locate(
      String path, int cell, String text, LineMap lines, List<Finding> findings) {
    List<ReportedFinding> out = new ArrayList<>();
    // findings may share one fix (E501 on each long line of a statement): one preview for all
    Map<Fix, ReportedFix> located = new IdentityHashMap<>();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    for (Finding f : sorted) {
      // no lambda per finding: under C1 each capture is an allocation through a method handle
      Optional<ReportedFix> reported = Optional.empty();
      if (f.fix().isPresent()) {
        Fix fix = f.fix().get();
        ReportedFix r = located.get(fix);
        if (r == null) {
          r = fix(text, lines, fix);
          located.put(fix, r);
        }
        reported = Optional.of(r);
      }
      out.add(
          new ReportedFinding(
              path,
              cell,
              f.code(),
              f.message(),
              f.fixTitle(),
              Position.of(text, lines, f.start()),
              Position.of(text, lines, f.end()),
              reported));
    }
    return out;
  }

  private ReportedFix fix(String text, LineMap lines, Fix fix) {
    List<ReportedEdit> edits = new ArrayList<>();
    for (Edit e : fix.edits()) {
      edits.add(
          new ReportedEdit(
              Position.of(text, lines, e.start()),
              Position.of(text, lines, e.end()),
              e.replacement()));
    }
    boolean applicable = fix.applicability().applies(unsafeFixes);
    return new ReportedFix(fix.applicability(), applicable, edits, preview(text, lines, fix));
  }

  /** The lines from the fix's first edit to its last, before and after it. */
  private static Preview preview(String text, LineMap lines, Fix fix) {
    int first = lines.line(fix.start());
    int from = lines.lineStart(first);
    int to = lines.lineEnd(lines.line(fix.end()));
    StringBuilder after = new StringBuilder();
    int at = from;
    for (Edit e : fix.edits()) {
      after.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    after.append(text, at, to);
    return new Preview(first, text.substring(from, to), after.toString());
  }
}
