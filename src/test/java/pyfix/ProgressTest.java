package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.testing.PyfixProcess;

/**
 * A long run on a terminal shows {@code done/total files} on standard error; in a pipe it does not.
 * util-linux's {@code script} gives the run a terminal.
 */
class ProgressTest {
  @TempDir Path tmp;

  @Test
  void progressShowsOnATerminalOnly() throws Exception {
    assumeTrue(Corpus.stdlib().isPresent(), Corpus.missingReason());
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no /usr/bin/script");
    Path dir = Files.createDirectories(tmp.resolve("stdlib"));
    try (Stream<Path> files = Files.list(Corpus.stdlib().get())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".py")).toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    String run =
        PyfixProcess.command("check", "--exit-zero", "--no-cache", "--jobs=1", dir.toString())
            .stream()
            .map(arg -> "'" + arg.replace("'", "'\\''") + "'")
            .collect(Collectors.joining(" "));
    String onTerminal = output("/usr/bin/script", "-qec", run, "/dev/null");
    assertTrue(onTerminal.matches("(?s).*\r\\d+/\\d+ files.*"), onTerminal);
    String piped = output("/usr/bin/script", "-qec", run + " 2>&1 | cat", "/dev/null");
    assertFalse(piped.matches("(?s).*\\d+/\\d+ files.*"), piped);
    // only standard error on the terminal: the report goes to a file, progress still shows
    Path report = tmp.resolve("report.txt");
    String errOnly = output("/usr/bin/script", "-qec", run + " >" + report, "/dev/null");
    assertTrue(errOnly.matches("(?s).*\r\\d+/\\d+ files.*"), errOnly);
    assertFalse(Files.readString(report).matches("(?s).*\\d+/\\d+ files.*"), "progress in report");
    // standard error into a log, standard output on the terminal: no progress in the log
    Path log = tmp.resolve("log.txt");
    output("/usr/bin/script", "-qec", run + " 2>" + log, "/dev/null");
    assertFalse(Files.readString(log).matches("(?s).*\\d+/\\d+ files.*"), Files.readString(log));
  }

  private static String output(String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
    // the run must see a capable terminal, not a CI log (TERM=dumb turns progress off too)
    pb.environment().remove("CI");
    pb.environment().put("TERM", "xterm");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
