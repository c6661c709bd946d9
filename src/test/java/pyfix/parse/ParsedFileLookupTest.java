package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/** The lookups rules use instead of reading every token: comments and the token at an offset. */
class ParsedFileLookupTest {
  private static final String TEXT =
      "# first\r\nx = 1  # noqa\n\ndef f(a=[]):  \n    '''# not a comment'''\n    # own line\n"
          + "    return a\n# last";

  @Test
  void commentsAreEveryCommentTokenInOrder() throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse(TEXT);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < file.tokens().size(); i++) {
      if (file.tokens().get(i).kind() == TokenKind.COMMENT) {
        expected.add(i);
      }
    }
    assertEquals(4, expected.size());
    assertArrayEquals(expected.stream().mapToInt(i -> i).toArray(), file.comments());
  }

  @Test
  void noCommentsIsAnEmptyArray() throws PyfixSyntaxException {
    assertEquals(0, ParsedFile.parse("x = '#'\n").comments().length);
  }

  @Test
  void tokenAtFindsTheTokenHoldingEachCharacter() throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse(TEXT);
    for (int offset = 0; offset < TEXT.length(); offset++) {
      int i = file.tokenAt(offset);
      Token t = file.tokens().get(i);
      assertTrue(t.start() <= offset && offset < t.end(), "offset " + offset);
    }
    assertEquals(-1, file.tokenAt(TEXT.length()));
    assertEquals(-1, file.tokenAt(-1));
  }
}
