package pyfix.fixers.linelength;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pyfix.fix.options.PycodestyleOptions;
import pyfix.fixers.common.Width;
import pyfix.source.LineMap;

class LongLinesTest {
  private static final String[] PIECES = {"a", "bc ", "\t", "漢", "é", "\n", "\r\n", "\r", "x = 1"};

  @Test
  void findsTheLinesANaiveSplitFindsForAnyMixOfLineBreaksTabsAndWideCharacters() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      int limit = 1 + random.nextInt(30);
      assertEquals(naive(text.toString(), limit), found(text.toString(), limit), text.toString());
    }
  }

  @Test
  void aLineOverflowsAtTheFirstCodePointPastTheLimitNeverInsideASurrogatePair() {
    String emoji = "x = 1  # \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";
    assertEquals(9, LongLines.find(emoji, new LineMap(emoji), 10).get(0)[0]);
    String script = "# " + "\uD835\uDCB3".repeat(9); // 𝒳, one column each
    assertEquals(2 + 2 * 8, LongLines.find(script, new LineMap(script), 10).get(0)[0]);
  }

  private static List<String> found(String text, int limit) {
    List<String> out = new ArrayList<>();
    for (int[] l : LongLines.find(text, new LineMap(text), limit)) {
      out.add(l[1] + ":" + l[2]);
    }
    return out;
  }

  /** Each line's end offset and width, for every line wider than {@code limit}. */
  private static List<String> naive(String text, int limit) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
      if (!end) {
        continue;
      }
      int width = Width.of(text.substring(start, i));
      if (width > limit) {
        out.add(i + ":" + width);
      }
      if (i < text.length()
          && text.charAt(i) == '\r'
          && i + 1 < text.length()
          && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
    }
    return out;
  }

  @Test
  void exemptsWhatSplittingTheStrippedLineAtBlanksExempts() {
    List<String> lines =
        List.of(
            "",
            "   ",
            "x",
            "    'a-very-long-single-word'",
            "# see https://example.com/a/very/long/path",
            "x = 'https://example.com/a/very/long/path'",
            "call(a, b)  # http://x.y/z",
            "a\u000Bb://c",
            "a\u2003b://c",
            "\tword\tother://x\t",
            "some words then a://url   ");
    for (String line : lines) {
      for (int limit : new int[] {1, 8, 20, 88}) {
        String[] words = line.strip().split("\\s+");
        boolean expected =
            words.length < 2
                || words[words.length - 1].contains("://")
                    && Width.of(line) - Width.of(words[words.length - 1]) <= limit;
        assertEquals(expected, LongLines.exempt(line, -1, limit, List.of()), line + " / " + limit);
      }
    }
  }

  @Test
  void leavesOutTheCommentsRuffLeavesOut() {
    String code = "x = 1";
    String pragmaLater = code + "  # a note  # noqa: E501";
    String pragmaLaterNoSpace = code + "  # a note #type: ignore";
    String otherLater = code + "  # a note  # not: a pragma";
    String task = code + "  # TODO: more later";
    int comment = code.length() + 2;
    assertTrue(LongLines.exempt(pragmaLater, comment, 10, List.of()));
    assertTrue(LongLines.exempt(pragmaLaterNoSpace, comment, 10, List.of()));
    assertFalse(LongLines.exempt(otherLater, comment, 10, List.of()));
    assertFalse(LongLines.exempt(task, comment, 10, List.of()));
    assertTrue(LongLines.exempt(task, comment, 10, PycodestyleOptions.TASK_TAGS));
    // the code before the comment must fit
    assertFalse(LongLines.exempt(pragmaLater, comment, 4, List.of()));
  }

  @Test
  void exemptsSpdxHeadersOnly() {
    assertTrue(LongLines.exempt("# SPDX-License-Identifier: MIT OR Apache-2.0", 0, 10, List.of()));
    assertTrue(LongLines.exempt("#  SPDX-FileCopyrightText: 2024 Someone Else", 0, 10, List.of()));
    assertFalse(LongLines.exempt("# SPDX License Identifier: MIT OR Apache-2.0", 0, 10, List.of()));
    assertFalse(LongLines.exempt("x = 1  # SPDX-License-Identifier: MIT", 7, 10, List.of()));
  }
}
