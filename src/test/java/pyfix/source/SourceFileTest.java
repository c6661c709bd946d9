package pyfix.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFileTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void decodesUtf8ByDefaultAndRoundTrips() throws Exception {
    byte[] in = "x = 'é'\r\n".getBytes(StandardCharsets.UTF_8);
    SourceFile f = SourceFile.decode(in);
    assertEquals("x = 'é'\r\n", f.text());
    assertFalse(f.bom());
    assertArrayEquals(in, f.encode(f.text()));
  }

  @Test
  void keepsTheByteOrderMark() throws Exception {
    byte[] in = concat(bytes(0xEF, 0xBB, 0xBF), "x = 1\n".getBytes(StandardCharsets.UTF_8));
    SourceFile f = SourceFile.decode(in);
    assertEquals("x = 1\n", f.text());
    assertTrue(f.bom());
    assertArrayEquals(in, f.encode(f.text()));
  }

  @Test
  void honoursALatin1CookieOnTheSecondLine() throws Exception {
    byte[] in =
        concat(
            "#!/usr/bin/python\n# -*- coding: latin-1 -*-\ns = '"
                .getBytes(StandardCharsets.ISO_8859_1),
            bytes(0xE9, '\'', '\n'));
    SourceFile f = SourceFile.decode(in);
    assertEquals(StandardCharsets.ISO_8859_1, f.charset());
    assertTrue(f.text().endsWith("s = 'é'\n"));
    assertArrayEquals(in, f.encode(f.text()));
  }

  @Test
  void ignoresACookieAfterACodeLine() throws Exception {
    byte[] in = "x = 1\n# coding: latin-1\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(StandardCharsets.UTF_8, SourceFile.decode(in).charset());
  }

  @Test
  void rejectsAnUnknownEncoding() {
    DecodingException e =
        assertThrows(
            DecodingException.class,
            () -> SourceFile.decode("# coding: uft-8\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("1:1 unknown encoding: uft-8", e.line() + ":" + e.column() + " " + e.getMessage());
  }

  @Test
  void rejectsAByteOrderMarkWithAnotherEncoding() {
    byte[] in =
        concat(bytes(0xEF, 0xBB, 0xBF), "# coding: latin-1\n".getBytes(StandardCharsets.UTF_8));
    DecodingException e = assertThrows(DecodingException.class, () -> SourceFile.decode(in));
    assertEquals("encoding problem: latin-1 with BOM", e.getMessage());
  }

  @Test
  void namesTheLineAndColumnOfInvalidUtf8() {
    byte[] in = concat("x = 1\ny = '".getBytes(StandardCharsets.UTF_8), bytes(0xF6, '\'', '\n'));
    assertEquals("2:6 invalid UTF-8 byte sequence in source", decodingError(in));
  }

  @Test
  void rejectsBinaryFiles() {
    assertEquals(
        "2:2 source code cannot contain null bytes", decodingError(bytes('a', '\n', 'b', 0, 'c')));
  }

  @Test
  void keepsAReplacementCharacterTheFileSpells() throws Exception {
    String text = "s = '\uFFFD é'\n";
    assertEquals(text, SourceFile.decode(text.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void findsInvalidUtf8AfterASpelledReplacementCharacter() {
    byte[] in = concat("s = '\uFFFD'\n".getBytes(StandardCharsets.UTF_8), bytes('#', 0xC0, 0x80));
    assertEquals("2:2 invalid UTF-8 byte sequence in source", decodingError(in));
  }

  @Test
  void rejectsEncodedSurrogates() {
    byte[] in = concat("s = '".getBytes(StandardCharsets.UTF_8), bytes(0xED, 0xA0, 0x80, '\''));
    assertThrows(DecodingException.class, () -> SourceFile.decode(in));
  }

  /** The line, column and message of the error decoding {@code in} must raise. */
  private static String decodingError(byte[] in) {
    DecodingException e = assertThrows(DecodingException.class, () -> SourceFile.decode(in));
    return e.line() + ":" + e.column() + " " + e.getMessage();
  }
}
