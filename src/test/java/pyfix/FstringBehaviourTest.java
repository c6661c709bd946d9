package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.parse.PythonVersion;
import pyfix.testing.Oracle;

/**
 * Has python3 evaluate, for every SAFE UP031, UP032 and F541 fix in testdata, the original
 * expression and the f-string under many bindings of their names (a tuple, a float, an object whose
 * {@code __format__} and {@code __str__} differ, a function with a side effect, …) and requires the
 * same value or exception type and the same calls. A known unequal pair proves the check can fail.
 */
class FstringBehaviourTest {
  private static final List<String> CANARY =
      List.of("canary", "'%s' % (x,)", "f'{x}'"); // %s calls str(), a bare field format()

  @Test
  void everySafeConversionEvaluatesLikeTheOriginal() throws Exception {
    List<List<String>> pairs = new ArrayList<>();
    pairs.add(CANARY);
    for (FixerCase c : FixerCase.all()) {
      boolean ours = Set.of("UP031", "UP032", "F541").contains(c.code());
      if (!ours || c.settings(false).targetVersion().atLeast(PythonVersion.PY312)) {
        continue; // python3 here is 3.11: it cannot compile PEP 701 f-strings
      }
      int n = 0;
      for (Finding f : Pyfix.check(c.text(), c.settings(false)).remaining()) {
        if (f.fix().isPresent() && f.fix().get().applicability() == Applicability.SAFE) {
          pairs.add(pair(c.name() + "#" + n++, c.text(), f));
        }
      }
    }
    List<String> lines = evaluate(pairs).lines().toList();
    List<String> problems =
        lines.stream().filter(l -> l.startsWith("DIFF ") || l.startsWith("BROKEN ")).toList();
    System.out.println("FstringBehaviourTest: " + (pairs.size() - 1) + " SAFE fixes evaluated");
    assertTrue(problems.get(0).startsWith("DIFF canary:"), "the canary pair was not told apart");
    assertEquals(List.of(), problems.subList(1, problems.size()));
    assertTrue(lines.get(lines.size() - 1).startsWith("DONE " + pairs.size() + " "));
  }

  /** Runs the evaluation script over {@code pairs} of name, original and converted expression. */
  static String evaluate(List<List<String>> pairs) throws IOException {
    Path input = Files.createTempFile("pyfix-pairs", ".json");
    try {
      new ObjectMapper().writeValue(input.toFile(), pairs);
      return Oracle.PYTHON3.runScript("/pyfix/fstring_behaviour.py", input.toString());
    } finally {
      Files.deleteIfExists(input);
    }
  }

  /** The expression finding {@code f} covers in {@code text}, before and after its fix. */
  static List<String> pair(String name, String text, Finding f) {
    // a fix may add a space before the literal (`return"{}".format(v)`); the expression starts
    // after
    return List.of(name, text.substring(f.start(), f.end()), converted(text, f).stripLeading());
  }

  private static String converted(String text, Finding f) {
    StringBuilder out = new StringBuilder();
    int at = f.start();
    for (Edit e : f.fix().orElseThrow().edits()) {
      out.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return out.append(text, at, f.end()).toString();
  }
}
