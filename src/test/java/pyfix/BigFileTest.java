package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.testing.PyfixProcess;

/** A file too big for the heap is named, with how to raise the limit, and the others go on. */
class BigFileTest {
  @TempDir Path tmp;

  @Test
  void outOfMemoryNamesTheFileAndTheOthersAreStillChecked() throws Exception {
    StringBuilder big = new StringBuilder();
    for (int n = 0; n < 40_000; n++) {
      big.append("\ndef function_").append(n).append("(first, second=None):  \n");
      big.append("    values = [first, second, ").append(n).append("]\n    return values\n");
    }
    Files.writeString(tmp.resolve("big.py"), big);
    Files.writeString(tmp.resolve("small.py"), "x = 1 \n");
    // 48 MiB: a few times what start-up needs, far less than the 4 MB file's syntax tree. Two
    // workers: the small file may run out of memory while the big one fills the heap, and is then
    // tried again alone, so only the big one is named
    Process p =
        new ProcessBuilder(
                PyfixProcess.command(List.of("-Xmx48m"), "check", "--jobs=2", tmp.toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(2, p.exitValue(), out);
    assertTrue(
        out.contains(
            tmp.resolve("big.py")
                + ": error: out of memory: the file is too big for the Java heap; raise the limit"
                + " with PYFIX_MAX_HEAP=4g"),
        out);
    assertTrue(out.contains(tmp.resolve("small.py") + ":1:6: W291"), out);
    assertEquals(1, out.split("out of memory", -1).length - 1, out);
  }
}
