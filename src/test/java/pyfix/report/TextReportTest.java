package pyfix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;

class TextReportTest {
  private static String lines(String text, List<Finding> findings, boolean unsafeFixes) {
    return TextReport.findings(
        new Locator(unsafeFixes).locate("m.py", text, findings), false, Colors.NONE);
  }

  @Test
  void findingsAreSortedAndOneBased() {
    String text = "x = 1 \nif y:\n\tz = 2\t\n";
    List<Finding> findings =
        List.of(
            Finding.fixable("W291", "Trailing whitespace", 19, 20, Fix.safe(Edit.delete(19, 20))),
            Finding.reportOnly("E999", "Something", 0, 1),
            Finding.fixable("W291", "Trailing whitespace", 5, 6, Fix.safe(Edit.delete(5, 6))));
    assertEquals(
        """
        m.py:1:1: E999 Something
        m.py:1:6: W291 [*] Trailing whitespace
        m.py:3:7: W291 [*] Trailing whitespace
        """,
        lines(text, findings, false));
  }

  @Test
  void columnsCountCharactersNotUtf16Units() {
    String text = "s = '\uD83D\uDE00' \n";
    Finding f = Finding.reportOnly("W291", "Trailing whitespace", 8, 9);
    assertEquals("m.py:1:8: W291 Trailing whitespace\n", lines(text, List.of(f), false));
  }

  @Test
  void unsafeFixIsMarkedOnlyWhenUnsafeFixesAreOn() {
    Finding f = Finding.fixable("B006", "Mutable default", 0, 1, Fix.unsafe(Edit.delete(0, 1)));
    assertEquals("m.py:1:1: B006 Mutable default\n", lines("x\n", List.of(f), false));
    assertEquals("m.py:1:1: B006 [*] Mutable default\n", lines("x\n", List.of(f), true));
    assertEquals(true, TextReport.hiddenUnsafe(f, false));
    assertEquals(false, TextReport.hiddenUnsafe(f, true));
  }

  @Test
  void showFixesPrintsTheLinesEachFixChanges() {
    String text = "a = 1\nx = [1,\n  2] \n";
    Finding f =
        Finding.fixable(
            "E999", "Something", 6, 15, Fix.safe(Edit.insert(13, " #"), Edit.delete(18, 19)));
    assertEquals(
        """
        m.py:2:1: E999 [*] Something
            @@ line 2
            -x = [1,
            -  2]\s
            +x = [1, #
            +  2]
        """,
        TextReport.findings(
            new Locator(false).locate("m.py", text, List.of(f)), true, Colors.NONE));
  }

  @Test
  void coloursMarkPathCodeAndFix() {
    Finding f = Finding.fixable("W291", "Trailing whitespace", 5, 6, Fix.safe(Edit.delete(5, 6)));
    assertEquals(
        "\u001b[1mm.py\u001b[0m:1:6: \u001b[1;31mW291\u001b[0m \u001b[36m[*]\u001b[0m"
            + " Trailing whitespace\n",
        TextReport.findings(
            new Locator(false).locate("m.py", "x = 1 \n", List.of(f)), false, Colors.ANSI));
  }

  @Test
  void summariesUseSingularForOne() {
    assertEquals("All checks passed!", TextReport.checkSummary(0, 0, 0));
    assertEquals("Found 1 problem (1 fixable) in 1 file", TextReport.checkSummary(1, 1, 1));
    assertEquals("Found 3 problems (2 fixable) in 2 files", TextReport.checkSummary(3, 2, 2));
    assertEquals("Fixed 2 problems in 1 file, 1 remaining", TextReport.fixSummary(2, 1, 1));
    assertEquals("Would fix 1 problem in 3 files", TextReport.diffSummary(1, 3));
    assertEquals("Skipped 1 file with errors", TextReport.failedSummary(1));
    assertEquals("", TextReport.unsafeHint(0));
    assertEquals("(2 more fixable with --unsafe-fixes)", TextReport.unsafeHint(2));
  }
}
