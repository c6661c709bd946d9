package pyfix.fixers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.Pyfix;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.fix.options.DocstringOptions;
import pyfix.fix.options.DocstringOptions.Convention;
import pyfix.fix.options.RuleOptions;
import pyfix.parse.PythonVersion;

/** The pydocstyle convention turns D107 and D417 off unless they are selected by their codes. */
class DocstringConventionTest {
  private static final String CODE =
      """
      \"""Module.\"""


      class Point:
          \"""Point.\"""

          def __init__(self, x, y):
              self.x = x

          def move(self, dx, dy):
              \"""Move.

              Args:
                  dx: Columns.
              \"""
      """;

  @Test
  void numpyLeavesOutD107AndD417() throws Exception {
    assertEquals(List.of(), codes(Convention.NUMPY, "D"));
    // selected by code D107 runs; D417 runs too but reads only NumPy sections, not `Args:`
    assertEquals(List.of("D107"), codes(Convention.NUMPY, "D107", "D417"));
    assertEquals(List.of("D417"), codes(Convention.PEP257, "D417"));
  }

  @Test
  void pep257LeavesOutD417AndGoogleNothing() throws Exception {
    assertEquals(List.of("D107"), codes(Convention.PEP257, "D"));
    assertEquals(List.of("D107", "D417"), codes(Convention.GOOGLE, "D"));
    assertEquals(List.of("D107", "D417"), codes(null, "D"));
  }

  private static List<String> codes(Convention convention, String... select) throws Exception {
    Settings settings =
        new Settings(88, PythonVersion.PY39, List.of(select), List.of(), false)
            .withOptions(RuleOptions.DEFAULTS.with(new DocstringOptions(convention, List.of())));
    return Pyfix.check(CODE, settings).remaining().stream().map(Finding::code).toList();
  }
}
