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
 * Has python3 define and call every kind of function RUF013 fixes SAFE, before and after, in both
 * spellings: the module must still import (every new annotation evaluates), calls must give the
 * same results, and defaults stay {@code None}. Names that look like typing's ({@code Opt}, a class
 * named {@code List}) are there to catch a wrong import. The functions are only called: a function
 * the file hands on ({@code for f in (a, b)}) gets an UNSAFE fix, as its receiver may read the
 * annotations.
 */
class ImplicitOptionalBehaviourTest {
  private static final String MODULE =
      """
      import datetime
      import typing as t
      from typing import Annotated, Callable, Dict, List, Literal, Sequence, Union

      class Opt:
          pass

      def a(x: int = None, y: str = None, *, z: bytes = None):
          return (x, y, z)

      def b(x: list[int] = None, y: Dict[str, int] = None, z: t.Tuple[int, ...] = None):
          return (x, y, z)

      def c(x: Union[int, str] = None, y: Literal[1, 2] = None, z: Annotated[int, 'm'] = None):
          return (x, y, z)

      def d(x: "List[int]" = None, y: 'int | str' = None, z: Callable[[], int] = None):
          return (x, y, z)

      def e(x: datetime.datetime = None, y: Sequence[int] = None, z: ValueError = None, /):
          return (x, y, z)

      class K:
          def m(self, x: float = None, y: int | str = None):
              def inner(z: type = None):
                  return z
              return (x, y, inner())

      print(a(), b(), c(), d(), e(), K().m())
      print(a(1, 'y', z=b'z'), c('s', 2, 3), K().m(1.5, 'y'), Opt)
      """;

  @Test
  void theOptionalSpellingKeepsEveryCall() throws Exception {
    assertSameProgram(PythonVersion.PY39, 18);
  }

  @Test
  void thePipeSpellingKeepsEveryCall() throws Exception {
    assertSameProgram(PythonVersion.PY310, 18);
  }

  @Test
  void theCheckTellsAnAnnotationThatRaises() throws Exception {
    // what RUF013 refuses: `Optional[Union]` raises when the function is defined
    String refused =
        """
        from typing import Optional, Union
        try:
            def f(x: Union = None): pass
            print('defined')
        except TypeError:
            print('raises')
        """;
    String broken = refused.replace("x: Union", "x: Optional[Union]");
    assertNotEquals(run(refused), run(broken));
    Settings settings = new Settings(88, PythonVersion.PY39, List.of("RUF013"), List.of(), true);
    assertEquals(refused, Pyfix.fix(refused, settings).output());
  }

  private static void assertSameProgram(PythonVersion target, int fixes) throws Exception {
    Settings safeOnly = new Settings(88, target, List.of("RUF013"), List.of(), false);
    FileResult result = Pyfix.fix(MODULE, safeOnly);
    assertEquals(List.of(), result.remaining(), "every fix here must be SAFE");
    assertEquals(fixes, result.fixed().size());
    assertNotEquals(MODULE, result.output());
    assertEquals(run(MODULE), run(result.output()));
  }

  private static String run(String code) {
    return Oracle.PYTHON3.run(
        "-c",
        "import warnings; warnings.simplefilter('error'); exec(compile("
            + "__import__('sys').argv[1], 'case', 'exec'))",
        code);
  }
}
