package pyfix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Compares the Python ASTs of many before/after pairs in one python3 process. */
final class PythonAst {
  private PythonAst() {}

  /** What python3 said about the pairs: skipped (before does not parse), broken, different. */
  record Verdict(List<String> skipped, List<String> broken, List<String> different, int compared) {}

  /**
   * Writes each pair (name to before/after bytes) to a temporary folder and compares them; empty
   * when python3 is not available.
   */
  static Optional<Verdict> compare(Map<String, byte[][]> pairs) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("pyfix-ast");
      for (Map.Entry<String, byte[][]> e : pairs.entrySet()) {
        Files.write(dir.resolve(e.getKey() + ".before.py"), e.getValue()[0]);
        Files.write(dir.resolve(e.getKey() + ".after.py"), e.getValue()[1]);
      }
      Path script = dir.resolve("same_ast.py");
      try (InputStream in = PythonAst.class.getResourceAsStream("/pyfix/same_ast.py")) {
        Files.write(script, in.readAllBytes());
      }
      Optional<String> out = Corpus.Python.run(
          "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0])",
          script.toString(), dir.toString());
      return out.map(PythonAst::verdict);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static Verdict verdict(String out) {
    List<String> skipped = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    List<String> different = new ArrayList<>();
    int compared = -1;
    for (String line : out.lines().toList()) {
      if (line.startsWith("SKIP ")) {
        skipped.add(line.substring(5));
      } else if (line.startsWith("BROKEN ")) {
        broken.add(line.substring(7));
      } else if (line.startsWith("DIFF ")) {
        different.add(line.substring(5));
      } else if (line.startsWith("DONE ")) {
        compared = Integer.parseInt(line.substring(5).trim());
      }
    }
    if (compared < 0) {
      throw new IllegalStateException("same_ast.py did not finish: " + out);
    }
    return new Verdict(skipped, broken, different, compared);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 bytes of {@code text}. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
