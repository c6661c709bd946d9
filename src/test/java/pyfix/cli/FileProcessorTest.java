package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;

class FileProcessorTest {
  @TempDir Path tmp;

  private static final byte[] INPUT = "x = 1 \n".getBytes(StandardCharsets.UTF_8);

  @Test
  void internalErrorsArePrintedWithThePathAndTheOutputIsStillWritten() throws IOException {
    Path file = Files.write(tmp.resolve("a.py"), INPUT);
    FileProcessor processor =
        new FileProcessor(
            Verb.FIX,
            Settings.defaults(),
            (text, settings) ->
                new FileResult(
                    "x = 1\n",
                    List.of(),
                    List.of(),
                    List.of("W999: fix produced invalid code at 1:1 (dropped)")),
            false);
    Outcome o = processor.process("a.py", INPUT, file);
    assertEquals(
        "a.py: error: internal error: W999: fix produced invalid code at 1:1 (dropped)\n",
        o.errors());
    assertEquals("x = 1\n", Files.readString(file));
  }

  @Test
  void crashingEngineLeavesTheFileUntouched() throws IOException {
    Path file = Files.write(tmp.resolve("a.py"), INPUT);
    FileProcessor processor =
        new FileProcessor(
            Verb.FIX,
            Settings.defaults(),
            (text, settings) -> {
              throw new IllegalStateException("boom");
            },
            false);
    Outcome o = processor.process("a.py", INPUT, file);
    assertEquals(
        "a.py: error: internal error: java.lang.IllegalStateException: boom\n", o.errors());
    assertArrayEquals(INPUT, Files.readAllBytes(file));
  }

  @Test
  void stackOverflowIsAnInternalErrorOfThatFileOnly() {
    FileProcessor processor =
        new FileProcessor(
            Verb.CHECK,
            Settings.defaults(),
            (text, settings) -> {
              throw new StackOverflowError();
            },
            false);
    Outcome o = processor.process("deep.py", INPUT, null);
    assertEquals("deep.py: error: internal error: java.lang.StackOverflowError\n", o.errors());
  }

  @Test
  void unencodableOutputIsAnErrorAndNothingIsWritten() throws IOException {
    byte[] latin1 = "# coding: latin-1\nx = 1 \n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(tmp.resolve("a.py"), latin1);
    FileProcessor processor =
        new FileProcessor(
            Verb.FIX,
            Settings.defaults(),
            (text, settings) ->
                new FileResult(
                    "# coding: latin-1\nx = '\u20ac'\n", List.of(), List.of(), List.of()),
            false);
    Outcome o = processor.process("a.py", latin1, file);
    assertEquals("a.py: error: the fixed source cannot be encoded in ISO-8859-1\n", o.errors());
    assertArrayEquals(latin1, Files.readAllBytes(file));
  }
}
