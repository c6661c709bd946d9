package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.fix.Applicability;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;
import pyfix.testing.Oracle;

/**
 * Has python3 run the handlers E722 fixes SAFE ({@code except:} that re-raises becomes {@code
 * except BaseException:}), before and after, raising what a narrower handler would miss ({@code
 * KeyboardInterrupt}, {@code SystemExit}, {@code GeneratorExit}, a direct {@code BaseException}
 * subclass) and requires the same output.
 */
class BareExceptBehaviourTest {
  private static final String PROGRAM =
      """
      class Direct(BaseException):
          pass
      def handle(exc, again):
          seen = []
          try:
              raise exc
          except:
              seen.append(type(exc).__name__)
              if again:
                  raise
          return seen
      def nested(exc):
          try:
              raise exc
          except:
              try:
                  raise ValueError('inner')
              except ValueError:
                  if exc is not None:
                      raise
          return 'swallowed'
      def gen():
          try:
              yield 1
          except:
              print('closing')
              if True:
                  raise
      for exc in [KeyboardInterrupt(), SystemExit(3), GeneratorExit(), Direct(), ValueError()]:
          for again in (False, True):
              try:
                  print(handle(exc, again))
              except BaseException as e:
                  print('escaped', type(e).__name__)
          try:
              print(nested(exc))
          except BaseException as e:
              print('escaped', type(e).__name__, e)
      g = gen()
      next(g)
      g.close()
      """;

  @Test
  void namingBaseExceptionCatchesTheSame() throws Exception {
    FileResult result = Pyfix.fix(PROGRAM, settings(false));
    assertEquals(List.of(), result.remaining(), "every fix here must be SAFE");
    assertEquals(3, result.fixed().size());
    assertEquals(
        List.of(Applicability.SAFE),
        result.fixed().stream()
            .map(f -> f.fix().orElseThrow().applicability())
            .distinct()
            .toList());
    assertEquals(run(PROGRAM), run(result.output()));
  }

  @Test
  void theCheckTellsAChange() {
    // the UNSAFE spelling lets KeyboardInterrupt and the others through: the outputs differ
    String narrowed = PROGRAM.replace("except:", "except Exception:");
    assertNotEquals(run(PROGRAM), run(narrowed));
  }

  private static Settings settings(boolean unsafe) {
    return new Settings(88, PythonVersion.PY39, List.of("E722"), List.of(), unsafe);
  }

  private static String run(String code) {
    return Oracle.PYTHON3.run(
        "-c",
        "import warnings; warnings.simplefilter('error'); exec(compile("
            + "__import__('sys').argv[1], 'case', 'exec'))",
        code);
  }
}
