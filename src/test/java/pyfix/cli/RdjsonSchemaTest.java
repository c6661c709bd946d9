package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pyfix's {@code rdjson} output is valid against reviewdog's DiagnosticResult schema, and its
 * suggestions, applied as reviewdog applies them (UTF-8 byte columns), give the fixed file.
 */
class RdjsonSchemaTest {
  private static Schema schema;

  @TempDir Path tmp;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema =
        SchemaFiles.load(
            "pyfix.rdjsonSchema", "rdjson/DiagnosticResult.json", SpecificationVersion.DRAFT_4);
  }

  @Test
  void reportIsValidAndItsSuggestionsFixTheFile() throws IOException {
    assumeTrue(schema != null, "no rdjson schema");
    Cli cli = new Cli(tmp);
    cli.write("a.py", "s = '\u00e9\uD83D\uDE00'   \ny = 2\t\n");
    cli.write("broken.py", "def f(:\n");
    Cli.Ran r = cli.run("check", "--output-format=rdjson", ".");
    assertEquals(1, r.code(), r.toString());
    assertEquals(List.of(), SchemaFiles.errors(schema, r.out()), r.out());
    JsonNode diagnostics = new ObjectMapper().readTree(r.out()).get("diagnostics");
    List<JsonNode> suggestions = new ArrayList<>();
    boolean syntaxError = false;
    for (JsonNode d : diagnostics) {
      if (d.get("location").get("path").asText().equals("a.py")) {
        d.get("suggestions").forEach(suggestions::add);
      } else {
        syntaxError = d.get("code").get("value").asText().equals("E999");
        assertEquals(1, d.get("location").get("range").get("start").get("line").asInt());
        assertEquals(7, d.get("location").get("range").get("start").get("column").asInt());
      }
    }
    assertEquals(true, syntaxError, r.out());
    assertFalse(suggestions.isEmpty());
    byte[] fixed = apply(cli.readBytes("a.py"), suggestions);
    cli.run("fix", "a.py");
    assertEquals(cli.read("a.py"), new String(fixed, StandardCharsets.UTF_8));
  }

  @Test
  void reportWithoutFindingsIsValid() throws IOException {
    assumeTrue(schema != null, "no rdjson schema");
    Cli cli = new Cli(tmp);
    cli.write("a.py", "x = 1\n");
    Cli.Ran r = cli.run("check", "--output-format=rdjson", "a.py");
    assertEquals(0, r.code(), r.toString());
    assertEquals(List.of(), SchemaFiles.errors(schema, r.out()), r.out());
  }

  @Test
  void notebookFindingsAreValidAndCarryNoSuggestion() throws IOException {
    assumeTrue(schema != null, "no rdjson schema");
    Cli cli = new Cli(tmp);
    cli.write(
        "nb.ipynb",
        "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {},"
            + " \"outputs\": [], \"source\": [\"x = 1  \\n\", \"y = 2\"]}],"
            + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
    Cli.Ran r = cli.run("check", "--output-format=rdjson", "nb.ipynb");
    assertEquals(1, r.code(), r.toString());
    assertEquals(List.of(), SchemaFiles.errors(schema, r.out()), r.out());
    JsonNode finding = new ObjectMapper().readTree(r.out()).get("diagnostics").get(0);
    assertEquals("nb.ipynb", finding.at("/location/path").asText(), r.out());
    // positions in a cell are not positions in the notebook's JSON, where reviewdog would apply
    assertEquals(true, finding.get("message").asText().startsWith("cell 1, line 1, column 6"));
    assertEquals(true, finding.get("suggestions") == null, r.out());
  }

  @Test
  void theSchemaRejectsABrokenResult() {
    assumeTrue(schema != null, "no rdjson schema");
    assertFalse(SchemaFiles.errors(schema, "{\"diagnostics\": {\"message\": 1}}").isEmpty());
  }

  /** {@code bytes} with each suggestion's text over its range, last first; columns are bytes. */
  private static byte[] apply(byte[] bytes, List<JsonNode> suggestions) {
    List<Integer> lineStarts = new ArrayList<>(List.of(0));
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lineStarts.add(i + 1);
      }
    }
    suggestions.sort(
        Comparator.comparingInt((JsonNode s) -> offset(s.get("range").get("start"), lineStarts))
            .reversed());
    byte[] out = bytes;
    for (JsonNode s : suggestions) {
      int start = offset(s.get("range").get("start"), lineStarts);
      int end = offset(s.get("range").get("end"), lineStarts);
      byte[] text = s.get("text").asText().getBytes(StandardCharsets.UTF_8);
      byte[] next = new byte[out.length - (end - start) + text.length];
      System.arraycopy(out, 0, next, 0, start);
      System.arraycopy(text, 0, next, start, text.length);
      System.arraycopy(out, end, next, start + text.length, out.length - end);
      out = next;
    }
    return out;
  }

  private static int offset(JsonNode position, List<Integer> lineStarts) {
    return lineStarts.get(position.get("line").asInt() - 1) + position.get("column").asInt() - 1;
  }
}
