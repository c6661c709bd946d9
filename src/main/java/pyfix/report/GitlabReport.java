package pyfix.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Findings as a GitLab Code Quality report: a JSON array of issues, each with a description, the
 * rule as {@code check_name}, a severity, the file and lines, and a fingerprint that stays the same
 * while the finding does, so that GitLab can tell new findings from old ones in a merge request.
 */
public final class GitlabReport {
  private GitlabReport() {}

  /** The report of {@code findings}, paths as given (relative to the repository root in CI). */
  public static String of(List<ReportedFinding> findings) {
    ArrayNode array = Json.object().arrayNode();
    Map<String, Integer> seen = new HashMap<>();
    for (ReportedFinding f : findings) {
      String key = f.source() + "\0" + f.code() + "\0" + f.message();
      // equal findings in one file differ by their order, not by a line that edits above move
      int occurrence = seen.merge(key, 1, Integer::sum);
      ObjectNode issue = array.addObject();
      issue.put("description", f.code() + " " + f.inCell(f.message()));
      issue.put("check_name", f.code());
      issue.put("fingerprint", fingerprint(key + "\0" + occurrence));
      issue.put("severity", f.isSyntaxError() ? "blocker" : "major");
      ObjectNode location = issue.putObject("location");
      location.put("path", f.path());
      ObjectNode lines = location.putObject("lines");
      // a notebook's cell lines are not lines of the file GitLab shows
      lines.put("begin", f.cell() == 0 ? f.start().line() : 1);
      lines.put("end", f.cell() == 0 ? f.end().line() : 1);
    }
    return Json.pretty(array);
  }

  private static String fingerprint(String key) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
