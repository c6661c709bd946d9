package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    assertTrue(r.err().contains("expected one of text, json, github, sarif"), r.err());
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
