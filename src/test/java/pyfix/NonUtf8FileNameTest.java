package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.testing.PatchTools;
import pyfix.testing.PyfixProcess;

/**
 * A file whose name is not UTF-8 (Latin-1 {@code café.py}, made on an old system): {@code fix}
 * rewrites it in place and {@code diff} names it so that {@code git apply} finds it.
 */
class NonUtf8FileNameTest {
  @TempDir Path tmp;

  @Test
  void fixAndDiffWorkOnANameThatIsNotUtf8() throws Exception {
    PatchTools.assumeAvailable("git");
    // Java cannot spell such a name; the shell writes its bytes
    sh("printf 'x = 1   \\n' > \"$(printf 'caf\\351.py')\"");
    Path file = onlyFile();

    Process diff = pyfix("diff", ".");
    byte[] patch = diff.getInputStream().readAllBytes();
    assertEquals(1, diff.waitFor());
    String text = new String(patch, StandardCharsets.US_ASCII);
    assertTrue(text.startsWith("--- \"a/caf\\351.py\"\n+++ \"b/caf\\351.py\"\n"), text);
    PatchTools.apply(tmp, patch, "git", "apply", "-");
    assertEquals("x = 1\n", Files.readString(file));

    sh("printf 'x = 1   \\n' > \"$(printf 'caf\\351.py')\"");
    Process fix = pyfix("fix", ".");
    fix.getInputStream().readAllBytes();
    assertEquals(0, fix.waitFor());
    assertEquals(file, onlyFile(), "fixed in place, no file of another name");
    assertEquals("x = 1\n", Files.readString(file));
  }

  @Test
  void aNameThatIsNotUtf8WorksWhenNamedOnTheCommandLine() throws Exception {
    sh("printf 'x = 1   \\n' > \"$(printf 'caf\\351.py')\"");
    Path file = onlyFile();
    // Java cannot pass such an argument either: the shell does, after pyfix's own command
    String command =
        PyfixProcess.command("fix").stream()
            .map(a -> "'" + a.replace("'", "'\\''") + "'")
            .collect(Collectors.joining(" "));
    Ran fix =
        run(new ProcessBuilder("sh", "-c", command + " \"$(printf 'caf\\351.py')\""), "C.UTF-8");
    String out = fix.out();
    assertEquals(0, fix.code(), out);
    assertEquals("x = 1\n", Files.readString(file), out);
    assertEquals(file, onlyFile(), "fixed in place, no file of another name");
  }

  @Test
  void underTheCLocaleTheJarRefusesANonAsciiNameInPlainWords() throws Exception {
    // a UTF-8 name; run directly, without scripts/pyfix's LC_ALL=C.UTF-8, Java cannot name its
    // temporary file
    sh("printf 'x = 1   \\n' > \"$(printf 'caf\\303\\251.py')\"");
    Path file = onlyFile();
    Ran fix = run(new ProcessBuilder(PyfixProcess.command("fix", ".")), "C");
    String out = fix.out();
    assertEquals(2, fix.code(), out);
    assertTrue(out.contains(": error: the name cannot be encoded in this locale's"), out);
    assertFalse(out.contains("internal error"), out);
    assertEquals(file, onlyFile(), "no temporary file left, no file of another name");
    assertEquals("x = 1   \n", Files.readString(file));
  }

  private Process pyfix(String... args) throws IOException {
    ProcessBuilder b =
        new ProcessBuilder(PyfixProcess.command(args))
            .directory(tmp.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    // what scripts/pyfix sets under a C locale, so that the JVM reads file names as bytes of UTF-8
    b.environment().put("LC_ALL", "C.UTF-8");
    return b.start();
  }

  /**
   * Runs {@code b} in the temporary folder under locale {@code lcAll}, output and errors merged.
   */
  private Ran run(ProcessBuilder b, String lcAll) throws Exception {
    b.directory(tmp.toFile()).redirectErrorStream(true).environment().put("LC_ALL", lcAll);
    Process p = b.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Ran(p.waitFor(), out);
  }

  private record Ran(int code, String out) {}

  private void sh(String script) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", script).directory(tmp.toFile()).start();
    assertEquals(0, p.waitFor(), script);
  }

  private Path onlyFile() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }
}
