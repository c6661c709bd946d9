package pyfix.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;

class SuppressionTest {

  private static Suppression of(String text) throws Exception {
    return Suppression.of(ParsedFile.parse(text));
  }

  /** A finding of {@code code} on the first occurrence of {@code marker} in {@code text}. */
  private static Finding at(String text, String marker, String code) {
    int start = text.indexOf(marker);
    return Finding.reportOnly(code, "m", start, start + marker.length());
  }

  @Test
  void readsNoqaSpellingsAsFlake8AndRuffDo() {
    assertEquals(Set.of(), Suppression.noqaCodes("# noqa"));
    assertEquals(Set.of(), Suppression.noqaCodes("#NOQA"));
    assertEquals(Set.of("E501"), Suppression.noqaCodes("# noqa: E501"));
    assertEquals(Set.of("E501", "W291"), Suppression.noqaCodes("#noqa:E501,W291"));
    assertEquals(Set.of("E501", "W291"), Suppression.noqaCodes("# NoQA : e501 W291"));
    assertEquals(Set.of("F401"), Suppression.noqaCodes("# type: ignore # noqa: F401 unused"));
    assertEquals(Set.of(), Suppression.noqaCodes("# noqa: not-a-code"));
    assertNull(Suppression.noqaCodes("# noqanything"));
    assertNull(Suppression.noqaCodes("# a comment"));
  }

  @Test
  void noqaSuppressesOnlyItsLineAndItsCodes() throws Exception {
    String text = "a = 1  # noqa: W291\nb = 2  # noqa\nc = 3\n";
    Suppression s = of(text);
    assertTrue(s.suppresses(at(text, "a", "W291")));
    assertFalse(s.suppresses(at(text, "a", "E501")));
    assertTrue(s.suppresses(at(text, "b", "E501")));
    assertFalse(s.suppresses(at(text, "c", "W291")));
  }

  @Test
  void aFindingInAMultiLineStringUsesTheLineWhereTheStringEnds() throws Exception {
    String text = "x = \"\"\"inside\nstill\"\"\"  # noqa: W291\ny = f'''{x}\nz'''  # noqa: E1\n";
    Suppression s = of(text);
    assertTrue(s.suppresses(at(text, "inside", "W291")));
    // the line where the string starts too: a comment cannot go there (Ruff and flake8 agree)
    assertTrue(s.suppresses(at(text, "x", "W291")));
    assertFalse(s.suppresses(at(text, "y", "W291")));
    assertTrue(s.suppresses(at(text, "{x}", "E1")));
  }

  @Test
  void aNoqaAfterBackslashContinuationsCoversEachLineTheyJoin() throws Exception {
    // as Ruff and flake8 read it: `from m import a, \` / `    b  # noqa: F401`
    String text = "from m import a, \\\n    b, \\\n    c  # noqa: F401\nd = 1\n";
    Suppression s = of(text);
    assertTrue(s.suppresses(at(text, "a", "F401")));
    assertTrue(s.suppresses(at(text, "b", "F401")));
    assertFalse(s.suppresses(at(text, "d", "F401")));
    String before = "x = 1  # noqa: E501\ny = 2 + \\\n    3\n";
    assertFalse(of(before).suppresses(at(before, "y", "E501")));
  }

  @Test
  void ruffAndFlake8FileExemptionsSilenceTheFileOrTheirCodes() throws Exception {
    String codes = "# ruff: noqa: E501, F401\nimport os\nx = 1\n";
    assertTrue(of(codes).suppresses(at(codes, "os", "F401")));
    assertTrue(of(codes).suppresses(at(codes, "x", "E501")));
    assertFalse(of(codes).suppresses(at(codes, "x", "W291")));
    String all = "x = 1\n#flake8: NOQA\n";
    assertTrue(of(all).suppresses(at(all, "x", "W291")));
    String trailing = "x = 1  # ruff: noqa\n"; // not on a line of its own: not for the file
    assertFalse(of(trailing).suppresses(at(trailing, "x", "W291")));
  }

  @Test
  void aNoqaOnAnImportStatementsFirstLineCoversItsNames() throws Exception {
    String text =
        "from m import (  # noqa: F401\n    a,\n    b,\n)\nx = (  # noqa: F401\n    c,\n)\n";
    Suppression s = of(text);
    assertTrue(s.suppresses(at(text, "a,", "F401")));
    assertFalse(s.suppresses(at(text, "a,", "E501")));
    assertFalse(s.suppresses(at(text, "c,", "F401")));
  }

  @Test
  void aNoqaInsideParenthesesCoversAFindingAtTheParenthesis() throws Exception {
    String text = "x = (\n    'a'  # noqa: T1\n) % y\nz = (\n    'b'\n)  # noqa: T1\n";
    Suppression s = of(text);
    assertTrue(s.suppresses(at(text, "(\n    'a'", "T1")));
    assertFalse(s.suppresses(at(text, "(\n    'a'", "T2")));
    assertFalse(s.suppresses(at(text, "(\n    'b'", "T1")));
  }

  @Test
  void skipFileSuppressesEverything() throws Exception {
    String text = "x = 1\n# pyfix: skip-file\ny = 2\n";
    assertTrue(of(text).suppresses(at(text, "x", "W291")));
    assertTrue(of(text).skipsFile());
    String indented = "if x:\n    # pyfix: skip-file\n    y = 2\n";
    assertFalse(of(indented).skipsFile());
  }

  @Test
  void fmtOffRunsToFmtOnInclusive() throws Exception {
    String text = "a = 1\n# fmt: off\nb = 2\n# fmt: on\nc = 3\n";
    Suppression s = of(text);
    assertFalse(s.touchesFmtRegion(at(text, "a", "T1")));
    assertTrue(s.touchesFmtRegion(at(text, "b", "T1")));
    assertTrue(s.touchesFmtRegion(at(text, "on", "T1")));
    assertFalse(s.touchesFmtRegion(at(text, "c", "T1")));
  }

  @Test
  void noqaStillSuppressesInsideARegion() throws Exception {
    String text = "a = 1\n# fmt: off\nb = 2\nc = 3  # noqa: T1\n# fmt: on\n";
    Suppression s = of(text);
    assertFalse(s.suppresses(at(text, "b", "T1")));
    assertTrue(s.suppresses(at(text, "c", "T1")));
  }

  @Test
  void fmtOffWithoutOnEndsWithItsBlock() throws Exception {
    String text = "def f():\n    # fmt: off\n    b = 2\n\n    c = 3\nd = 4\n";
    Suppression s = of(text);
    assertTrue(s.touchesFmtRegion(at(text, "b", "T1")));
    assertTrue(s.touchesFmtRegion(at(text, "c", "T1")));
    assertFalse(s.touchesFmtRegion(at(text, "d", "T1")));
  }

  @Test
  void fmtOffAtTopLevelRunsToTheEndIncludingAppendedText() throws Exception {
    String text = "a = 1\n# fmt: off\nb = 2";
    Suppression s = of(text);
    assertTrue(s.touchesFmtRegion(Finding.reportOnly("W292", "m", text.length(), text.length())));
  }

  @Test
  void fmtOffInsideBracketsEndsWithTheStatement() throws Exception {
    String text = "x = [\n    # fmt: off\n    1,2,\n]\ny = 3\n";
    Suppression s = of(text);
    assertTrue(s.touchesFmtRegion(at(text, "1,2", "T1")));
    assertFalse(s.touchesFmtRegion(at(text, "y", "T1")));
  }

  @Test
  void fmtSkipCoversItsWholeStatement() throws Exception {
    String text = "a = [\n    1,\n]  # fmt: skip\nb = 2\n# fmt: skip\nc = 3\n";
    Suppression s = of(text);
    assertTrue(s.touchesFmtRegion(at(text, "1,", "T1")));
    assertTrue(s.touchesFmtRegion(at(text, "a", "T1")));
    assertFalse(s.touchesFmtRegion(at(text, "b", "T1")));
    assertFalse(s.touchesFmtRegion(at(text, "c", "T1")));
  }

  @Test
  void aFixTouchingARegionTouchesIt() throws Exception {
    String text = "a = 1\n# fmt: off\nb = 2\n# fmt: on\n";
    int b = text.indexOf("b");
    Fix reachesIn = Fix.safe(Edit.delete(0, 1), Edit.delete(b, b + 1));
    assertTrue(of(text).touchesFmtRegion(Finding.fixable("T1", "m", 0, 1, reachesIn)));
    Fix insertBefore = Fix.safe(Edit.insert(text.indexOf("#"), "\n"));
    assertFalse(of(text).touchesFmtRegion(Finding.fixable("T1", "m", 0, 1, insertBefore)));
  }
}
