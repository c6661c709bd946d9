package pyfix.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.fix.DroppedFix;
import pyfix.fix.EngineError;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;
import pyfix.report.ReportedFinding;
import pyfix.source.LineMap;

class FileProcessorTest {
  @TempDir Path tmp;

  private static final byte[] INPUT = "x = 1 \n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aDroppedFixIsAWarningAndTheOtherFixesAreWritten() throws IOException {
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
                    List.of(new DroppedFix("W999", 1, 1, "fix produced invalid code")),
                    List.of(),
                    new LineMap("x = 1\n")));
    Outcome o = processor.process("a.py", INPUT, file);
    assertEquals(
        "a.py:1:1: warning: W999 fix dropped: fix produced invalid code; the other fixes were"
            + " applied\n",
        o.warnings());
    assertFalse(o.failed());
    assertEquals("x = 1\n", Files.readString(file));
  }

  @Test
  void aProcessorVerifyingFixesPrintsNoEditThatFixWouldDrop() throws IOException {
    // removing the import would make Python read the inert coding comment below it
    byte[] input = "import os\n# -*- coding: latin-1 -*-\nprint('x')\n".getBytes(UTF_8);
    Path file = Files.write(tmp.resolve("a.py"), input);
    Settings f401 = new Settings(88, PythonVersion.PY39, List.of("F401"), List.of(), false);
    for (Verb verb : List.of(Verb.CHECK, Verb.FIX)) {
      FileProcessor processor = new FileProcessor(verb, f401, false);
      ReportedFinding unverified = processor.process("a.py", input, file).findings().get(0);
      assertTrue(unverified.fix().isPresent(), verb + ": the UNSAFE fix is offered");
      ReportedFinding verified =
          processor.verifyingFixes().process("a.py", input, file).findings().get(0);
      assertEquals(Optional.empty(), verified.fix(), verb.toString());
      assertEquals(
          "not fixed: fix would change the coding comment Python reads", verified.fixTitle());
    }
    assertArrayEquals(input, Files.readAllBytes(file));
  }

  @Test
  void internalErrorsArePrintedWithThePathAndTheirTraceWhenVerboseAndNothingIsWritten()
      throws IOException {
    Path file = Files.write(tmp.resolve("a.py"), INPUT);
    EngineError error =
        new EngineError("W999: fixer failed (skipped)", new IllegalStateException());
    FileProcessor processor =
        new FileProcessor(
            Verb.FIX,
            Settings.defaults(),
            (text, settings) ->
                new FileResult(
                    "x = 1\n",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(error),
                    new LineMap("x = 1\n")));
    Outcome quiet = processor.process("a.py", INPUT, file);
    assertEquals("a.py: error: internal error: W999: fixer failed (skipped)\n", quiet.errors());
    // the summary says the file was skipped: its other fixes are not written either
    assertArrayEquals(INPUT, Files.readAllBytes(file));
    assertEquals(0, quiet.fixed());
    Outcome verbose = processor.verbose(true).process("a.py", INPUT, file);
    assertTrue(
        verbose.errors().contains("java.lang.IllegalStateException\n\tat "), verbose.errors());
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
            });
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
            });
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
                    "# coding: latin-1\nx = '\u20ac'\n",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    new LineMap("# coding: latin-1\nx = '\u20ac'\n")));
    Outcome o = processor.process("a.py", latin1, file);
    assertEquals("a.py: error: the fixed source cannot be encoded in ISO-8859-1\n", o.errors());
    assertArrayEquals(latin1, Files.readAllBytes(file));
  }
}
