package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pyfix.fix.Applicability;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;
import pyfix.testing.Oracle;

/**
 * B006's SAFE fixes keep behaviour: python3 runs each small function before and after the fix with
 * the same calls, twice so that state shared between calls shows, and the results match. Calls that
 * pass None where the default was must match too, raising what they raised. Its UNSAFE cases show
 * the check has teeth: there the results differ, which is why they are UNSAFE.
 */
class MutableDefaultBehaviourTest {
  private static final Settings SAFE = settings(false);
  private static final Settings UNSAFE = settings(true);

  /**
   * A function, the calls made to it, the calls that pass None for a defaulted parameter, and
   * whether B006 must call its fix SAFE.
   */
  private record Case(
      String name, String source, List<String> calls, List<String> noneCalls, boolean safe) {
    Case passingNone(String... none) {
      return new Case(name, source, calls, List.of(none), safe);
    }
  }

  private static final List<Case> CASES =
      List.of(
          unsafe("length", "def f(x=[]):\n    return len(x)\n", "f()", "f([1, 2])")
              .passingNone("f(None)"), // raised TypeError before, returns 0 now
          safe("length_annotated", "def f(x: list = []):\n    return len(x)\n", "f()", "f([1, 2])"),
          safe(
                  "truth_of_an_empty_default",
                  "def f(x=[]):\n    return 1 if x else 0\n",
                  "f()",
                  "f([1])")
              .passingNone("f(None)"),
          safe(
              "iterate_literals",
              "def f(x: list = [1, 2, 3]):\n    total = 0\n    for v in x:\n        total += v\n"
                  + "    return total\n",
              "f()",
              "f([4])"),
          safe(
                  "membership_and_truth",
                  "def f(k, seen: dict = {}):\n    if not seen:\n        return None\n"
                      + "    return k in seen\n",
                  "f('a')",
                  "f('a', {'a': 1})",
                  "f('a', set())")
              .passingNone("f('a', None)"),
          unsafe(
                  "truth_of_a_non_empty_default",
                  "def f(k, seen={'a', 'b'}):\n    if not seen:\n        return None\n"
                      + "    return k in seen\n",
                  "f('a')")
              .passingNone("f('a', None)"),
          safe(
              "dict_get_and_items",
              "def f(k, table: dict = {'a': 1}):\n    \"\"\"Doc.\"\"\"\n"
                  + "    return table.get(k), sorted(table.items()), list(table)\n",
              "f('a')",
              "f('b', {'b': 2})"),
          safe(
              "subscript_and_slice",
              "def f(i, x: list = [10, 20, 30]):\n    return x[i], x[1:], x.index(20), x.count(10)\n",
              "f(0)",
              "f(2)",
              "f(5)"),
          safe(
              "fstring_and_compare_annotated",
              "def f(x: dict = {}):\n    return f'{x!r}', x == {}, x != {'a': 1}\n",
              "f()",
              "f({'a': 1})"),
          unsafe(
                  "iteration_unannotated",
                  "def f(x=[1, 2]):\n    return sum(v for v in x)\n",
                  "f()",
                  "f([3])")
              .passingNone("f(None)"), // raised TypeError before, returns 3 now
          unsafe(
                  "fstring_and_compare",
                  "def f(x={}):\n    return f'{x!r}', x == {}, x != {'a': 1}\n",
                  "f()")
              .passingNone("f(None)"),
          safe(
              "copy_then_mutate_copy",
              "def f(x: list = [1]):\n    y = list(x)\n    y.append(2)\n    return y\n",
              "f()",
              "f([5])"),
          safe(
              "operator_makes_new_value",
              "def f(x: list = [1, 2]):\n    y = x + [3]\n    y.append(4)\n    return y\n",
              "f()",
              "f([])"),
          safe(
              "comprehension_reads",
              "def f(x: list = [1, 2, 3]):\n    return [v * 2 for v in x if v in x]\n",
              "f()",
              "f([7])"),
          safe(
              "nested_def_with_own_parameter",
              "def f(x: list = []):\n    def g(x):\n        x.append(1)\n        return x\n"
                  + "    return g([0]), len(x)\n",
              "f()",
              "f([9])"),
          safe(
              "several_parameters",
              "def f(a: list = [], b=1, c: dict = {}, *, d: set = set()):\n    return len(a) + b + len(c) + len(d)\n",
              "f()",
              "f([1], 2, {'k': 1}, d={3})"),
          safe(
              "collections_factories",
              "import collections\nfrom collections import deque\n\n\n"
                  + "def f(x: dict = collections.OrderedDict(), y: deque = deque()):\n"
                  + "    return len(x), bool(y), list(x)\n",
              "f()",
              "f({'a': 1}, deque([1]))"),
          safe(
              "method_with_docstring",
              "class C:\n    def m(self, tags: list = []):\n        \"\"\"Doc.\n\n        More.\n        \"\"\"\n"
                  + "        return sorted(tags)\n\n\nc = C()\n",
              "c.m()",
              "c.m(['b', 'a'])"),
          safe(
              "annotation",
              "from typing import List\n\n\ndef f(x: List[int] = []) -> int:\n    return sum(x)\n",
              "f()",
              "f([1, 2])"),
          safe(
              "rebound_after_read",
              "def f(x: list = []):\n    n = len(x)\n    x = [n]\n    return x[0]\n",
              "f()",
              "f([1])"),
          unsafe(
                  "length_where_a_try_catches_the_error",
                  "def f(x=[]):\n    try:\n        return len(x)\n    except TypeError:\n"
                      + "        return -1\n",
                  "f()",
                  "f([1])")
              .passingNone("f(None)"), // -1 before, 0 after
          unsafe(
                  "element_where_a_with_suppresses_the_error",
                  "import contextlib\n\n\ndef f(x={'a': 1}):\n"
                      + "    with contextlib.suppress(TypeError):\n        return x['a']\n"
                      + "    return -1\n",
                  "f()")
              .passingNone("f(None)"),
          safe(
              "length_in_a_try_annotated",
              "def f(x: list = []):\n    try:\n        return len(x)\n    except TypeError:\n"
                  + "        return -1\n",
              "f()",
              "f([1])"),
          unsafe("append", "def f(x=[]):\n    x.append(1)\n    return len(x)\n", "f()"),
          unsafe(
              "item_assignment",
              "def f(k, x={}):\n    x[k] = len(x)\n    return x[k]\n",
              "f('a')",
              "f('b')"),
          unsafe("augmented", "def f(x=[]):\n    x += [1]\n    return len(x)\n", "f()"),
          unsafe(
              "returned",
              "def f(x=[]):\n    return x\n\n\ndef g():\n    f().append(1)\n    return len(f())\n",
              "g()"));

  @Test
  void safeFixesKeepBehaviourAndUnsafeOnesDoNot() throws IOException, PyfixSyntaxException {
    Oracle.PYTHON3.require();
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (Case c : CASES) {
      FileResult check = Pyfix.check(c.source(), SAFE);
      assertTrue(!check.remaining().isEmpty(), c.name() + ": B006 finds nothing");
      for (Finding f : check.remaining()) {
        Applicability expected = c.safe() ? Applicability.SAFE : Applicability.UNSAFE;
        assertEquals(
            expected, f.fix().orElseThrow().applicability(), c.name() + ": " + f.message());
      }
      String after = Pyfix.fix(c.source(), c.safe() ? SAFE : UNSAFE).output();
      assertNotEquals(c.source(), after, c.name() + ": nothing was fixed");
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put("name", c.name());
      pair.put("before", c.source());
      pair.put("after", after);
      pair.put("calls", c.calls());
      pair.put("noneCalls", c.noneCalls());
      pairs.add(pair);
    }
    Path json = Files.createTempFile("pyfix-behaviour", ".json");
    try {
      new ObjectMapper().writeValue(json.toFile(), pairs);
      List<String> lines =
          Oracle.PYTHON3.runScript("/pyfix/same_behaviour.py", json.toString()).lines().toList();
      assertEquals("DONE " + CASES.size(), lines.get(lines.size() - 1));
      for (int i = 0; i < CASES.size(); i++) {
        Case c = CASES.get(i);
        String line = lines.get(i);
        if (c.safe()) {
          assertEquals("SAME " + c.name(), line, "the SAFE fix changed what the calls return");
        } else {
          assertTrue(line.startsWith("DIFF " + c.name()), c.name() + ": expected a difference");
        }
      }
    } finally {
      Files.deleteIfExists(json);
    }
  }

  private static Case safe(String name, String source, String... calls) {
    return new Case(name, source, List.of(calls), List.of(), true);
  }

  private static Case unsafe(String name, String source, String... calls) {
    return new Case(name, source, List.of(calls), List.of(), false);
  }

  private static Settings settings(boolean unsafe) {
    return new Settings(88, PythonVersion.PY39, List.of("B006"), List.of(), unsafe);
  }
}
