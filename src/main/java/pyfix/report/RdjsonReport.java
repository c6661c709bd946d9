package pyfix.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import pyfix.report.ReportedFinding.ReportedEdit;
import pyfix.report.ReportedFinding.ReportedFix;

/**
 * Findings in reviewdog's Diagnostic Format ({@code rdjson}), with each fix this run could apply as
 * suggestions, which reviewdog posts as one-click suggested changes on a pull request. Columns
 * count UTF-8 bytes, as the format asks.
 */
public final class RdjsonReport {
  private RdjsonReport() {}

  /** The diagnostic result of {@code findings}. */
  public static String of(List<ReportedFinding> findings) {
    ObjectNode result = Json.object();
    result.putObject("source").put("name", "pyfix");
    result.put("severity", "ERROR");
    ArrayNode diagnostics = result.putArray("diagnostics");
    for (ReportedFinding f : findings) {
      diagnostics.add(diagnostic(f));
    }
    return Json.pretty(result);
  }

  private static ObjectNode diagnostic(ReportedFinding f) {
    ObjectNode node = Json.object();
    node.put("message", f.inCell(f.describe()));
    ObjectNode location = node.putObject("location");
    location.put("path", f.path());
    if (f.cell() == 0) {
      location.set("range", range(f.start(), f.end()));
    }
    node.put("severity", "ERROR");
    node.putObject("code").put("value", f.code());
    // a notebook's cell positions are not positions in the file reviewdog edits
    if (f.cell() == 0 && f.fix().filter(ReportedFix::applicable).isPresent()) {
      ArrayNode suggestions = node.putArray("suggestions");
      for (ReportedEdit e : f.fix().get().edits()) {
        ObjectNode suggestion = suggestions.addObject();
        suggestion.set("range", range(e.start(), e.end()));
        suggestion.put("text", e.content());
      }
    }
    return node;
  }

  private static ObjectNode range(Position start, Position end) {
    ObjectNode range = Json.object();
    range.set("start", position(start));
    range.set("end", position(end));
    return range;
  }

  private static ObjectNode position(Position p) {
    ObjectNode node = Json.object();
    node.put("line", p.line());
    node.put("column", p.utf8Column());
    return node;
  }
}
