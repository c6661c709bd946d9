package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import pyfix.fix.Applicability;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;

/**
 * Runs B006 with {@code --unsafe-fixes} over the CPython standard library: every output parses (for
 * pyfix and for python3), converges without internal errors, and a second run changes nothing.
 * Prints the number of findings, SAFE and UNSAFE fixes and refusals.
 */
class MutableDefaultCorpusTest {

  @Test
  void fixesTheStandardLibraryIntoCodeThatParsesAndStaysFixed() throws IOException {
    List<Path> files = Corpus.stdlibFiles();
    Assumptions.assumeFalse(files.isEmpty(), Corpus.missingReason());
    long started = System.nanoTime();
    List<String> problems = new ArrayList<>();
    List<Path> changed = new ArrayList<>();
    int findings = 0;
    int safe = 0;
    int unsafe = 0;
    int refused = 0;
    try (PythonAst.Batch batch = new PythonAst.Batch()) {
      for (Path file : files) {
        SourceFile source;
        FileResult check;
        Settings settings = settings(file);
        try {
          source = SourceFile.decode(Files.readAllBytes(file));
          check = Pyfix.check(source.text(), settings);
        } catch (DecodingException | PyfixSyntaxException e) {
          continue;
        }
        for (Finding f : check.remaining()) {
          findings++;
          if (f.fix().isEmpty()) {
            refused++;
          } else if (f.fix().get().applicability() == Applicability.SAFE) {
            safe++;
          } else {
            unsafe++;
          }
        }
        if (check.remaining().isEmpty()) {
          continue;
        }
        String problem = fix(source, settings, batch, "f" + changed.size());
        if (problem == null) {
          changed.add(file);
        } else {
          problems.add(file + ": " + problem);
        }
      }
      PythonAst.Verdict ast = batch.compare();
      ast.broken().forEach(b -> problems.add(b + ": python3 rejects the output"));
      System.out.printf(
          "MutableDefaultCorpusTest: %d files, %d B006 findings: %d SAFE fixes, %d UNSAFE fixes,"
              + " %d refused; %d files changed, %d checked by python3, %.1f s%n",
          files.size(),
          findings,
          safe,
          unsafe,
          refused,
          changed.size(),
          ast.compared(),
          (System.nanoTime() - started) / 1e9);
    }
    assertEquals(List.of(), problems.stream().limit(50).toList());
    Corpus.assertCompared("MutableDefaultCorpusTest", files.size(), Corpus.STDLIB_FLOOR);
  }

  /** Fixes {@code source}: null when all went well, otherwise what went wrong. */
  private static String fix(
      SourceFile source, Settings settings, PythonAst.Batch batch, String name) throws IOException {
    String text = source.text();
    try {
      FileResult r = Pyfix.fix(text, settings);
      if (!(r.internalErrors().isEmpty() && r.dropped().isEmpty())) {
        return "internal errors " + r.internalErrors() + r.dropped();
      }
      ParsedFile.parse(r.output());
      FileResult again = Pyfix.fix(r.output(), settings);
      if (again.changed(r.output())) {
        return "second run changed the output";
      }
      batch.add(name, source.encode(text), source.encode(r.output()));
      return null;
    } catch (PyfixSyntaxException e) {
      return "output does not parse: " + e.getMessage();
    }
  }

  private static Settings settings(Path file) {
    return new Settings(88, PythonVersion.PY39, List.of("B006"), List.of(), true)
        .forFile(file.toString());
  }
}
