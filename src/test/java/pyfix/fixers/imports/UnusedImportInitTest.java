package pyfix.fixers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.Pyfix;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;

/**
 * F401 and F811 in a package's {@code __init__.py} (off by default, report-only when selected), in
 * a module and in a test module.
 */
class UnusedImportInitTest {
  private static final String INIT = "import json\nimport os\nimport os\n";

  @Test
  void defaultRulesSayNothingAboutAnInit() throws Exception {
    Settings defaults = Settings.defaults().forFile("pkg/__init__.py");
    List<Finding> findings = Pyfix.check(INIT, defaults).remaining();
    assertEquals(List.of(), findings.stream().filter(f -> f.code().startsWith("F4")).toList());
    assertEquals(List.of(), findings.stream().filter(f -> f.code().startsWith("F8")).toList());
  }

  @Test
  void selectingF401ReportsAnInitsImportsWithoutAFix() throws Exception {
    Settings selected =
        new Settings(88, PythonVersion.PY39, List.of("F4"), List.of(), true)
            .forFile("pkg/__init__.py");
    List<Finding> findings = Pyfix.check(INIT, selected).remaining();
    // json and the last import of os, as Ruff reports only a name's last binding
    assertEquals(2, findings.size(), findings.toString());
    assertTrue(findings.stream().allMatch(f -> f.fix().isEmpty()));
    assertEquals(INIT, Pyfix.fix(INIT, selected).output());
  }

  /**
   * In a module, where another module may import the names too, removing them is UNSAFE; the
   * duplicate import goes (F811).
   */
  @Test
  void theSameFileInAModuleIsFixedUnsafely() throws Exception {
    Settings module = Settings.defaults().forFile("pkg/module.py");
    assertEquals("import json\nimport os\n", Pyfix.fix(INIT, module).output());
    Settings unsafe = new Settings(88, PythonVersion.PY39, List.of(), List.of(), true);
    assertEquals("", Pyfix.fix(INIT, unsafe.forFile("pkg/module.py")).output());
  }

  /** A test module is run, not imported from: its unused imports go SAFE. */
  @Test
  void theSameFileInATestModuleIsFixed() throws Exception {
    Settings test = Settings.defaults().forFile("tests/test_module.py");
    assertEquals("", Pyfix.fix(INIT, test).output());
  }
}
