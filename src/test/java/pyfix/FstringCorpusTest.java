package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import pyfix.fix.Applicability;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;
import pyfix.testing.Oracle;

/**
 * Runs UP031 and UP032 for target py311 over the standard library, with and without unsafe fixes:
 * no internal error, a second run changes nothing, and python3 (3.11, so the pre-PEP 701 rules
 * hold) compiles every changed file. Prints how many findings were SAFE, UNSAFE and refused.
 */
class FstringCorpusTest {
  private static final List<String> CODES = List.of("UP031", "UP032");

  @Test
  void fixedStandardLibraryCompilesAndIsIdempotent() throws IOException {
    List<Path> files = Corpus.stdlibFiles();
    Assumptions.assumeFalse(files.isEmpty(), Corpus.missingReason());
    Path out = Files.createTempDirectory("pyfix-fstrings");
    List<String> problems = new ArrayList<>();
    int[] counts = new int[3];
    int changed = 0;
    try {
      for (Path file : files) {
        SourceFile source;
        int[] found;
        try {
          source = SourceFile.decode(Files.readAllBytes(file));
          found = count(source.text(), counts);
        } catch (DecodingException | PyfixSyntaxException e) {
          continue;
        }
        for (int pass = 0; pass < 2; pass++) {
          if (found[pass] == 0) {
            continue; // no SAFE fix, or no UNSAFE one: this pass would change nothing new
          }
          boolean unsafe = pass == 1;
          String name = changed++ + (unsafe ? "u" : "s") + ".py";
          String problem = fix(source, unsafe, out.resolve(name));
          if (problem != null) {
            problems.add(file + (unsafe ? " (unsafe)" : "") + ": " + problem);
          }
        }
      }
      String python = Oracle.PYTHON3.runScript("/pyfix/compiles.py", out.toString());
      python.lines().filter(l -> l.startsWith("BROKEN ")).forEach(problems::add);
      System.out.printf(
          "FstringCorpusTest: %d files; findings: %d SAFE, %d UNSAFE, %d refused%n",
          files.size(), counts[0], counts[1], counts[2]);
      Corpus.assertCompared("FstringCorpusTest", files.size(), Corpus.STDLIB_FLOOR);
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    assertEquals(List.of(), problems.stream().limit(30).toList());
  }

  /**
   * Adds the findings of {@code text} to {@code counts}: SAFE, UNSAFE, refused; returns its own.
   */
  private static int[] count(String text, int[] counts) throws PyfixSyntaxException {
    int[] found = new int[3];
    for (Finding f : Pyfix.check(text, settings(false)).remaining()) {
      found[f.fix().map(x -> x.applicability() == Applicability.SAFE ? 0 : 1).orElse(2)]++;
    }
    for (int i = 0; i < 3; i++) {
      counts[i] += found[i];
    }
    return found;
  }

  private static Settings settings(boolean unsafe) {
    return new Settings(88, PythonVersion.PY311, CODES, List.of(), unsafe);
  }

  /** Fixes one file; writes a changed output to {@code target}; returns what went wrong. */
  private static String fix(SourceFile source, boolean unsafe, Path target) throws IOException {
    Settings settings = settings(unsafe);
    String text = source.text();
    try {
      FileResult r = Pyfix.fix(text, settings);
      if (!(r.internalErrors().isEmpty() && r.dropped().isEmpty())) {
        return "internal errors " + r.internalErrors() + r.dropped();
      }
      if (!r.changed(text)) {
        return null;
      }
      if (Pyfix.fix(r.output(), settings).changed(r.output())) {
        return "a second run changed the output";
      }
      Files.write(target, source.encode(r.output()));
      return null;
    } catch (PyfixSyntaxException e) {
      return "output does not parse: " + e.getMessage();
    }
  }
}
