package pyfix.fixers.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;
import pyfix.semantic.Syntax;

class StringWordsTest {
  // the definition the hand-written scanner follows
  private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  private static final List<String> STRINGS =
      List.of(
          "import os, sys",
          "3os 12_x x12 _1 __all__",
          "ｏｓ ｐａｔｈ", // full-width letters: NFKC makes them os, path
          "Ⅻx xⅫ ²y y² ٣z z٣", // letter numbers, other numbers, Arabic digits
          "𝔘nicode 𝟘q q𝟘 é e\u0301 naïve",
          "a-b.c:d[e](f){g}'h'\"i\"",
          "😀emoji😀 tab\tsep\nline");

  @Test
  void findsTheWordsTheRegularExpressionFinds() throws Exception {
    StringBuilder source = new StringBuilder();
    for (String s : STRINGS) {
      source.append("x = '''").append(s).append("'''\n");
    }
    StringWords words = StringWords.of(ParsedFile.parse(source.toString()));
    for (String s : STRINGS) {
      Matcher m = WORD.matcher(s);
      while (m.find()) {
        assertTrue(words.contains(Syntax.identifier(m.group())), m.group() + " in " + s);
      }
    }
    for (String notAWord :
        List.of("3os", "12_x", "x12 ", "a-b", "Ⅻx", "emoji😀", "e\u0301", "naï")) {
      assertFalse(words.contains(notAWord), notAWord);
    }
    assertTrue(words.contains("os") && words.contains("path") && words.contains("x"));
  }

  @Test
  void readsTypeCommentsOnly() throws Exception {
    StringWords words =
        StringWords.of(
            ParsedFile.parse(
                "a = 1  # type: List[Alpha]\nb = 2  #\t type:Beta\nc = 3  # not type: Gamma\n"));
    assertTrue(words.contains("Alpha"));
    assertTrue(words.contains("Beta"));
    assertFalse(words.contains("Gamma"));
    assertFalse(words.contains("not"));
  }
}
