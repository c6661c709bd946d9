package pyfix.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.testing.Oracle;

class PythonEncodingsTest {

  @Test
  void readsCookiesByPythonsNamesNotJavas() {
    assertEquals("x-windows-949", PythonEncodings.charsetName("cp949")); // Java's is IBM's
    assertEquals("windows-31j", PythonEncodings.charsetName("CP932"));
    assertEquals("ISO-8859-1", PythonEncodings.charsetName("latin"));
    assertEquals("ISO-8859-15", PythonEncodings.charsetName("iso-8859-15"));
    assertEquals("Shift_JIS", PythonEncodings.charsetName("shift-jis"));
    assertEquals("", PythonEncodings.charsetName("utf-7")); // stateful: refused
    assertNull(PythonEncodings.charsetName("uft-8"));
  }

  /**
   * Every codec of the table, each character it encodes written into a line of code: wherever pyfix
   * reads such a line, it reads the ASCII python3 reads, and as many characters; and a codec with a
   * charset of its own reads most lines.
   */
  @Test
  void readsTheCodeOfEveryLinePythonReads(@TempDir Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = PythonEncodings.class.getResourceAsStream("python-encodings.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] fields = line.split("\t", -1);
        if (!line.startsWith("#") && !fields[1].isEmpty() && !fields[1].equals("UTF-8")) {
          names.add(fields[0]);
        }
      }
    }
    List<String> args = new ArrayList<>(List.of(dir.toString()));
    args.addAll(names);
    Oracle.PYTHON3.runScript("/pyfix/encoded_sources.py", args.toArray(String[]::new));
    List<String> problems = new ArrayList<>();
    int codecs = 0;
    for (String name : names) {
      Path source = dir.resolve(name + ".py");
      if (!Files.exists(source)) {
        continue; // another name of a codec already written
      }
      codecs++;
      byte[] bytes = Files.readAllBytes(source);
      String[] python = Files.readString(dir.resolve(name + ".txt")).split("\n");
      int cookieEnd = indexOf(bytes, 0) + 1;
      int read = 0;
      int lineNumber = 1;
      for (int start = cookieEnd; start < bytes.length; lineNumber++) {
        int end = indexOf(bytes, start) + 1;
        byte[] file = new byte[cookieEnd + end - start];
        System.arraycopy(bytes, 0, file, 0, cookieEnd);
        System.arraycopy(bytes, start, file, cookieEnd, end - start);
        start = end;
        String ours;
        try {
          ours = SourceFile.decode(file).text();
        } catch (DecodingException refused) {
          continue;
        }
        read++;
        String theirs = python[0] + "\n" + python[lineNumber] + "\n";
        if (!skeleton(ours).equals(skeleton(theirs))) {
          problems.add(name + " line " + (lineNumber + 1) + ": " + ours + " for " + theirs);
        }
      }
      boolean own = !PythonEncodings.charsetName(name).equals("US-ASCII");
      if (own && read < (python.length - 1) / 2) {
        problems.add(name + ": read only " + read + " of " + (python.length - 1) + " lines");
      }
    }
    assertTrue(codecs > 50, "codecs compared: " + codecs);
    assertEquals("", String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return bytes.length - 1;
  }

  /**
   * The text with each run of characters above ASCII as one {@code ?}: Python's euc_kr reads eight
   * bytes of KS X 1001 Annex 3 as one syllable, Java's EUC-KR as four jamo.
   */
  private static String skeleton(String text) {
    return text.replaceAll("[^\\x00-\\x7f]+", "?");
  }

  @Test
  void refusesATextItCannotWriteBack() {
    // Big5 0xA15A: python3 reads a box-drawing line, Java a full-width low line it writes back
    // as other bytes, the first of them the same
    byte[] in = "# coding: big5\nx = '\u00a1Z'\n".getBytes(StandardCharsets.ISO_8859_1);
    DecodingException e = assertThrowsDecoding(in);
    assertEquals("2:7 pyfix cannot write this big5 text back unchanged", describe(e));
  }

  @Test
  void findsACookieAfterANextLineByte() throws Exception {
    // 0x85 is U+0085 read as Latin-1, a line end for Java's "." unless DOTALL
    byte[] in =
        "# \u0085 -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
    SourceFile f = SourceFile.decode(in);
    assertEquals(StandardCharsets.ISO_8859_1, f.charset());
    assertTrue(Arrays.equals(in, f.encode(f.text())));
  }

  private static DecodingException assertThrowsDecoding(byte[] in) {
    try {
      SourceFile.decode(in);
    } catch (DecodingException e) {
      return e;
    }
    assertNotNull(null, "decoded");
    return null;
  }

  private static String describe(DecodingException e) {
    return e.line() + ":" + e.column() + " " + e.getMessage();
  }
}
