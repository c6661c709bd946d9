package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.testing.PyfixProcess;

/**
 * On a terminal, standard error and standard output interleave: the error lines of files pyfix
 * could not handle come before the summary, which ends the run, for every verb.
 */
class SummaryOrderTest {
  @TempDir Path tmp;

  @Test
  void theSummaryFollowsTheErrorLines() throws Exception {
    Files.writeString(tmp.resolve("bad.py"), "x = (\n");
    Files.writeString(tmp.resolve("good.py"), "x = 1   \n");
    for (String verb : List.of("check", "diff", "fix")) {
      Process p =
          new ProcessBuilder(PyfixProcess.command(verb, "--no-cache", "."))
              .directory(tmp.toFile())
              .redirectErrorStream(true)
              .start();
      List<String> lines =
          new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      // check counts a syntax error as a finding (E999); fix and diff cannot change the file
      assertEquals(verb.equals("check") ? 1 : 2, p.waitFor(), verb + ": " + lines);
      int error = lines.indexOf("bad.py:1:5: error: '(' was never closed");
      int summary = lines.indexOf("Skipped 1 file with errors");
      assertTrue(error >= 0 && summary > error, verb + ": " + lines);
      assertEquals(lines.size() - 1, summary, verb + ": the summary ends the run: " + lines);
    }
  }
}
