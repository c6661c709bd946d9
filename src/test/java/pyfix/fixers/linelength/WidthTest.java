package pyfix.fixers.linelength;

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
}
