package pyfix.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import pyfix.fix.Fixer;
import pyfix.fix.RuleMetadata;
import pyfix.report.ReportedFinding.ReportedEdit;
import pyfix.report.ReportedFinding.ReportedFix;

/**
 * Findings as a SARIF 2.1.0 log, for code-scanning tools: one run, the rules with their documents,
 * and each fix as a SARIF {@code fix} whose replacements those tools can offer.
 *
 * <p>Columns count Unicode code points ({@code columnKind}), as pyfix's other reports do. Notebook
 * findings name the file without a region and their cell in the message, and carry no SARIF fix:
 * positions in a cell are not positions in the notebook's JSON.
 */
public final class SarifReport {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  /** The SARIF log of {@code findings}, describing {@code rules}, made by pyfix {@code version}. */
  public static String of(List<ReportedFinding> findings, List<Fixer> rules, String version) {
    ObjectNode log = Json.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "pyfix");
    driver.put("semanticVersion", version);
    ArrayNode rulesNode = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (RuleMetadata rule :
        rules.stream()
            .map(Fixer::metadata)
            .sorted(Comparator.comparing(RuleMetadata::code))
            .toList()) {
      index.put(rule.code(), index.size());
      rulesNode.add(rule(rule));
    }
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    for (ReportedFinding f : findings) {
      results.add(result(f, index));
    }
    return Json.pretty(log);
  }

  private static ObjectNode rule(RuleMetadata metadata) {
    ObjectNode rule = Json.object();
    rule.put("id", metadata.code());
    rule.put("name", metadata.name());
    RuleDoc doc = RuleDoc.load(metadata.code()).orElse(new RuleDoc(metadata.code(), ""));
    if (!doc.summary().isEmpty()) {
      rule.putObject("shortDescription").put("text", doc.summary());
      rule.putObject("fullDescription").put("text", doc.whatItDoes());
    }
    if (!doc.markdown().isEmpty()) {
      ObjectNode help = rule.putObject("help");
      help.put("text", doc.whatItDoes());
      help.put("markdown", doc.markdown());
    }
    rule.putObject("defaultConfiguration").put("level", "error");
    ObjectNode properties = rule.putObject("properties");
    properties.put("kind", metadata.kind().name());
    properties.put("fixSafety", metadata.fixSafety().label());
    return rule;
  }

  private static ObjectNode result(ReportedFinding f, Map<String, Integer> index) {
    ObjectNode result = Json.object();
    result.put("ruleId", f.code());
    Integer ruleIndex = index.get(f.code());
    if (ruleIndex != null) {
      result.put("ruleIndex", ruleIndex);
    }
    result.put("level", "error");
    String message = f.message();
    if (f.cell() != 0) {
      message =
          "cell " + f.cell() + ":" + f.start().line() + ":" + f.start().column() + ": " + message;
    }
    result.putObject("message").put("text", message);
    if (!f.fixTitle().isEmpty()) {
      result.putObject("properties").put("fixTitle", f.fixTitle());
    }
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(f.path()));
    if (f.cell() == 0) {
      physical.set("region", region(f.start(), f.end()));
      f.fix().ifPresent(fix -> result.putArray("fixes").add(fix(f, fix)));
    }
    return result;
  }

  private static ObjectNode fix(ReportedFinding f, ReportedFix fix) {
    ObjectNode node = Json.object();
    String safety = Json.applicability(fix.applicability());
    String title = f.fixTitle().isEmpty() ? safety : f.fixTitle();
    node.putObject("description").put("text", "Fix " + f.code() + " (" + title + ")");
    ObjectNode change = node.putArray("artifactChanges").addObject();
    change.putObject("artifactLocation").put("uri", uri(f.path()));
    ArrayNode replacements = change.putArray("replacements");
    for (ReportedEdit e : fix.edits()) {
      ObjectNode replacement = replacements.addObject();
      replacement.set("deletedRegion", region(e.start(), e.end()));
      if (!e.content().isEmpty()) {
        replacement.putObject("insertedContent").put("text", e.content());
      }
    }
    node.putObject("properties").put("applicability", safety);
    return node;
  }

  private static ObjectNode region(Position start, Position end) {
    ObjectNode region = Json.object();
    region.put("startLine", start.line());
    region.put("startColumn", start.column());
    region.put("endLine", end.line());
    region.put("endColumn", end.column());
    return region;
  }

  /**
   * A file name as a URI reference: relative names stay relative, with / and escapes. A colon is
   * escaped too, so that {@code a:b.py} cannot be read as a URI of scheme {@code a}.
   */
  static String uri(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p.toUri().toASCIIString();
    }
    StringBuilder b = new StringBuilder();
    for (byte c : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(HexFormat.of().withUpperCase().toHexDigits(c));
      }
    }
    return b.toString();
  }
}
