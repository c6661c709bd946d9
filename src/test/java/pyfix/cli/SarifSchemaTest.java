package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pyfix's SARIF output is valid against the OASIS SARIF 2.1.0 schema. The schema is not part of the
 * project: it is read from {@code -Dpyfix.sarifSchema=PATH}, or from {@code
 * shared/schemas/sarif-schema-2.1.0.json} beside the checkout or one of its parent folders.
 */
class SarifSchemaTest {
  private static Schema schema;

  @TempDir Path tmp;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema =
        SchemaFiles.load(
            "pyfix.sarifSchema", "sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_7);
  }

  private static void assertValid(String sarif) {
    assertEquals(List.of(), SchemaFiles.errors(schema, sarif), sarif);
  }

  @Test
  void reportWithFindingsAndFixesIsValid() throws IOException {
    assumeTrue(schema != null, "no SARIF schema");
    Cli cli = new Cli(tmp);
    cli.write("src/a.py", "x = 1 \n\ndef f():\n    return 2\t\n\n  \n");
    cli.write("src/b c.py", "s = '\u00e9\uD83D\uDE00'   \ny = 2");
    cli.write(
        "nb.ipynb",
        """
        {"cells": [{"cell_type": "code", "execution_count": null, "id": "a1", "metadata": {},
          "outputs": [], "source": ["import os \\n", "%time os.getcwd()"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """);
    Cli.Ran r = cli.run("check", "--output-format=sarif", ".");
    assertEquals(1, r.code(), r.toString());
    assertValid(r.out());
  }

  @Test
  void reportWithoutFindingsIsValid() throws IOException {
    assumeTrue(schema != null, "no SARIF schema");
    Cli cli = new Cli(tmp);
    cli.write("a.py", "x = 1\n");
    Cli.Ran r = cli.run("check", "--output-format=sarif", "a.py");
    assertEquals(0, r.code(), r.toString());
    assertValid(r.out());
  }

  @Test
  void theSchemaRejectsABrokenLog() {
    assumeTrue(schema != null, "no SARIF schema");
    List<Error> errors =
        schema.validate(
            "{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}", InputFormat.JSON);
    assertEquals(false, errors.isEmpty(), "a run without a tool must be invalid");
  }
}
