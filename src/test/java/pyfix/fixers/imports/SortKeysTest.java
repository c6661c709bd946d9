package pyfix.fixers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortKeysTest {
  @Test
  void modulesSortCaseInsensitivelyWithNumbersAsNumbers() {
    List<String> modules = new ArrayList<>(List.of("a.b", "a10", "Zeta", "a9", "A2", "a"));
    modules.sort(SortKeys.MODULES);
    assertEquals(List.of("a", "A2", "a9", "a10", "a.b", "Zeta"), modules);
  }

  @Test
  void ruffPutsADotBeforeADigitAndLeadingZerosFirst() {
    List<String> modules =
        new ArrayList<>(List.of("x1", "a1", "x10", "x01", "a.b", "x001", "x9", "a", "x010"));
    modules.sort(SortKeys.RUFF_NATURAL);
    assertEquals(List.of("a", "a.b", "a1", "x001", "x01", "x010", "x1", "x9", "x10"), modules);
  }

  @Test
  void deeperRelativeImportsComeFirst() {
    List<String> modules = new ArrayList<>(List.of(".a", ".", "..a", "..", "...z"));
    modules.sort(SortKeys.MODULES);
    assertEquals(List.of("...z", "..", "..a", ".", ".a"), modules);
  }

  @Test
  void namesSortConstantsThenClassesThenTheRest() {
    List<String> names = new ArrayList<>(List.of("func", "_priv", "Class", "A", "CONST", "__d"));
    names.sort(SortKeys.NAMES);
    assertEquals(List.of("CONST", "A", "Class", "__d", "_priv", "func"), names);
  }
}
