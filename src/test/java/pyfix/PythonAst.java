package pyfix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import pyfix.testing.Oracle;

/** Compares the Python ASTs of many before/after pairs in one python3 process. */
final class PythonAst {
  private PythonAst() {}

  /** What python3 said about the pairs: skipped (before does not parse), broken, different. */
  record Verdict(List<String> skipped, List<String> broken, List<String> different, int compared) {}

  /** Compares each pair (name to before and after bytes); skips or fails as {@link Oracle} says. */
  static Verdict compare(Map<String, byte[][]> pairs) {
    try (Batch batch = new Batch()) {
      pairs.forEach((name, p) -> batch.add(name, p[0], p[1]));
      return batch.compare();
    }
  }

  /** Compares only the docstrings of each pair, which no fix outside pydocstyle's may change. */
  static Verdict compareDocstrings(Map<String, byte[][]> pairs) {
    try (Batch batch = new Batch()) {
      pairs.forEach((name, p) -> batch.add(name, p[0], p[1]));
      return batch.compareDocstrings();
    }
  }

  /** Pairs written to a temporary folder as they come, compared by one python3 run. */
  static final class Batch implements AutoCloseable {
    private final Path dir;

    Batch() {
      try {
        dir = Files.createTempDirectory("pyfix-ast");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Adds a pair; {@code name} must be a plain file name. */
    void add(String name, byte[] before, byte[] after) {
      try {
        Files.write(dir.resolve(name + ".before.py"), before);
        Files.write(dir.resolve(name + ".after.py"), after);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Runs python3 over every pair added. */
    Verdict compare() {
      return verdict(Oracle.PYTHON3.runScript("/pyfix/same_ast.py", dir.toString()));
    }

    /** Runs python3 over every pair added, comparing the docstrings alone. */
    Verdict compareDocstrings() {
      return verdict(
          Oracle.PYTHON3.runScript("/pyfix/same_ast.py", "--docstrings", dir.toString()));
    }

    @Override
    public void close() {
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
