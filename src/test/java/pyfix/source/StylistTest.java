package pyfix.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StylistTest {
  private static Stylist of(String text) throws TokenizeException {
    Tokenizer.Tokens tokens = Tokenizer.tokenizeWithLines(text);
    return Stylist.of(text, tokens.tokens(), tokens.lines());
  }

  @Test
  void newlineIsTheOneMostLinesEndWith() throws TokenizeException {
    assertEquals("\r\n", of("import sys\nimport os\r\nx = 1\r\n").newline());
    assertEquals("\n", of("a = 1\r\nb = 2\nc = 3\n").newline());
  }

  @Test
  void newlineTieGoesToTheFirst() throws TokenizeException {
    assertEquals("\r", of("a = 1\rb = 2\n").newline());
    assertEquals("\n", of("a = 1").newline());
  }

  @Test
  void indentIsTheFirstIndentedBlocks() throws TokenizeException {
    assertEquals("  ", of("x = (\n\t1,\n)\nif x:\n  pass\n").indent());
  }

  @Test
  void indentFallsBackToATabInsideBrackets() throws TokenizeException {
    assertEquals("\t", of("from m import (\n\ta,\n)\n").indent());
  }

  @Test
  void spacesInsideBracketsMayAlignSoTheyAreNotTheUnit() throws TokenizeException {
    assertEquals("    ", of("x = foo(a,\n        b)\n").indent());
  }
}
