package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.cli.Cli.Ran;
import pyfix.testing.Oracle;
import pyfix.testing.PatchTools;

/**
 * Notebooks end to end: written by Debian's python3-nbformat (the writer Jupyter uses), checked,
 * diffed and fixed by the CLI, and validated by nbformat again.
 */
class NotebookCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Cells as (type, source) pairs: markdown, Python with magics, a cell magic, a clean cell. */
  private static final List<List<String>> CELLS =
      List.of(
          List.of("markdown", "# Title  \ntext "),
          List.of(
              "code",
              "import os \n%matplotlib inline\nx = 1\t\n!ls -l  \nos.path?\nprint('\u00e9\uD83D\uDE00') "),
          List.of("code", "%%bash\necho hi  "),
          List.of("code", "def f():\n    \n    return 1"),
          List.of("raw", "raw  "),
          List.of("code", "y = 2"));

  private static final List<List<String>> FIXED =
      List.of(
          CELLS.get(0),
          List.of(
              "code",
              "import os\n%matplotlib inline\nx = 1\n!ls -l  \nos.path?\nprint('\u00e9\uD83D\uDE00')"),
          CELLS.get(2),
          List.of("code", "def f():\n\n    return 1"),
          CELLS.get(4),
          CELLS.get(5));

  @TempDir Path tmp;
  private Cli cli;

  @BeforeEach
  void setUp() throws IOException {
    Oracle.NBFORMAT.require();
    cli = new Cli(tmp);
    // these tests are about notebook handling: the whitespace rules' findings are predictable
    cli.write("pyproject.toml", "[tool.pyfix]\nselect = [\"W\"]\n");
  }

  /** Writes {@code cells} with nbformat to {@code name}; as a copy of {@code from}, if given. */
  private void write(String name, List<List<String>> cells, String from) throws Exception {
    String script =
        """
        import json, sys, nbformat
        cells = json.loads(sys.argv[2])
        if len(sys.argv) > 3:
            nb = nbformat.read(sys.argv[3], as_version=4)
            for cell, (kind, source) in zip(nb.cells, cells):
                cell.source = source
        else:
            nb = nbformat.v4.new_notebook()
            nb.metadata["language_info"] = {"name": "python"}
            new = {"code": nbformat.v4.new_code_cell, "markdown": nbformat.v4.new_markdown_cell,
                   "raw": nbformat.v4.new_raw_cell}
            nb.cells = [new[kind](source) for kind, source in cells]
        nbformat.write(nb, sys.argv[1])
        """;
    List<String> args = new ArrayList<>(List.of(tmp.resolve(name).toString()));
    args.add(JSON.writeValueAsString(cells));
    if (from != null) {
      args.add(tmp.resolve(from).toString());
    }
    python(script, args.toArray(String[]::new));
  }

  /** Runs {@code code} with nbformat's python3; the test fails, with its errors, if it fails. */
  private static void python(String code, String... args) {
    List<String> command = new ArrayList<>(List.of("-c", code));
    command.addAll(List.of(args));
    Oracle.NBFORMAT.run(command.toArray(String[]::new));
  }

  /** Fails the test, with nbformat's reason, unless the notebook {@code name} is valid. */
  private void assertValid(String name) {
    python(
        "import sys, nbformat\nnbformat.validate(nbformat.read(sys.argv[1], as_version=4))",
        tmp.resolve(name).toString());
  }

  @Test
  void checkNamesTheCellAndItsLineAndChangesNothing() throws Exception {
    write("nb.ipynb", CELLS, null);
    byte[] before = cli.readBytes("nb.ipynb");
    Ran r = cli.run("check", "nb.ipynb");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        """
        nb.ipynb:cell 2:1:10: W291 [*] Trailing whitespace
        nb.ipynb:cell 2:3:6: W291 [*] Trailing whitespace
        nb.ipynb:cell 2:6:12: W291 [*] Trailing whitespace
        nb.ipynb:cell 4:2:1: W293 [*] Blank line contains whitespace
        Found 4 problems (4 fixable) in 1 file
        """,
        r.out());
    assertArrayEquals(before, cli.readBytes("nb.ipynb"));
  }

  @Test
  void fixRewritesOnlyTheChangedSourcesExactlyAsNbformatWould() throws Exception {
    write("nb.ipynb", CELLS, null);
    write("expected.ipynb", FIXED, "nb.ipynb");
    Ran r = cli.run("fix", "nb.ipynb");
    assertEquals(0, r.code(), r.toString());
    assertEquals("Fixed 4 problems in 1 file, 0 remaining\n", r.out());
    assertEquals(cli.read("expected.ipynb"), cli.read("nb.ipynb"));
    assertValid("nb.ipynb");
    byte[] fixed = cli.readBytes("nb.ipynb");
    assertEquals(0, cli.run("fix", "nb.ipynb").code());
    assertArrayEquals(fixed, cli.readBytes("nb.ipynb"), "a second fix changed the notebook");
  }

  @Test
  void aNotebookWithNothingToFixStaysByteIdentical() throws Exception {
    write("clean.ipynb", FIXED, null);
    byte[] before = cli.readBytes("clean.ipynb");
    Ran r = cli.run("fix", ".");
    assertEquals(0, r.code(), r.toString());
    assertEquals("Fixed 0 problems in 0 files, 0 remaining\n", r.out());
    assertArrayEquals(before, cli.readBytes("clean.ipynb"));
  }

  @Test
  void diffIsAPatchOfTheNotebooksTextThatGitApplies() throws Exception {
    PatchTools.assumeAvailable("git");
    write("nb.ipynb", CELLS, null);
    byte[] original = cli.readBytes("nb.ipynb");
    Ran r = cli.run("diff", "nb.ipynb");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.stdoutText().startsWith("--- a/nb.ipynb\n+++ b/nb.ipynb\n"), r.stdoutText());
    cli.run("fix", "nb.ipynb");
    byte[] fixed = cli.readBytes("nb.ipynb");
    cli.writeBytes("nb.ipynb", original);
    PatchTools.apply(tmp, r.stdout(), "git", "apply", "-");
    assertArrayEquals(fixed, cli.readBytes("nb.ipynb"));
  }

  @Test
  void diffWithNotebookCellsShowsEachChangedCell() throws Exception {
    write("nb.ipynb", CELLS, null);
    Ran r = cli.run("diff", "--notebook-cells", "nb.ipynb");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        """
        --- a/nb.ipynb:cell 2
        +++ b/nb.ipynb:cell 2
        @@ -1,6 +1,6 @@
        -import os\s
        +import os
         %matplotlib inline
        -x = 1\t
        +x = 1
         !ls -l \s
         os.path?
        -print('\u00e9\uD83D\uDE00')\s
        \\ No newline at end of file
        +print('\u00e9\uD83D\uDE00')
        \\ No newline at end of file
        --- a/nb.ipynb:cell 4
        +++ b/nb.ipynb:cell 4
        @@ -1,3 +1,3 @@
         def f():
        -   \s
        +
             return 1
        \\ No newline at end of file
        """,
        r.stdoutText());
  }

  @Test
  void aSemicolonThatHidesACellsLastValueStays() throws Exception {
    List<List<String>> cells =
        List.of(
            List.of("code", "x = [1, 2]\nsorted(x);"),
            List.of("code", "y = 1;  # both\ny"),
            List.of("code", "for i in x:\n    print(i);"));
    write("nb.ipynb", cells, null);
    Ran r = cli.run("check", "--select", "E703", "nb.ipynb");
    assertEquals(
        """
        nb.ipynb:cell 2:1:6: E703 [*] Statement ends with an unnecessary semicolon (Remove the semicolon)
        nb.ipynb:cell 3:2:13: E703 [*] Statement ends with an unnecessary semicolon (Remove the semicolon)
        Found 2 problems (2 fixable) in 1 file
        """,
        r.out());
  }

  /** What running the notebook's code cells in order in one namespace prints, as Jupyter would. */
  private String runCells(String name) {
    return Oracle.NBFORMAT.run(
        "-c",
        "import sys, nbformat\n"
            + "ns = {}\n"
            + "for cell in nbformat.read(sys.argv[1], as_version=4).cells:\n"
            + "    if cell.cell_type == 'code':\n"
            + "        exec(cell.source, ns)\n",
        tmp.resolve(name).toString());
  }

  @Test
  void theCellsAreCheckedAsOneModuleAsRuffChecksThem() throws Exception {
    List<List<String>> cells =
        List.of(
            List.of("code", "import sys\nimport os\nimport json"),
            List.of("markdown", "text"),
            List.of("code", "print(os.sep)"),
            List.of(
                "code", "def f(x=[]):\n    return 1 if x else 0\n\n\nprint(f(), json.dumps(1))"));
    write("nb.ipynb", cells, null);
    String before = runCells("nb.ipynb");
    Ran r = cli.run("check", "--select", "F401,B006", "nb.ipynb");
    assertEquals(
        """
        nb.ipynb:cell 1:1:8: F401 [*] `sys` imported but unused (Remove unused import)
        nb.ipynb:cell 4:1:9: B006 [*] Mutable default for argument `x` (fix is safe: `x` is only read)
        Found 2 problems (2 fixable) in 1 file
        """,
        r.out());
    assertEquals(0, cli.run("fix", "--select", "F401,B006", "nb.ipynb").code());
    assertEquals(before, runCells("nb.ipynb"), "the fixed notebook runs otherwise");
    assertValid("nb.ipynb");
    JsonNode fixed = JSON.readTree(cli.read("nb.ipynb")).get("cells");
    assertEquals("import os\nimport json", source(fixed.get(0)));
    assertEquals("print(os.sep)", source(fixed.get(2)));
  }

  @Test
  void anImportThatOnlyAnIPythonLineOrACellLeftAloneReadsStays() throws Exception {
    // IPython runs a %%time cell's body, and a backslash-continued line, as Python
    List<List<String>> cells =
        List.of(
            List.of(
                "code",
                "import os\nimport sys\nimport json\nimport re\nimport csv\n"
                    + "from math import pi as \u03c0, e as \u00e9"),
            List.of(
                "code",
                "%timeit os.getcwd()\n!echo {sys.argv[0]}\n%timeit -n1 \u03c0 * 2\n\u00e9?"),
            List.of("code", "%%time\nprint(re.I)"),
            List.of("code", "%time csv.QUOTE_ALL \\\n  + 1"));
    JsonNode fixed = fixedCells(cells, "F401");
    assertEquals(
        "import os\nimport sys\nimport re\nimport csv\nfrom math import pi as \u03c0, e as \u00e9",
        source(fixed.get(0)));
    assertEquals(
        "%timeit os.getcwd()\n!echo {sys.argv[0]}\n%timeit -n1 \u03c0 * 2\n\u00e9?",
        source(fixed.get(1)));
    assertEquals("%%time\nprint(re.I)", source(fixed.get(2)));
    assertEquals("%time csv.QUOTE_ALL \\\n  + 1", source(fixed.get(3)));
  }

  @Test
  void anImportAFixAddsGoesIntoACellThatIsWrittenBack() throws Exception {
    // pyfix never writes a %%capture cell or a backslash-continued IPython line back
    for (String first : List.of("%%capture\n!echo setup\n", "!pip install x \\\n    y\n")) {
      List<List<String>> cells =
          List.of(
              List.of("code", first),
              List.of("code", "def f(x: list = []):\n    return len(x)\n"),
              List.of("code", "print(f())\n"));
      JsonNode fixed = fixedCells(cells, "B006");
      assertEquals(first, source(fixed.get(0)));
      assertEquals(
          """
          from typing import Optional


          def f(x: Optional[list] = None):
              if x is None:
                  x = []
              return len(x)
          """,
          source(fixed.get(1)));
    }
  }

  @Test
  void importsAreSortedWithinTheirCellAndNoCellGainsLines() throws Exception {
    List<List<String>> cells =
        List.of(
            List.of("code", "import sys\nimport os"),
            List.of("code", "import json\nimport abc\nprint(sys, os, json, abc)"),
            List.of("code", "def f():\n    pass"));
    JsonNode fixed = fixedCells(cells, "I001");
    assertEquals("import os\nimport sys", source(fixed.get(0)));
    assertEquals("import abc\nimport json\n\nprint(sys, os, json, abc)", source(fixed.get(1)));
    assertEquals("def f():\n    pass", source(fixed.get(2)));
  }

  @Test
  void eachCellKeepsItsOwnLineBreaks() throws Exception {
    write("sorted.ipynb", List.of(List.of("code", "import os\r\nimport sys")), null);
    Ran sorted = cli.run("check", "--select", "I001", "sorted.ipynb");
    assertEquals(0, sorted.code(), sorted.toString());
    List<List<String>> cells =
        List.of(
            List.of("code", "import sys\r\nimport os\r\nx = (os, sys)"),
            List.of("code", "import sys\nimport os\nprint(os, sys)\n"),
            List.of("code", "a = 1\r\nb = 2\r\n"));
    JsonNode fixed = fixedCells(cells, "I001");
    assertEquals("import os\r\nimport sys\r\n\r\nx = (os, sys)", source(fixed.get(0)));
    assertEquals("import os\nimport sys\n\nprint(os, sys)\n", source(fixed.get(1)));
    assertEquals(0, cli.run("check", "--select", "I001", "nb.ipynb").code());
  }

  @Test
  void aRequiredImportGoesAfterTheIPythonLinesThatOpenTheNotebook() throws Exception {
    cli.write(
        "pyproject.toml", "[tool.isort]\nprofile = \"black\"\nadd_imports = [\"import os\"]\n");
    write("nb.ipynb", List.of(List.of("code", "!ls\n"), List.of("code", "x = 1\n")), null);
    Ran check = cli.run("check", "--no-cache", "--select", "I002", "nb.ipynb");
    assertEquals(
        "nb.ipynb:cell 2:1:1: I002 [*] Missing required import: `import os` (Insert the required"
            + " import)\nFound 1 problem (1 fixable) in 1 file\n",
        check.out());
    JsonNode fixed = fixedCells(List.of(List.of("code", "%matplotlib inline\nx = 1\n")), "I002");
    assertEquals("%matplotlib inline\nimport os\nx = 1\n", source(fixed.get(0)));
  }

  @Test
  void linesInMessagesAreNamedByCellAndLine() throws Exception {
    List<List<String>> cells =
        List.of(
            List.of("markdown", "text"),
            List.of("code", "import sys\nimport os"),
            List.of("code", "import os\n\ndef f(x=[]):\n    x.append(1)\n    return x, sys"));
    write("nb.ipynb", cells, null);
    Ran r = cli.run("check", "--no-cache", "--select", "F811,B006", "nb.ipynb");
    assertTrue(r.out().contains("F811 Redefinition of unused `os` from cell 2, line 2 ("), r.out());
    assertTrue(r.out().contains("is mutated by `.append()` on cell 3, line 4;"), r.out());
  }

  /** The cells of a notebook of {@code cells} after {@code fix --select select}, which exits 0. */
  private JsonNode fixedCells(List<List<String>> cells, String select) throws Exception {
    write("nb.ipynb", cells, null);
    assertEquals(0, cli.run("fix", "--select", select, "nb.ipynb").code());
    return JSON.readTree(cli.read("nb.ipynb")).get("cells");
  }

  private static String source(JsonNode cell) {
    JsonNode source = cell.get("source");
    if (source.isTextual()) {
      return source.asText();
    }
    StringBuilder out = new StringBuilder();
    source.forEach(line -> out.append(line.asText()));
    return out.toString();
  }

  @Test
  void aNotebookThatIsNotJsonIsNamedInPlainWords() throws IOException {
    cli.write("bad.ipynb", "{\"cells\": [}");
    Ran r = cli.run("check", "bad.ipynb");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        "bad.ipynb:1:12: error: not valid JSON: unexpected close marker '}': expected ']'\n",
        r.err().lines().findFirst().orElseThrow() + "\n");
  }

  @Test
  void aNotebookThatCannotBeReadIsAFindingInReportsForTools() throws IOException {
    cli.write("bad.ipynb", "{\"cells\": [\n  1,\n}");
    cli.write("other.ipynb", "{\"cells\": 3}");
    Ran r = cli.run("check", "--exit-zero", "--output-format=json", "bad.ipynb", "other.ipynb");
    assertEquals(0, r.code(), r.toString());
    JsonNode findings = JSON.readTree(r.out());
    assertEquals(2, findings.size(), r.out());
    JsonNode bad = findings.get(0);
    assertEquals("E999", bad.get("code").asText(), r.out());
    assertEquals("bad.ipynb", bad.get("file").asText(), r.out());
    assertEquals(3, bad.at("/start/line").asInt(), r.out());
    assertEquals(1, bad.at("/start/column").asInt(), r.out());
    assertTrue(bad.get("message").asText().startsWith("SyntaxError: not valid JSON: "), r.out());
    JsonNode other = findings.get(1);
    assertEquals("E999", other.get("code").asText(), r.out());
    assertEquals(1, other.at("/start/line").asInt(), r.out());
    assertTrue(r.err().contains("bad.ipynb:3:1: error: not valid JSON: "), r.err());
  }

  @Test
  void textAfterTheNotebookIsAnErrorAndTheNotebookIsNotWritten() throws IOException {
    String notebook =
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"x = 1  \"]}],"
            + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n{}\n";
    cli.write("extra.ipynb", notebook);
    Ran r = cli.run("fix", "extra.ipynb");
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "extra.ipynb:2:1: error: not valid JSON: more text after the notebook's closing brace\n",
        r.err().lines().findFirst().orElse("") + "\n");
    assertEquals(notebook, cli.read("extra.ipynb"));
    cli.write("junk.ipynb", notebook.replace("\n{}\n", "\njunk\n"));
    Ran junk = cli.run("check", "junk.ipynb");
    assertEquals(1, junk.code(), junk.toString());
    assertTrue(junk.err().startsWith("junk.ipynb:2:"), junk.err());
    assertTrue(junk.err().contains(": error: not valid JSON: "), junk.err());
  }

  @Test
  void aRepeatedKeyIsAnErrorAndTheNotebookIsNotWritten() throws IOException {
    String cells = "\"cells\": [{\"cell_type\": \"code\", \"source\": [\"x = 1  \"]}]";
    String notebook =
        "{"
            + cells
            + ",\n"
            + cells
            + ", \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n";
    cli.write("twice.ipynb", notebook);
    Ran r = cli.run("fix", "twice.ipynb");
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "twice.ipynb:2:8: error: duplicate key \"cells\" in the notebook's JSON\n",
        r.err().lines().findFirst().orElse("") + "\n");
    assertEquals(notebook, cli.read("twice.ipynb"));
  }

  @Test
  void jsonNamesTheCell() throws Exception {
    write("nb.ipynb", CELLS, null);
    JsonNode findings = JSON.readTree(cli.run("check", "--output-format=json", "nb.ipynb").out());
    assertEquals(4, findings.size());
    assertEquals(4, findings.get(3).get("cell").asInt());
    assertEquals(2, findings.get(3).at("/start/line").asInt());
  }

  @Test
  void gitlabAndRdjsonNameTheCellInTheMessage() throws Exception {
    write("nb.ipynb", CELLS, null);
    JsonNode gitlab =
        JSON.readTree(cli.run("check", "--output-format=gitlab", "nb.ipynb").out()).get(3);
    assertTrue(
        gitlab.get("description").asText().contains("cell 4, line 2, column "), gitlab.toString());
    assertEquals(1, gitlab.at("/location/lines/begin").asInt(), "cell lines are not file lines");
    JsonNode rdjson =
        JSON.readTree(cli.run("check", "--output-format=rdjson", "nb.ipynb").out())
            .get("diagnostics")
            .get(3);
    assertTrue(
        rdjson.get("message").asText().startsWith("cell 4, line 2, column "), rdjson.toString());
    assertTrue(rdjson.at("/location/range").isMissingNode(), rdjson.toString());
    assertTrue(rdjson.get("suggestions") == null, "no suggestion at a cell's position");
  }

  @Test
  void aCellThatDoesNotParseIsAnErrorAndTheNotebookIsNotWritten() throws Exception {
    write("nb.ipynb", List.of(List.of("code", "x = 1 "), List.of("code", "def f(:\n  pass")), null);
    byte[] before = cli.readBytes("nb.ipynb");
    Ran r = cli.run("fix", "nb.ipynb");
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "nb.ipynb:cell 2:1:7: error: syntax error: expected ')'\nSkipped 1 file with errors\n",
        r.err());
    assertArrayEquals(before, cli.readBytes("nb.ipynb"));
    assertTrue(r.out().startsWith("Fixed 0 problems in 0 files"), r.out());
    assertEquals("", cli.run("diff", "nb.ipynb").stdoutText());
    Ran piped = cli.runWithStdin(before, "fix", "--stdin-filename=nb.ipynb", "-");
    assertEquals(2, piped.code(), piped.toString());
    assertArrayEquals(before, piped.stdout(), "a notebook that cannot be fixed passes through");
  }

  @Test
  void aCellHoldingANullCharacterIsRefusedAsAPythonFileIs() throws Exception {
    // CPython never runs such a cell: "source code string cannot contain null bytes"
    write("nb.ipynb", List.of(List.of("code", "import sys\nimport os\nx = '\0'\n")), null);
    byte[] before = cli.readBytes("nb.ipynb");
    Ran r = cli.run("fix", "nb.ipynb");
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "nb.ipynb:cell 1:3:6: error: source code cannot contain null bytes\n"
            + "Skipped 1 file with errors\n",
        r.err());
    assertArrayEquals(before, cli.readBytes("nb.ipynb"));
  }

  @Test
  void standardInputIsANotebookWhenItsNameSaysSo() throws Exception {
    write("nb.ipynb", CELLS, null);
    write("expected.ipynb", FIXED, "nb.ipynb");
    Ran r = cli.runWithStdin(cli.readBytes("nb.ipynb"), "fix", "--stdin-filename", "nb.ipynb", "-");
    assertEquals(0, r.code(), r.toString());
    assertEquals(cli.read("expected.ipynb"), r.stdoutText());
  }

  @Test
  void notAJsonNotebookIsAClearError() throws IOException {
    cli.write("bad.ipynb", "{\"cells\": 3}");
    Ran r = cli.run("check", "bad.ipynb");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        "bad.ipynb:1:1: error: not a notebook: no \"cells\" list\n",
        r.err().lines().findFirst().orElse("") + "\n");
  }
}
