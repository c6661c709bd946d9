package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaskedCellTest {
  private static final String P = MaskedCell.PLACEHOLDER;

  private static String masked(String source) {
    return MaskedCell.mask(source).orElseThrow().text();
  }

  @Test
  void masksLineMagicsShellEscapesAndHelpLineForLine() {
    String source =
        "%matplotlib inline\nimport os\n!ls -l  \nfiles = !ls\nt = %timeit -o f()\nos.path?\n"
            + "??os\nfor x in y:\n    !echo {x}\n";
    // each placeholder calls the names its line mentions, but the command's own
    assertEquals(
        "__pyfix_ipython_escape__(inline)  # noqa\n"
            + "import os\n"
            + "__pyfix_ipython_escape__(l)  # noqa\n"
            + "__pyfix_ipython_escape__(files)  # noqa\n"
            + "__pyfix_ipython_escape__(t, o, f)  # noqa\n"
            + "__pyfix_ipython_escape__(os)  # noqa\n"
            + "__pyfix_ipython_escape__(os)  # noqa\n"
            + "for x in y:\n"
            + "    __pyfix_ipython_escape__(x)  # noqa\n",
        masked(source));
    assertEquals(P + "\n", masked("%pwd\n"));
    assertEquals(
        "__pyfix_ipython_escape__(np, x)  # noqa\n",
        masked("%timeit np.sum(x) if True else 1e5\n"));
  }

  @Test
  void readsNamesAsPythonSpellsThemNonAsciiToo() {
    assertEquals(
        "__pyfix_ipython_escape__(n1, r1, π)  # noqa\n"
            + "__pyfix_ipython_escape__(π)  # noqa\n"
            + "__pyfix_ipython_escape__(été_2)  # noqa\n",
        masked("%timeit -n1 -r1 π * 2\nπ?\nété_2 = !ls\n"));
  }

  @Test
  void leavesPythonThatLooksLikeMagicAlone() {
    String source =
        "s = '''\n%not a magic\n!nor this\n'''\nx = (a\n     % b)\ny = a \\\n    % b\nz = 1 != 2\n"
            + "# what?\n";
    assertEquals(source, masked(source));
  }

  @Test
  void skipsCellMagicsAndContinuedMagics() {
    assertEquals(Optional.empty(), MaskedCell.mask("%%bash\necho hi\n"));
    assertEquals(Optional.empty(), MaskedCell.mask("\n  %%time\nx = 1\n"));
    assertEquals(Optional.empty(), MaskedCell.mask("!pip install \\\n  numpy\n"));
  }

  @Test
  void unmaskPutsTheOriginalLinesBackVerbatim() {
    String source = "import os \n%time os.getcwd()  \nif os:\n    !ls\n";
    MaskedCell cell = MaskedCell.mask(source).orElseThrow();
    String fixed = cell.text().replace("import os ", "import os").replace("if os:", "if  os:");
    assertEquals(
        Optional.of("import os\n%time os.getcwd()  \nif  os:\n    !ls\n"), cell.unmask(fixed));
  }

  @Test
  void aCellIsCheckedWithLineFeedsAndRestoredWithItsOwnLineBreaks() {
    MaskedCell crlf = MaskedCell.mask("import os\r\n%ls\r\nimport sys").orElseThrow();
    assertEquals("import os\n" + P + "\nimport sys\n", crlf.checkedText());
    assertEquals(
        Optional.of("import os\r\n%ls\r\n\r\nimport sys"),
        crlf.restore("import os\n" + P + "\n\nimport sys\n"));
    MaskedCell cr = MaskedCell.mask("x = 1\ry = 2\r").orElseThrow();
    assertEquals("x = 1\ny = 2\n", cr.checkedText());
    assertEquals(Optional.of("x = 1\ry = 3\r"), cr.restore("x = 1\ny = 3\n"));
    String mixed = "x = 1\r\ny = 2\n";
    assertEquals(mixed, MaskedCell.mask(mixed).orElseThrow().checkedText());
  }

  @Test
  void unmaskRefusesWhenAFixMovedOrDroppedAPlaceholder() {
    MaskedCell cell = MaskedCell.mask("!ls\nx = 1\n").orElseThrow();
    assertEquals(Optional.empty(), cell.unmask("x = 1\n"));
    assertEquals(Optional.empty(), cell.unmask("x = " + P + "\n"));
    assertEquals(Optional.empty(), cell.unmask(P + "\n" + P + "\n"));
  }

  @Test
  void findingsOnPlaceholderLinesAreRecognised() {
    String text = "x = 1\n" + P + "  \ny = 2\n";
    int line2 = 6;
    assertTrue(MaskedCell.touchesPlaceholder(text, line2 + P.length(), line2 + P.length() + 2));
    assertTrue(MaskedCell.touchesPlaceholder(text, 0, 7));
    assertEquals(false, MaskedCell.touchesPlaceholder(text, 0, 5));
    assertEquals(false, MaskedCell.touchesPlaceholder(text, text.length() - 3, text.length()));
  }
}
