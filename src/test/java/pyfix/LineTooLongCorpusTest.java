package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;

/**
 * Runs E501 over the whole standard library and every Nth file of site-packages (N from the system
 * property {@code pyfix.corpus.step}, default 8; 1 runs them all): no internal error, the output
 * parses, has the input's AST by python3, and a second run changes nothing.
 */
class LineTooLongCorpusTest {
  private static final Settings E501 =
      new Settings(88, PythonVersion.PY39, List.of("E501"), List.of(), false);

  @Test
  void wrappingKeepsTheAstAndConverges() throws IOException {
    int step = Integer.getInteger("pyfix.corpus.step", 8);
    List<Path> files = new ArrayList<>(Corpus.stdlibFiles());
    List<Path> site = Corpus.sitePackagesFiles();
    for (int i = 0; i < site.size(); i += step) {
      files.add(site.get(i));
    }
    Assumptions.assumeFalse(files.isEmpty(), Corpus.missingReason());
    long started = System.nanoTime();
    List<String> problems = new ArrayList<>();
    List<Path> changed = new ArrayList<>();
    int fixes = 0;
    int skipped = 0;
    try (PythonAst.Batch batch = new PythonAst.Batch()) {
      for (Path file : files) {
        SourceFile source;
        String text;
        FileResult r;
        try {
          source = SourceFile.decode(Files.readAllBytes(file));
          text = source.text();
          r = Pyfix.fix(text, E501);
        } catch (DecodingException | PyfixSyntaxException e) {
          skipped++;
          continue;
        }
        if (!(r.internalErrors().isEmpty() && r.dropped().isEmpty())) {
          problems.add(file + ": " + r.internalErrors() + r.dropped());
          continue;
        }
        if (!r.changed(text)) {
          continue;
        }
        fixes += r.fixed().size();
        try {
          ParsedFile.parse(r.output());
          if (Pyfix.fix(r.output(), E501).changed(r.output())) {
            problems.add(file + ": a second run changed the output");
          }
        } catch (PyfixSyntaxException e) {
          problems.add(file + ": output does not parse: " + e.getMessage());
          continue;
        }
        batch.add("f" + changed.size(), source.encode(text), source.encode(r.output()));
        changed.add(file);
      }
      PythonAst.Verdict ast = batch.compare();
      ast.broken().forEach(b -> problems.add(pairFile(changed, b) + ": python3 rejects it"));
      ast.different().forEach(d -> problems.add(pairFile(changed, d) + ": the AST changed"));
      System.out.printf(
          "LineTooLongCorpusTest: %d files (site-packages every %d), %d skipped, %d changed by"
              + " %d E501 fixes, %d AST pairs compared (%d different), %.1f s%n",
          files.size(),
          step,
          skipped,
          changed.size(),
          fixes,
          ast.compared(),
          ast.different().size(),
          (System.nanoTime() - started) / 1e9);
    }
    assertEquals(List.of(), problems.stream().limit(50).toList());
    Corpus.assertCompared("LineTooLongCorpusTest", files.size() - skipped, Corpus.STDLIB_FLOOR);
  }

  private static String pairFile(List<Path> changed, String report) {
    String name = report.split(":", 2)[0];
    return changed.get(Integer.parseInt(name.substring(1))) + report.substring(name.length());
  }
}
