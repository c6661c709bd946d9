package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Runs the engine over the installed standard library and site-packages: with no fixer selected
 * every file comes back byte-identical; with the LAYOUT rules (W291-W293, E701-E703, UP034, UP039)
 * every output parses, has the input's AST by python3's {@code ast.dump}, and a second run changes
 * nothing. Files pyfix cannot decode or parse are skipped (the parse corpus test owns those).
 */
class EngineCorpusTest {
  private static final Settings NONE = select(List.of("NONE"));
  // the rules whose fixes only change layout, each of which must keep the AST
  private static final Settings LAYOUT =
      select(List.of("W291", "W292", "W293", "E701", "E702", "E703", "UP034", "UP039"));

  @Test
  void engineKeepsTheCorpusIntactAndLayoutFixesKeepItsAst() throws IOException {
    List<Path> files = Corpus.allFiles();
    Assumptions.assumeFalse(files.isEmpty(), Corpus.missingReason());
    long started = System.nanoTime();
    List<String> problems = new ArrayList<>();
    int skipped = 0;
    List<Path> changed = new ArrayList<>();
    try (PythonAst.Batch batch = new PythonAst.Batch()) {
      for (Path file : files) {
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source;
        FileResult untouched;
        try {
          source = SourceFile.decode(bytes);
          untouched = Pyfix.fix(source.text(), NONE);
        } catch (DecodingException | PyfixSyntaxException e) {
          skipped++;
          continue;
        }
        if (untouched.output() != source.text()
            || !(untouched.internalErrors().isEmpty() && untouched.dropped().isEmpty())) {
          problems.add(
              file
                  + ": changed with no fixer selected "
                  + untouched.internalErrors()
                  + untouched.dropped());
        } else if (!Arrays.equals(bytes, source.encode(untouched.output()))) {
          problems.add(file + ": bytes differ after decode and encode with no fixer selected");
        }
        String problem = layout(source, batch, "f" + changed.size());
        if (problem == null) {
          continue;
        }
        if (problem.isEmpty()) {
          changed.add(file);
        } else {
          problems.add(file + ": " + problem);
        }
      }
      PythonAst.Verdict ast = batch.compare();
      ast.broken()
          .forEach(b -> problems.add(pairFile(changed, b) + ": python3 rejects the output"));
      ast.different().forEach(d -> problems.add(pairFile(changed, d) + ": the AST changed"));
      System.out.printf(
          "EngineCorpusTest: %d files, %d skipped, %d changed by the layout rules, %d AST pairs"
              + " compared (%d skipped by python3, %d different), %.1f s%n",
          files.size(),
          skipped,
          changed.size(),
          ast.compared(),
          ast.skipped().size(),
          ast.different().size(),
          (System.nanoTime() - started) / 1e9);
    }
    assertEquals(List.of(), problems.stream().limit(50).toList());
    Corpus.assertCompared("EngineCorpusTest", files.size() - skipped, Corpus.STDLIB_FLOOR);
  }

  /**
   * Fixes the layout of {@code source}: null when nothing changed, "" when it changed and the pair
   * went to {@code batch}, otherwise what went wrong.
   */
  private static String layout(SourceFile source, PythonAst.Batch batch, String name)
      throws IOException {
    String text = source.text();
    FileResult r;
    try {
      r = Pyfix.fix(text, LAYOUT);
    } catch (PyfixSyntaxException e) {
      return "no longer parses: " + e.getMessage();
    }
    if (!(r.internalErrors().isEmpty() && r.dropped().isEmpty())) {
      return "internal errors " + r.internalErrors() + r.dropped();
    }
    if (!r.changed(text)) {
      return null;
    }
    try {
      ParsedFile.parse(r.output());
      FileResult again = Pyfix.fix(r.output(), LAYOUT);
      if (again.changed(r.output())) {
        return "second run changed the output";
      }
    } catch (PyfixSyntaxException e) {
      return "output does not parse: " + e.getMessage();
    }
    batch.add(name, source.encode(text), source.encode(r.output()));
    return "";
  }

  /** The corpus file of pair {@code fN} (python3's report may add ": message"). */
  private static String pairFile(List<Path> changed, String report) {
    String name = report.split(":", 2)[0];
    return changed.get(Integer.parseInt(name.substring(1))) + report.substring(name.length());
  }

  private static Settings select(List<String> codes) {
    return new Settings(88, PythonVersion.PY39, codes, List.of(), false);
  }
}
