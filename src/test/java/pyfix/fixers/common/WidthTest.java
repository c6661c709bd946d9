package pyfix.fixers.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WidthTest {

  @Test
  void countsWideAndFullwidthCharactersAsTwo() {
    assertEquals(5, Width.of("hello"));
    assertEquals(4, Width.of("東京"));
    assertEquals(6, Width.of("ＡＢＣ")); // fullwidth Latin
    assertEquals(2, Width.of("😀")); // a wide emoji outside the BMP
    assertEquals(3, Width.of("é€a")); // narrow and ambiguous count 1
  }

  @Test
  void advancesTabsToTheNextMultipleOfFour() {
    assertEquals(4, Width.of("\t"));
    assertEquals(8, Width.of("ab\tcd\t"));
    assertEquals(8, Width.advance(5, "\t"));
  }

  @Test
  void countsCharactersThatJoinThePreviousOneAsZero() {
    // as Ruff's unicode-width and Black's table: Zalgo text is as wide as its letters
    assertEquals(2, Width.of("q\u0334\u0335q\u0334\u0335"));
    assertEquals(1, Width.of("e\u0301")); // a combining acute accent
    assertEquals(2, Width.of("a\u200Bb")); // a zero-width space
    assertEquals(2, Width.of("\u1100\u1161")); // a Hangul syllable written as its jamo
    assertEquals(1, Width.of("\u00AD")); // a soft hyphen is printed
  }

  @Test
  void countsControlCharactersAsZero() {
    assertEquals(2, Width.of("a\fb")); // a form feed
    assertEquals(2, Width.of("a\u001B\u000Bb")); // an escape and a vertical tab
    assertEquals(2, Width.of("a\u007F\u0085\u009Fb")); // DEL and C1 controls
  }
}
