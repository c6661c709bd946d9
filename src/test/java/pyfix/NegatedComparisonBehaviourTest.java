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
 * Has python3 evaluate what E713 and E714 fix, before and after, on operands chosen to break the
 * fix (a {@code __contains__} returning a non-bool, an {@code __eq__}, a {@code __bool__} that
 * raises, a shadowed {@code not}-looking name), and requires the same output and the same bytecode.
 */
class NegatedComparisonBehaviourTest {
  private static final String SETUP =
      """
      class Odd:
          def __contains__(self, item):
              return [item]
          def __eq__(self, other):
              return 'eq'
      class Loud:
          def __bool__(self):
              raise ValueError('bool')
          def __contains__(self, item):
              return Loud()
      o, l, n = Odd(), Loud(), None
      def guard(f):
          try:
              return f()
          except ValueError as e:
              return str(e)
      """;
  private static final List<String> CASES =
      List.of(
          "not 1 in o",
          "not o in [o]",
          "not n in (n,)",
          "not 'a' in 'abc'",
          "not 1 in l",
          "not o is o",
          "not n is None",
          "not o is n",
          "not (o) is [o][0]",
          "not (1 in o)",
          "not ((n is None))",
          "not(1 in l)");

  @Test
  void fixesKeepEveryResultAndTheBytecode() throws Exception {
    StringBuilder source = new StringBuilder(SETUP);
    for (String c : CASES) {
      source.append("print(guard(lambda: ").append(c).append("))\n");
    }
    source.append("def f(x, y):\n    return not x in y, not x is y, not (x in y)\n");
    source.append("print(f.__code__.co_code.hex())\n");
    String before = source.toString();
    Settings safeOnly =
        new Settings(88, PythonVersion.PY39, List.of("E713", "E714"), List.of(), false);
    FileResult result = Pyfix.fix(before, safeOnly);
    assertEquals(List.of(), result.remaining(), "every fix here must be SAFE");
    assertEquals(CASES.size() + 3, result.fixed().size());
    assertEquals(run(before), run(result.output()));
  }

  @Test
  void theCheckTellsAChange() throws Exception {
    // `(not 0) in []` is another program; the comparison of outputs must see that
    assertNotEquals(run("print(not 0 in [])\n"), run("print((not 0) in [])\n"));
  }

  private static String run(String code) {
    return Oracle.PYTHON3.run(
        "-c",
        "import warnings; warnings.simplefilter('error'); exec(compile("
            + "__import__('sys').argv[1], 'case', 'exec'))",
        code);
  }
}
