package pyfix.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenIndexTest {
  private static int find(String text, List<Token> tokens, String s, int nth) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is(text, s) && nth-- == 0) {
        return i;
      }
    }
    throw new AssertionError(s + " not found");
  }

  @Test
  void pairsBracketsAndCountsDepthWithTheCloserInside() throws Exception {
    String text = "x = f(a[1], {b: (c)})\n";
    List<Token> tokens = Tokenizer.tokenize(text);
    TokenIndex index = TokenIndex.of(text, tokens);
    int call = find(text, tokens, "(", 0);
    int close = find(text, tokens, ")", 1);
    assertEquals(close, index.partner(call));
    assertEquals(call, index.partner(close));
    assertEquals(0, index.depth(call));
    assertEquals(1, index.depth(close));
    assertEquals(3, index.depth(find(text, tokens, "c", 0)));
    assertEquals(-1, index.partner(find(text, tokens, "a", 0)));
  }

  @Test
  void pairsNestedFstringStartsWithTheirEnds() throws Exception {
    String text = "s = f'{f\"{x}\"}' + 'y'\n";
    List<Token> tokens = Tokenizer.tokenize(text);
    TokenIndex index = TokenIndex.of(text, tokens);
    int outer = 0;
    while (tokens.get(outer).kind() != TokenKind.FSTRING_START) {
      outer++;
    }
    int end = index.partner(outer);
    assertEquals(TokenKind.FSTRING_END, tokens.get(end).kind());
    assertEquals(text.indexOf(" +"), tokens.get(end).end());
    assertArrayEquals(new int[] {4, text.indexOf(" +")}, index.stringAt(text.indexOf("x")));
    assertArrayEquals(
        new int[] {text.indexOf("'y'"), text.indexOf("'y'") + 3},
        index.stringAt(text.indexOf("y")));
    assertNull(index.stringAt(0));
  }

  @Test
  void knowsLogicalLinesAndCommentsOnTheirOwnLine() throws Exception {
    String text = "a = (1,\n     2)  # two\n\n# alone\nif a:\n    b = 3\n";
    List<Token> tokens = Tokenizer.tokenize(text);
    TokenIndex index = TokenIndex.of(text, tokens);
    assertEquals(3, index.logicalLines());
    assertEquals(0, index.logicalLineAt(text.indexOf("2)"), text.indexOf("2)") + 1));
    assertEquals(-1, index.logicalLineAt(text.indexOf("# alone"), text.indexOf("# alone") + 2));
    int trailing = find(text, tokens, "# two", 0);
    int alone = find(text, tokens, "# alone", 0);
    assertFalse(index.ownLine(trailing));
    assertTrue(index.ownLine(alone));
    assertEquals(0, index.logicalLineOf(trailing));
    assertEquals(-1, index.logicalLineOf(alone));
    int b = find(text, tokens, "b", 0);
    assertEquals(b, index.logicalLineFirst(index.logicalLineOf(b)));
    assertEquals(TokenKind.NEWLINE, tokens.get(index.logicalLineNewline(2)).kind());
  }
}
