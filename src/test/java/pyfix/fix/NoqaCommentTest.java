package pyfix.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;

class NoqaCommentTest {
  private static Optional<String> suppressed(String text, String at) throws Exception {
    int start = text.indexOf(at);
    Finding f = Finding.reportOnly("E501", "m", start, start + at.length());
    ParsedFile file = ParsedFile.parse(text);
    return NoqaComment.suppressing(file, f)
        .map(e -> text.substring(0, e.start()) + e.replacement() + text.substring(e.end()));
  }

  @Test
  void appendsACommentAfterTheCodeBeforeTrailingWhitespace() throws Exception {
    assertEquals(Optional.of("x = 1  # noqa: E501 \ny = 2\n"), suppressed("x = 1 \ny = 2\n", "x"));
  }

  @Test
  void addsTheCodeToAnExistingNoqaList() throws Exception {
    assertEquals(
        Optional.of("x = 1  # noqa: W291, E501  # why\n"),
        suppressed("x = 1  # noqa: W291  # why\n", "x"));
  }

  @Test
  void appendsAfterAnOrdinaryComment() throws Exception {
    assertEquals(Optional.of("x = 1  # c  # noqa: E501\n"), suppressed("x = 1  # c\n", "x"));
  }

  @Test
  void writesOnTheLineWhereAMultiLineStringEnds() throws Exception {
    assertEquals(
        Optional.of("x = '''a\nb'''  # noqa: E501\n"), suppressed("x = '''a\nb'''\n", "a"));
  }

  @Test
  void writesAfterAStringThatStartsOnTheFindingsLine() throws Exception {
    // a comment at the end of the first line would be inside the string: a changed program
    assertEquals(
        Optional.of("x = 1; y = \"\"\"a\nb\"\"\"  # noqa: E501\nprint(y)\n"),
        suppressed("x = 1; y = \"\"\"a\nb\"\"\"\nprint(y)\n", "x"));
    assertEquals(
        Optional.of("f(a=[], b=f'''\n{x}\n''')  # noqa: E501\n"),
        suppressed("f(a=[], b=f'''\n{x}\n''')\n", "a=[]"));
  }

  @Test
  void followsStringsAndContinuationsChained() throws Exception {
    assertEquals(
        Optional.of("x = 1; y = '''a\nb''' + \\\n  '''c\nd'''  # noqa: E501\n"),
        suppressed("x = 1; y = '''a\nb''' + \\\n  '''c\nd'''\n", "x"));
  }

  @Test
  void writesOnTheLastLineOfBackslashContinuations() throws Exception {
    assertEquals(
        Optional.of("x = 1 + \\\n    2  # noqa: E501\n"), suppressed("x = 1 + \\\n    2\n", "x"));
  }
}
