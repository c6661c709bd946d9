package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.testing.PyfixProcess;

/**
 * {@code fix} stopped at random moments, as {@code kill -9}, SIGTERM and Ctrl-C stop it, over a
 * copy of part of the standard library: every file is whole, either its original or its complete
 * fixed version; SIGTERM leaves no temporary file; after {@code kill -9} the next run removes them.
 */
class KillTest {
  /** Enough files that a run writes for a few seconds; the first ones, for a fixed sample. */
  private static final int FILES = 40;

  private static final long SEED = System.nanoTime();

  @TempDir Path tmp;
  private Path original;
  private Path fixed;
  private Path work;
  private long fullRunMillis;

  @BeforeEach
  void copyAndFixOnce() throws Exception {
    assumeTrue(Corpus.stdlib().isPresent(), Corpus.missingReason());
    original = Files.createDirectories(tmp.resolve("original"));
    List<Path> sample;
    try (Stream<Path> files = Files.list(Corpus.stdlib().get())) {
      sample = files.filter(p -> p.toString().endsWith(".py")).sorted().limit(FILES).toList();
    }
    for (Path p : sample) {
      Files.copy(p, original.resolve(p.getFileName()));
    }
    fixed = copy(original, "fixed");
    long start = System.nanoTime();
    Process reference = start(fixed);
    assertTrue(reference.waitFor(5, TimeUnit.MINUTES));
    assertTrue(reference.exitValue() < 2, "the reference run failed: " + reference.exitValue());
    fullRunMillis = (System.nanoTime() - start) / 1_000_000;
    work = copy(original, "work");
  }

  @Test
  void killNineLeavesEveryFileWholeAndTheNextRunRemovesTheTemporaryFiles() throws Exception {
    Random random = new Random(SEED);
    int leftBehind = 0;
    for (int i = 0; i < 20; i++) {
      Process p = start(work);
      Thread.sleep(random.nextLong(fullRunMillis + 1));
      p.destroyForcibly(); // SIGKILL: no shutdown hook runs
      p.waitFor();
      assertWhole("kill " + i);
      leftBehind += temporaryFiles().size();
      restoreOriginals();
    }
    System.out.println(
        "KillTest: seed " + SEED + ", temporary files found after the kills: " + leftBehind);
    Process last = start(work);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES));
    assertEquals(List.of(), temporaryFiles(), "seed " + SEED);
    assertWhole("the run after");
    for (Path p : list(original)) {
      Path name = p.getFileName();
      assertTrue(
          Arrays.equals(
              Files.readAllBytes(fixed.resolve(name)), Files.readAllBytes(work.resolve(name))),
          name + " is not fixed by the run after the kills");
    }
  }

  @Test
  void sigtermLeavesNoTemporaryFile() throws Exception {
    Random random = new Random(SEED);
    for (int i = 0; i < 5; i++) {
      Process p = start(work);
      Thread.sleep(random.nextLong(fullRunMillis + 1));
      p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as for Ctrl-C's SIGINT
      assertTrue(p.waitFor(1, TimeUnit.MINUTES));
      assertWhole("SIGTERM " + i);
      assertEquals(List.of(), temporaryFiles(), "seed " + SEED + ", SIGTERM " + i);
      restoreOriginals();
    }
  }

  private static Process start(Path dir) throws IOException {
    return new ProcessBuilder(PyfixProcess.command("fix", "--quiet", "--jobs=2", dir.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Every file of the work copy is its original or its fixed version, byte for byte. */
  private void assertWhole(String when) throws IOException {
    for (Path p : list(original)) {
      Path name = p.getFileName();
      byte[] now = Files.readAllBytes(work.resolve(name));
      assertTrue(
          Arrays.equals(now, Files.readAllBytes(p))
              || Arrays.equals(now, Files.readAllBytes(fixed.resolve(name))),
          "after " + when + " (seed " + SEED + "), " + name + " is neither original nor fixed");
    }
  }

  /** Puts back the originals, so that the next run has every fix to write again. */
  private void restoreOriginals() throws IOException {
    for (Path p : list(original)) {
      Path to = work.resolve(p.getFileName());
      if (!Arrays.equals(Files.readAllBytes(p), Files.readAllBytes(to))) {
        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private List<Path> temporaryFiles() throws IOException {
    return list(work).stream().filter(p -> p.toString().contains(".pyfix-")).toList();
  }

  private Path copy(Path from, String name) throws IOException {
    Path to = Files.createDirectories(tmp.resolve(name));
    for (Path p : list(from)) {
      Files.copy(p, to.resolve(p.getFileName()));
    }
    return to;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files.sorted().toList());
    }
  }
}
