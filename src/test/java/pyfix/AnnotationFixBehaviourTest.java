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
 * Has python3 run every special method ANN204 annotates {@code -> None}, before and after, with and
 * without {@code from __future__ import annotations}, under a decorator that checks returns against
 * the annotation as typeguard does, and requires the same output.
 */
class AnnotationFixBehaviourTest {
  private static final String MODULE =
      """
      import functools
      def checked(f):
          @functools.wraps(f)
          def wrapper(*args):
              result = f(*args)
              if 'return' in f.__annotations__ and f.__annotations__['return'] in (None, 'None'):
                  assert result is None, f.__name__
              return result
          return wrapper
      log = []
      class Box:
          @checked
          def __init__(self, size: int):
              object.__setattr__(self, 'items', {})
              if size < 0:
                  return
              object.__setattr__(self, 'size', size)
          def __setitem__(self, key, value):
              self.items[key] = value
              return None
          def __delitem__(self, key):
              del self.items[key]
          def __setattr__(self, name, value):
              log.append(('set', name, value))
              object.__setattr__(self, name, value)
          def __delattr__(self, name):
              log.append(('del', name))
              object.__delattr__(self, name)
          def __del__(self):
              log.append('gone')
      class Field:
          def __set__(self, instance, value):
              log.append(('field', value))
      class Holder:
          field = Field()
      b = Box(3)
      b['a'] = 1
      print(b.__setitem__('b', 2), b.__delitem__('a'), Box.__init__(b, -1))
      b.colour = 'red'
      del b.colour
      h = Holder()
      h.field = 5
      print(Field().__set__(h, 6))
      del b
      print(log, {k: v for k, v in Box.__setitem__.__annotations__.items() if k != 'return'})
      """;

  @Test
  void addingNoneKeepsWhatEveryMethodDoes() throws Exception {
    for (String header : List.of("", "from __future__ import annotations\n")) {
      String before = header + MODULE;
      // UNSAFE: only what reads the annotations (help(), inspect.signature()) sees the change
      Settings safeOnly = new Settings(88, PythonVersion.PY39, List.of("ANN204"), List.of(), false);
      assertEquals(before, Pyfix.fix(before, safeOnly).output());
      Settings unsafe = new Settings(88, PythonVersion.PY39, List.of("ANN204"), List.of(), true);
      FileResult result = Pyfix.fix(before, unsafe);
      assertEquals(7, result.fixed().size(), result.output());
      assertEquals(run(before), run(result.output()));
    }
  }

  @Test
  void theCheckTellsAChange() throws Exception {
    // a method that returns a value is another program, and its -> None fails the checker
    String returning = MODULE.replace("        return None\n", "        return 1\n");
    assertNotEquals(run(MODULE), run(returning));
  }

  private static String run(String code) {
    return Oracle.PYTHON3.run(
        "-c",
        "import warnings; warnings.simplefilter('error'); exec(compile("
            + "__import__('sys').argv[1], 'case', 'exec'))",
        code);
  }
}
