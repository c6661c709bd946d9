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
 * Has python3 run a program before and after F401's SAFE fixes, with every removal pattern (a whole
 * statement, names out of a list, a block emptied to {@code pass}) next to imports read in ways a
 * careless check would miss, and requires the same output; {@code import this}, whose removal is
 * UNSAFE, proves the check can tell a change.
 */
class UnusedImportBehaviourTest {
  private static final String PROGRAM =
      """
      import os
      import sys, json
      from collections import (
          OrderedDict,
          defaultdict,
          deque,
      )
      from typing import TYPE_CHECKING, Any, List as L
      import functools, itertools, operator, textwrap, string
      import os.path
      import math

      if TYPE_CHECKING:
          from pathlib import Path


      def only_import():
          import re


      def inline(flag):
          if flag: import decimal
          return flag


      @functools.lru_cache
      def cached(n: "L[int]") -> int:
          return n * 2


      def reads():
          global string
          inner = lambda: [x for x in itertools.islice(itertools.count(), 3)]
          match 3:
              case operator.attrgetter:
                  pass
              case _:
                  pass
          return f"{math.pi:.2f}", inner(), getattr(sys.modules["textwrap"], "dedent")("  a")


      only_import()
      print(inline(True), cached(4), reads(), deque([1]).pop(), os.path.sep, string.digits)
      """;

  @Test
  void safeFixesKeepTheOutput() throws Exception {
    // a script, as run() runs it: in a module that others import from, removals are UNSAFE
    Settings safeOnly =
        new Settings(88, PythonVersion.PY39, List.of("F401"), List.of(), false)
            .forFile("__main__.py");
    FileResult result = Pyfix.fix(PROGRAM, safeOnly);
    assertEquals(7, result.fixed().size(), result.output());
    assertEquals(List.of(), result.remaining(), "every fix here must be SAFE");
    assertEquals(run(PROGRAM), run(result.output()));
  }

  @Test
  void removalsAndStringFixesInOneRunMakeNoDocstring() throws Exception {
    // F401 and F811 delete what precedes a string statement, F541 and UP032 make it plain
    String program =
        """
        def greet():
            import os
            f"Say hello."
            return "hi"


        def fold():
            import os
            "{}".format(1)


        class Shape:
            def area(self):
                pass

            f"not the docstring"

            def area(self):
                return 0


        print(greet.__doc__, fold.__doc__, Shape.__doc__)
        """;
    Settings rules =
        new Settings(
                88, PythonVersion.PY39, List.of("F401", "F811", "F541", "UP032"), List.of(), true)
            .forFile("__main__.py");
    FileResult result = Pyfix.fix(program, rules);
    assertNotEquals(program, result.output());
    assertEquals("None None None\n", run(result.output()), result.output());
  }

  @Test
  void anUnusedImportAnotherFixReusesStays() throws Exception {
    // B006 writes `Optional` from the import F401 would remove in the same round
    String program =
        """
        from typing import Optional
        import typing as t


        def f(x: dict = {}):
            return len(x)


        print(f())
        """;
    Settings rules =
        new Settings(88, PythonVersion.PY39, List.of("F401", "B006"), List.of(), false)
            .forFile("test_a.py");
    FileResult result = Pyfix.fix(program, rules);
    assertNotEquals(program, result.output());
    assertEquals("0\n", run(result.output()), result.output());
  }

  @Test
  void anImportForItsEffectIsToldApart() throws Exception {
    String before = "import this\nprint(1)\n";
    Settings unsafe = new Settings(88, PythonVersion.PY39, List.of("F401"), List.of(), true);
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
