package pyfix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.cli.PyfixCommand;
import pyfix.testing.Oracle;

/**
 * Notebooks made by nbformat from standard library files, with trailing whitespace and IPython
 * lines added, are fixed by {@code pyfix fix}: nbformat validates the result, the IPython lines are
 * kept, every cell keeps its AST, and a second run changes nothing.
 */
class NotebookCorpusTest {
  private static final int FILES = 30;

  @TempDir Path tmp;

  @Test
  void stdlibNotebooksAreFixedWithoutHarm() throws Exception {
    assumeTrue(!Corpus.stdlibFiles().isEmpty(), Corpus.missingReason());
    Oracle.NBFORMAT.require();
    List<String> make = new ArrayList<>(List.of("make", tmp.toString()));
    List<Path> stdlib = Corpus.stdlibFiles();
    for (int i = 0; i < FILES; i++) {
      make.add(stdlib.get(i * stdlib.size() / FILES).toString());
    }
    assertEquals("", script(withScript(make)));

    // the layout rules only, so that every cell must keep its AST
    int code = pyfix("fix", "--select=W,E501", "--exit-zero", "fixed");
    assertEquals(0, code, "pyfix fix failed on a notebook");
    assertEquals("", script(withScript(List.of("compare", tmp.toString()))));

    List<byte[]> fixed = contents();
    assertEquals(0, pyfix("fix", "--select=W,E501", "--exit-zero", "-q", "fixed"));
    List<byte[]> again = contents();
    for (int i = 0; i < fixed.size(); i++) {
      assertArrayEquals(fixed.get(i), again.get(i), "a second fix changed notebook " + i);
    }
  }

  private int pyfix(String... args) {
    StringWriter out = new StringWriter();
    PyfixCommand command =
        new PyfixCommand(tmp, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
    int code =
        command
            .commandLine()
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(out))
            .execute(args);
    if (code != 0) {
      System.out.println(out);
    }
    return code;
  }

  private List<byte[]> contents() throws IOException {
    try (Stream<Path> files = Files.list(tmp.resolve("fixed"))) {
      List<byte[]> all = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        all.add(Files.readAllBytes(p));
      }
      return all;
    }
  }

  private List<String> withScript(List<String> args) throws IOException {
    Path script = tmp.resolveSibling(tmp.getFileName() + "-notebooks.py");
    try (InputStream in = getClass().getResourceAsStream("/pyfix/notebooks.py")) {
      Files.write(script, in.readAllBytes());
    }
    List<String> all = new ArrayList<>(List.of(script.toString()));
    all.addAll(args);
    return all;
  }

  /** Runs nbformat's python3 with {@code args}: its output; the test fails if it fails. */
  private static String script(List<String> args) {
    return Oracle.NBFORMAT.run(args.toArray(String[]::new));
  }
}
