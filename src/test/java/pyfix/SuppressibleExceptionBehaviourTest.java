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
 * Has python3 run every kind of {@code try}-{@code except}-{@code pass} SIM105 fixes, before and
 * after, with bodies that raise the caught type, a subclass of it, another type, and nothing, and
 * requires the same output: what is suppressed, what propagates, and what the body did first.
 */
class SuppressibleExceptionBehaviourTest {
  private static final String MODULE =
      """
      from json import JSONDecodeError

      class Mine(Exception):
          pass

      log = []

      def run(error):
          try:
              log.append(raise_(error))
          except (KeyError, Mine):
              pass
          try:
              raise_(error)
          except:
              pass
          try:
              del log[raise_(error) or 100]
          except LookupError:
              ...
          try: raise_(error)
          except JSONDecodeError: pass
          try:
              assert raise_(error) is None, 'assert'
          except Exception:
              pass
          return len(log)

      def raise_(error):
          log.append(type(error).__name__)
          if error is not None:
              raise error

      for error in (None, KeyError('k'), Mine(), IndexError(1),
                    JSONDecodeError('m', 'd', 0), SystemExit(3), ValueError('v')):
          try:
              print(run(error), log)
          except BaseException as raised:
              print('raised', repr(raised), log)
      """;

  @Test
  void everyFixKeepsWhatIsSuppressedAndWhatPropagates() throws Exception {
    // all UNSAFE (exception groups on Python 3.12+, which this python3 does not have)
    Settings unsafe = new Settings(88, PythonVersion.PY39, List.of("SIM105"), List.of(), true);
    FileResult result = Pyfix.fix(MODULE, unsafe);
    assertEquals(List.of(), result.remaining());
    assertEquals(5, result.fixed().size());
    assertEquals(run(MODULE), run(result.output()));
  }

  @Test
  void theCheckTellsAChange() throws Exception {
    // what SIM105 fixes UNSAFE only: `except ... as e` unbinds `e`, `with` leaves it
    String unbinds =
        """
        e = 1
        try:
            raise ValueError
        except ValueError as e:
            pass
        print('e' in globals())
        """;
    String kept =
        """
        import contextlib
        e = 1
        with contextlib.suppress(ValueError):
            raise ValueError
        print('e' in globals())
        """;
    assertNotEquals(run(unbinds), run(kept));
    Settings settings = new Settings(88, PythonVersion.PY39, List.of("SIM105"), List.of(), false);
    assertEquals(unbinds, Pyfix.fix(unbinds, settings).output());
  }

  private static String run(String code) {
    return Oracle.PYTHON3.run(
        "-c",
        "import warnings; warnings.simplefilter('error'); exec(compile("
            + "__import__('sys').argv[1], 'case', 'exec'))",
        code);
  }
}
