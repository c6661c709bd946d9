package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;
import pyfix.testing.Oracle;

/**
 * Has python3 evaluate every operand E712 fixes SAFE, in each of its forms ({@code == True}, {@code
 * != True}, {@code == False}, {@code != False}, the constant on either side, a link of a chain),
 * before and after, on values chosen to break the fix (a {@code __contains__} returning a list, an
 * {@code __eq__} that answers anything, a falsy object, a shadowing-looking attribute), and
 * requires the same printed values.
 */
class TrueFalseComparisonBehaviourTest {
  private static final String SETUP =
      """
      class Odd:
          def __contains__(self, item):
              return [item]
          def __eq__(self, other):
              return 'eq'
          def __bool__(self):
              return False
          def __call__(self):
              return 2
      o, e, n = Odd(), [], None
      """;
  private static final List<String> SAFE_OPERANDS =
      List.of(
          "isinstance(o, Odd)",
          "issubclass(int, str)",
          "callable(o)",
          "hasattr(o, 'x')",
          "bool(o)",
          "all([o, 1])",
          "any(e)",
          "(not o)",
          "(o is n)",
          "(1 in o)",
          "(n not in e)",
          "(o is not n)");

  @Test
  void fixesKeepEveryValue() throws Exception {
    List<String> cases = new ArrayList<>();
    for (String x : SAFE_OPERANDS) {
      for (String form : List.of("%s == True", "%s != True", "False == %s", "%s != False")) {
        cases.add(form.formatted(x));
      }
      cases.add("%s == True == (o is o)".formatted(x));
    }
    StringBuilder source = new StringBuilder(SETUP);
    for (String c : cases) {
      source.append("print(repr(").append(c).append("))\n");
    }
    String before = source.toString();
    FileResult result =
        Pyfix.fix(before, new Settings(88, PythonVersion.PY39, List.of("E712"), List.of(), false));
    assertEquals(List.of(), result.remaining(), "every fix here must be SAFE");
    assertEquals(cases.size(), result.fixed().size());
    assertEquals(run(before), run(result.output()));
  }

  @Test
  void theCheckTellsAChange() {
    // for a value that is not a bool, the bare condition is another value
    assertNotEquals(run("print(repr(2 == True))\n"), run("print(repr(2))\n"));
  }

  private static String run(String code) {
    return Oracle.PYTHON3.run(
        "-c",
        "import warnings; warnings.simplefilter('error'); exec(compile("
            + "__import__('sys').argv[1], 'case', 'exec'))",
        code);
  }
}
