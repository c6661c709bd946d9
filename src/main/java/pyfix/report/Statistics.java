package pyfix.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of findings per rule code, most frequent first. */
public final class Statistics {
  private final Map<String, int[]> counts = new TreeMap<>();

  /** Counts {@code findings}. */
  public void add(List<ReportedFinding> findings) {
    for (ReportedFinding f : findings) {
      int[] c = counts.computeIfAbsent(f.code(), k -> new int[2]);
      c[0]++;
      c[1] += f.applicable() ? 1 : 0;
    }
  }

  /** One row per code: count, code, {@code [*]} when this run can fix them all, and name. */
  public String text(Map<String, String> names) {
    List<Row> rows = rows();
    int width = rows.stream().mapToInt(r -> Integer.toString(r.count).length()).max().orElse(1);
    StringBuilder out = new StringBuilder();
    for (Row r : rows) {
      String count = Integer.toString(r.count);
      out.append(" ".repeat(width - count.length())).append(count).append('\t');
      out.append(r.code).append('\t');
      out.append(r.fixable == r.count ? "[*] " : "    ");
      out.append(names.getOrDefault(r.code, "")).append('\n');
    }
    return out.toString();
  }

  /** The rows as a JSON array of {@code {code, name, count, fixable}}. */
  public String json(Map<String, String> names) {
    ArrayNode array = Json.object().arrayNode();
    for (Row r : rows()) {
      ObjectNode node = array.addObject();
      node.put("code", r.code);
      node.put("name", names.getOrDefault(r.code, ""));
      node.put("count", r.count);
      node.put("fixable", r.fixable);
    }
    return Json.pretty(array);
  }

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    counts.forEach((code, c) -> rows.add(new Row(code, c[0], c[1])));
    // most frequent first; codes in order among equals (the map is sorted, the sort stable)
    rows.sort((a, b) -> Integer.compare(b.count, a.count));
    return rows;
  }

  private record Row(String code, int count, int fixable) {}
}
