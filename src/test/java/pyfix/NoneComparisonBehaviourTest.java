package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;
import pyfix.testing.Oracle;

/**
 * Has python3 evaluate every kind of operand E711 fixes SAFE, compared with None both ways before
 * and after the fix, under {@code -W error}, and requires the same results; a class with its own
 * {@code __eq__}, whose fix is UNSAFE, proves the check can tell a change.
 */
class NoneComparisonBehaviourTest {
  private static final String SETUP = "s = 'abc'\nx = 2.5\n";
  private static final List<String> SAFE_OPERANDS =
      List.of(
          "[]",
          "[1]",
          "{}",
          "{1}",
          "{1: 2}",
          "(x, 1)",
          "(c for c in s)",
          "f'<{x}>'",
          "f'{x}{x}'",
          "None",
          "True",
          "...",
          "len(s)",
          "int('3')",
          "list(s)",
          "tuple(s)",
          "bool(x)",
          "float(x)",
          "dict()",
          "set()");

  @Test
  void safeFixesKeepEveryResult() throws Exception {
    StringBuilder source = new StringBuilder(SETUP).append("r = [\n");
    for (String operand : SAFE_OPERANDS) {
      source
          .append("    ")
          .append(operand)
          .append(" == None, ")
          .append(operand)
          .append(" != None,");
      source.append(" None == ").append(operand).append(", None != ").append(operand).append(",\n");
    }
    String before = source.append("]\nprint(r)\n").toString();
    Settings safeOnly = new Settings(88, PythonVersion.PY39, List.of("E711"), List.of(), false);
    FileResult result = Pyfix.fix(before, safeOnly);
    assertEquals(List.of(), result.remaining(), "every fix here must be SAFE");
    assertEquals(4 * SAFE_OPERANDS.size(), result.fixed().size());
    String expected = run(before);
    assertEquals(expected, run(result.output()));
  }

  @Test
  void anOwnEqIsToldApart() throws Exception {
    String eq = "class X:\n    def __eq__(self, other):\n        return True\n";
    String before = eq + "print(X() == None)\n";
    Settings unsafe = new Settings(88, PythonVersion.PY39, List.of("E711"), List.of(), true);
    assertNotEquals(run(before), run(Pyfix.fix(before, unsafe).output()));
  }

  private static String run(String code) {
    return Oracle.PYTHON3.run(
        "-c",
        "import warnings; warnings.simplefilter('error'); exec(compile("
            + "__import__('sys').argv[1], 'case', 'exec'))",
        code);
  }
}
