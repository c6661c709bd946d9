package pyfix.fixers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.NotebookRun;
import pyfix.Pyfix;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;

/** A notebook has no module docstring to miss, as Ruff's pydocstyle skips it for notebooks. */
class NotebookDocstringTest {
  private static final Settings D1 =
      new Settings(88, PythonVersion.PY39, List.of("D1"), List.of(), false);

  @Test
  void d100IsNotReportedOnNotebooks() throws Exception {
    List<String> cells = List.of("import os\n", "def f():\n    return os.sep\n");
    List<String> codes =
        NotebookRun.run(cells, D1, Pyfix::check).result().remaining().stream()
            .map(Finding::code)
            .toList();
    assertEquals(List.of("D103"), codes);
    assertEquals(
        List.of("D100", "D103"),
        Pyfix.check(String.join("", cells), D1).remaining().stream().map(Finding::code).toList());
  }
}
