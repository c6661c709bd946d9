package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import pyfix.cli.Cli.Ran;
import pyfix.report.Colors;

/** {@code --output-format}, {@code --statistics}, {@code --show-fixes} and {@code --color}. */
class OutputFormatsTest {
  @TempDir Path tmp;
  private Cli cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(tmp);
    cli.write("src/a.py", "x = 1 \n\ndef f():\n    return 2\t\n");
    cli.write("src/b c.py", "s = '\u00e9\uD83D\uDE00'   \ny = 2");
    cli.write("src/clean.py", "z = 3\n");
  }

  private static String ok(Ran r, int code) {
    assertEquals(code, r.code(), r.toString());
    return r.out();
  }

  @Test
  void json() {
    Approvals.verify(
        ok(cli.run("check", "--output-format", "json", "src"), 1),
        new Options().forFile().withExtension(".json"));
  }

  @Test
  void jsonIsAnEmptyArrayWhenNothingIsFound() {
    assertEquals("[]\n", ok(cli.run("check", "--output-format=json", "src/clean.py"), 0));
  }

  @Test
  void jsonOfFixListsWhatIsLeftAndNoSummary() throws IOException {
    assertEquals("[]\n", ok(cli.run("fix", "--output-format=json", "src"), 0));
    assertEquals("z = 3\n", cli.read("src/clean.py"));
    assertEquals("x = 1\n\ndef f():\n    return 2\n", cli.read("src/a.py"));
  }

  @Test
  void formatsThatPrintEditsOfferNoFixThatFixWouldDrop() throws IOException {
    // removing the import would make Python read the inert coding comment below it
    cli.write("enc.py", "import os\n# -*- coding: latin-1 -*-\nprint('x')\n");
    cli.write("plain.py", "import os\nprint('x')\n");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode finding =
        mapper.readTree(ok(cli.run("check", "--output-format=json", "--select=F401", "enc.py"), 1));
    assertEquals("F401", finding.get(0).get("code").asText());
    assertTrue(finding.get(0).get("fix").isNull(), finding.toString());
    assertEquals(
        "not fixed: fix would change the coding comment Python reads",
        finding.get(0).get("fix_title").asText());
    for (String format : List.of("rdjson")) {
      String plain =
          ok(
              cli.run(
                  "check",
                  "--output-format",
                  format,
                  "--select=F401",
                  "--unsafe-fixes",
                  "plain.py"),
              1);
      String enc =
          ok(
              cli.run(
                  "check", "--output-format", format, "--select=F401", "--unsafe-fixes", "enc.py"),
              1);
      String fixes = format.equals("rdjson") ? "\"suggestions\"" : "\"fixes\"";
      assertTrue(plain.contains(fixes), plain);
      assertFalse(enc.contains(fixes), enc);
    }
  }

  @Test
  void jsonLinesHoldTheJsonArraysObjectsOnePerLine() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode array = mapper.readTree(ok(cli.run("check", "--output-format=json", "src"), 1));
    List<String> lines =
        ok(cli.run("check", "--output-format=json-lines", "src"), 1).lines().toList();
    assertEquals(array.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(array.get(i), mapper.readTree(lines.get(i)));
    }
  }

  @Test
  void gitlab() throws IOException {
    String report = ok(cli.run("check", "--output-format=gitlab", "src"), 1);
    Approvals.verify(report, new Options().forFile().withExtension(".json"));
    Set<String> fingerprints = new HashSet<>();
    new ObjectMapper()
        .readTree(report)
        .forEach(i -> fingerprints.add(i.get("fingerprint").asText()));
    assertEquals(new ObjectMapper().readTree(report).size(), fingerprints.size(), report);
  }

  @Test
  void junit() throws Exception {
    String report = ok(cli.run("check", "--output-format=junit", "src"), 1);
    Approvals.verify(report, new Options().forFile().withExtension(".xml"));
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
    assertEquals(4, xml.getElementsByTagName("failure").getLength());
  }

  @Test
  void junitOfACleanRunIsOnePassingCase() {
    String report = ok(cli.run("check", "--output-format=junit", "src/clean.py"), 0);
    assertTrue(report.contains("<testcase name=\"No findings\" classname=\"pyfix\"/>"), report);
  }

  @Test
  void conciseIsTheTextFormat() {
    assertEquals(
        ok(cli.run("check", "src"), 1), ok(cli.run("check", "--output-format=concise", "src"), 1));
  }

  @Test
  void fullShowsTheLinesEachFixChanges() {
    assertEquals(
        ok(cli.run("check", "--show-fixes", "src"), 1),
        ok(cli.run("check", "--output-format=full", "src"), 1));
  }

  @Test
  void aFileThatCannotBeParsedIsAFindingInEveryFormatForTools() throws IOException {
    cli.write("src/broken.py", "x = 1\ndef f(:\n");
    Map<String, String> expected =
        Map.of(
            "json", "\"code\": \"E999\"",
            "json-lines", "\"code\":\"E999\"",
            "github", "::error file=src/broken.py,line=2,col=7,endLine=2,endColumn=7,title=E999",
            "sarif", "\"ruleId\": \"E999\"",
            "gitlab", "\"check_name\": \"E999\"",
            "junit", "<testcase name=\"pyfix.E999\" classname=\"src/broken.py\"",
            "rdjson", "\"value\": \"E999\"");
    for (Map.Entry<String, String> format : expected.entrySet()) {
      Ran r = cli.run("check", "--exit-zero", "--output-format=" + format.getKey(), "src");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains(format.getValue()), format.getKey() + ":\n" + r.out());
      assertTrue(r.out().contains("SyntaxError: "), format.getKey() + ":\n" + r.out());
      assertTrue(r.err().startsWith("src/broken.py:2:7: error: "), r.err());
    }
    Ran text = cli.run("check", "src");
    assertTrue(!text.out().contains("E999"), text.out());
  }

  @Test
  void aSyntaxErrorsColumnCountsCodePointsAsPythonsOffsetDoes() throws IOException {
    cli.write("src/broken.py", "x = \"\uD83D\uDE00\uD83D\uDE00\" 1\n");
    Ran text = cli.run("check", "src/broken.py");
    assertTrue(text.err().startsWith("src/broken.py:1:10: error: "), text.err());
    String sarif = ok(cli.run("check", "--output-format=sarif", "src/broken.py"), 1);
    assertTrue(sarif.contains("\"startColumn\": 10"), sarif);
    String rdjson = ok(cli.run("check", "--output-format=rdjson", "src/broken.py"), 1);
    assertTrue(rdjson.contains("\"column\": 16"), rdjson); // UTF-8 bytes, as rdjson counts
  }

  @Test
  void github() {
    Approvals.verify(ok(cli.run("check", "--output-format", "GitHub", "src"), 1));
  }

  @Test
  void sarif() {
    String out = ok(cli.run("check", "--output-format", "sarif", "src"), 1);
    Approvals.verify(
        out.replace("\"" + VersionProvider.version() + "\"", "\"VERSION\""),
        new Options().forFile().withExtension(".json"));
  }

  @Test
  void statistics() {
    Approvals.verify(ok(cli.run("check", "--statistics", "src"), 1));
  }

  @Test
  void statisticsAsJson() throws IOException {
    String out = ok(cli.run("check", "--statistics", "--output-format=json", "src"), 1);
    JsonNode rows = new ObjectMapper().readTree(out);
    assertEquals("W291", rows.get(0).get("code").asText());
    assertEquals(3, rows.get(0).get("count").asInt());
    assertEquals("trailing-whitespace", rows.get(0).get("name").asText());
  }

  @Test
  void statisticsAreNotASarifReport() {
    Ran r = cli.run("check", "--statistics", "--output-format=sarif", "src");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--statistics prints counts as text or json"), r.err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Ran r = cli.run("check", "--output-format=xml", "src");
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "expected one of text, concise, full, json, json-lines, github, gitlab, junit,"
                    + " rdjson, sarif"),
        r.err());
  }

  @Test
  void showFixesOfCheck() {
    Approvals.verify(ok(cli.run("check", "--show-fixes", "src/a.py"), 1));
  }

  @Test
  void showFixesOfFix() {
    Approvals.verify(ok(cli.run("fix", "--show-fixes", "src"), 0));
  }

  @Test
  void colourAlwaysPaintsFindingsAndDiffs() {
    Ran check = cli.run("check", "--color=always", "src/a.py");
    assertTrue(check.out().startsWith("\u001b[1msrc/a.py\u001b[0m:1:6: "), check.out());
    Ran diff = cli.run("diff", "--color", "always", "src/a.py");
    assertTrue(
        diff.stdoutText().contains("\n\u001b[31m-x = 1 \u001b[0m\n\u001b[32m+x = 1\u001b[0m\n"),
        diff.stdoutText());
  }

  @Test
  void colourNeverAndAutoOffATerminalPaintNothing() {
    assertTrue(!cli.run("check", "--color=never", "src").out().contains("\u001b"));
    // tests run without a console, so auto is off unless FORCE_COLOR is set around them
    if (System.getenv("FORCE_COLOR") == null) {
      assertTrue(!cli.run("diff", "src").stdoutText().contains("\u001b"));
    }
  }

  @Test
  void autoColourFollowsNoColorForceColorAndTheTerminal() {
    assertEquals(Colors.ANSI, ReportOptions.colors("auto", Map.of(), true));
    assertEquals(Colors.NONE, ReportOptions.colors("auto", Map.of(), false));
    assertEquals(Colors.NONE, ReportOptions.colors("auto", Map.of("NO_COLOR", "1"), true));
    assertEquals(Colors.ANSI, ReportOptions.colors("auto", Map.of("FORCE_COLOR", "1"), false));
    assertEquals(Colors.ANSI, ReportOptions.colors("auto", Map.of("NO_COLOR", ""), true));
    assertEquals(
        Colors.NONE,
        ReportOptions.colors("auto", Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), true));
    assertEquals(Colors.ANSI, ReportOptions.colors("always", Map.of("NO_COLOR", "1"), false));
    assertEquals(Colors.NONE, ReportOptions.colors("never", Map.of("FORCE_COLOR", "1"), true));
  }

  @Test
  void rulesListsEveryRule() {
    Approvals.verify(ok(cli.run("rules"), 0));
  }
}
