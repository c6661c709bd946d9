package pyfix.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import pyfix.report.ReportedFinding.ReportedEdit;
import pyfix.report.ReportedFinding.ReportedFix;

/**
 * Findings as one JSON array, for tools: each with code, message, fix title, file, notebook cell,
 * start and end position (1-based line and character column; the end is exclusive) and its fix.
 */
public final class JsonReport {
  private JsonReport() {}

  /** The JSON array of {@code findings}. */
  public static String of(List<ReportedFinding> findings) {
    ArrayNode array = Json.object().arrayNode();
    for (ReportedFinding f : findings) {
      array.add(node(f));
    }
    return Json.pretty(array);
  }

  /** {@code findings} as JSON Lines: each finding's object on one line, as {@link #of} has it. */
  public static String lines(List<ReportedFinding> findings) {
    StringBuilder out = new StringBuilder();
    for (ReportedFinding f : findings) {
      out.append(node(f)).append('\n');
    }
    return out.toString();
  }

  private static ObjectNode node(ReportedFinding f) {
    ObjectNode node = Json.object();
    node.put("code", f.code());
    node.put("message", f.message());
    if (f.fixTitle().isEmpty()) {
      node.putNull("fix_title");
    } else {
      node.put("fix_title", f.fixTitle());
    }
    node.put("file", f.path());
    if (f.cell() == 0) {
      node.putNull("cell");
    } else {
      node.put("cell", f.cell());
    }
    node.set("start", Json.position(f.start()));
    node.set("end", Json.position(f.end()));
    if (f.fix().isPresent()) {
      node.set("fix", fix(f.fix().get()));
    } else {
      node.putNull("fix");
    }
    return node;
  }

  private static ObjectNode fix(ReportedFix fix) {
    ObjectNode node = Json.object();
    node.put("applicability", Json.applicability(fix.applicability()));
    node.put("applicable", fix.applicable());
    ArrayNode edits = node.putArray("edits");
    for (ReportedEdit e : fix.edits()) {
      ObjectNode edit = edits.addObject();
      edit.set("start", Json.position(e.start()));
      edit.set("end", Json.position(e.end()));
      edit.put("content", e.content());
    }
    return node;
  }
}
