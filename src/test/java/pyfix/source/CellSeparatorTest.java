package pyfix.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellSeparatorTest {
  private static final List<String> CELLS = List.of("a = 1\n", "\n", "# " + "x\nb = 2\n");

  @Test
  void splitsWhatItJoined() {
    String joined = CellSeparator.join(CELLS);
    assertEquals(Optional.of(CELLS), CellSeparator.split(joined, 3));
    assertEquals(Optional.empty(), CellSeparator.split(joined, 2), "a cell count that differs");
    assertEquals(Optional.of(List.of("a = 1\n")), CellSeparator.split("a = 1\n", 1));
    List<String> oldMac = List.of("a = 1\r", "b = 2\r\n", "c = 3\n");
    assertEquals(Optional.of(oldMac), CellSeparator.split(CellSeparator.join(oldMac), 3));
  }

  @Test
  void countsOnlyWholeLines() {
    String inString = "s = '" + CellSeparator.LINE + "'\n";
    String indented = "if x:\n    " + CellSeparator.LINE + "\n    pass\n";
    assertEquals(List.of(), CellSeparator.find(inString));
    assertEquals(List.of(), CellSeparator.find(indented));
    assertEquals(List.of(), CellSeparator.find(CellSeparator.LINE), "no line break after it");
    assertEquals(List.of(6), CellSeparator.find(CellSeparator.join(List.of("a = 1\n", "b\n"))));
  }

  @Test
  void aStandInIsAWholeCellOfOnePlaceholderLine() {
    String standIn = CellSeparator.PLACEHOLDER_NAME + "(x)  # noqa\n";
    String joined = CellSeparator.join(List.of(standIn, standIn + "y = 1\n", standIn));
    int second = joined.indexOf(standIn, 1);
    int third = joined.lastIndexOf(standIn);
    assertTrue(CellSeparator.standInAt(joined, 0));
    assertFalse(CellSeparator.standInAt(joined, second), "a cell with more lines is written");
    assertTrue(CellSeparator.standInAt(joined, third), "the last cell");
    assertFalse(CellSeparator.standInAt("y = 1\n" + standIn, 6), "not where a cell starts");
    assertFalse(CellSeparator.standInAt("\n" + standIn, 1), "after a blank line");
  }

  @Test
  void anEditTouchesASeparatorOnlyWhereItChangesIt() {
    String joined = CellSeparator.join(List.of("a = 1\n", "b = 2\n"));
    int s = joined.indexOf(CellSeparator.LINE);
    int end = s + CellSeparator.LINE.length() + 1;
    assertFalse(CellSeparator.touchedBy(joined, s, s, "x = 0\n"), "an insertion before it");
    assertFalse(CellSeparator.touchedBy(joined, end, end, "x = 0\n"), "an insertion after it");
    assertFalse(CellSeparator.touchedBy(joined, 0, s, "a = 2\n"), "the whole first cell");
    assertFalse(CellSeparator.touchedBy(joined, end, joined.length(), ""), "the second cell");
    assertTrue(CellSeparator.touchedBy(joined, s + 2, s + 2, "x"), "an insertion inside it");
    assertTrue(CellSeparator.touchedBy(joined, s - 1, s + 1, "\n#"), "its first character");
    assertTrue(CellSeparator.touchedBy(joined, end - 1, end + 1, "\nb"), "its line break");
    assertTrue(CellSeparator.touchedBy(joined, 0, 0, CellSeparator.LINE + "\n"), "a new one");
  }
}
