package pyfix.fixers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.Pyfix;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;

/** F401 and F811 in a package's {@code __init__.py}: off by default, report-only when selected. */
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

  @Test
  void theSameFileOutsideAnInitIsFixed() throws Exception {
    Settings module = Settings.defaults().forFile("pkg/module.py");
    assertEquals("", Pyfix.fix(INIT, module).output());
  }
}
