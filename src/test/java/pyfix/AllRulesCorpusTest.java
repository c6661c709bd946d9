package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;
import pyfix.parse.PyfixSyntaxException;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;
import pyfix.testing.Oracle;

/**
 * Every default rule together, as {@code pyfix fix} runs them, over the standard library: each
 * changed file still compiles with python3, a second run changes nothing, and the engine reports no
 * internal error and drops no fix. Files that do not decode or parse are left to the parse corpus
 * test.
 */
class AllRulesCorpusTest {

  @ParameterizedTest(name = "unsafe fixes: {0}")
  @ValueSource(booleans = {false, true})
  void everyDefaultRuleTogetherKeepsTheStandardLibraryCompilingAndStable(boolean unsafe)
      throws IOException {
    List<Path> files = Corpus.stdlibFiles();
    assumeFalse(files.isEmpty(), Corpus.missingReason());
    Oracle.PYTHON3.require();
    Settings defaults = Settings.defaults();
    Settings settings =
        new Settings(defaults.lineLength(), defaults.targetVersion(), List.of(), List.of(), unsafe);
    long started = System.nanoTime();
    Path out = Files.createTempDirectory("pyfix-all-rules");
    Path before = Files.createDirectory(out.resolve("before"));
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger changed = new AtomicInteger();
    AtomicInteger fixes = new AtomicInteger();
    try {
      files.parallelStream()
          .forEach(
              file -> {
                Settings s = settings.forFile(file.toString());
                String problem = fix(file, s, out, compared, changed, fixes);
                if (problem != null) {
                  problems.add(file + ": " + problem);
                }
              });
      // a file the compiler already rejected (a test of bad syntax) is not one pyfix broke
      List<String> brokenBefore = broken(before);
      for (String b : broken(out)) {
        if (brokenBefore.stream().noneMatch(o -> o.startsWith(b.substring(0, b.indexOf(':'))))) {
          problems.add(b);
        }
      }
      if (!unsafe) {
        for (String name : docstringsChanged(out)) {
          problems.add(name + ": a SAFE fix changed a docstring");
        }
      }
      System.out.printf(
          "AllRulesCorpusTest (unsafe %s): %d files, %d changed by %d fixes, %.1f s%n",
          unsafe, compared.get(), changed.get(), fixes.get(), (System.nanoTime() - started) / 1e9);
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    problems.sort(null);
    assertEquals(List.of(), problems.stream().limit(30).toList());
    Corpus.assertCompared("AllRulesCorpusTest", compared.get(), Corpus.STDLIB_FLOOR);
  }

  /** The "BROKEN name: error" lines python3 prints for the files in {@code folder}. */
  private static List<String> broken(Path folder) {
    return Oracle.PYTHON3
        .runScript("/pyfix/compiles.py", folder.toString())
        .lines()
        .filter(l -> l.startsWith("BROKEN "))
        .toList();
  }

  /** The files in {@code folder} whose docstrings differ from those of the file in before/. */
  private static List<String> docstringsChanged(Path folder) {
    try (PythonAst.Batch batch = new PythonAst.Batch();
        Stream<Path> files = Files.list(folder.resolve("before"))) {
      for (Path before : files.toList()) {
        String name = before.getFileName().toString();
        batch.add(name, Files.readAllBytes(before), Files.readAllBytes(folder.resolve(name)));
      }
      // a known change proves the comparison can see one
      batch.add("canary", PythonAst.utf8("import os\n'text'\n"), PythonAst.utf8("'text'\n"));
      List<String> changed = new ArrayList<>(batch.compareDocstrings().different());
      assertTrue(changed.remove("canary"), "the canary's new docstring was not seen");
      return changed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixes {@code file}; writes a changed output into {@code out}; returns what went wrong. */
  private static String fix(
      Path file,
      Settings settings,
      Path out,
      AtomicInteger compared,
      AtomicInteger changed,
      AtomicInteger fixes) {
    SourceFile source;
    FileResult r;
    try {
      source = SourceFile.decode(Files.readAllBytes(file));
      r = Pyfix.fix(source.text(), settings);
    } catch (DecodingException | PyfixSyntaxException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    compared.incrementAndGet();
    if (!r.internalErrors().isEmpty() || !r.dropped().isEmpty()) {
      return "internal errors " + r.internalErrors() + ", dropped fixes " + r.dropped();
    }
    if (!r.changed(source.text())) {
      return null;
    }
    int number = changed.incrementAndGet();
    fixes.addAndGet(r.fixed().size());
    try {
      FileResult again = Pyfix.fix(r.output(), settings);
      if (again.changed(r.output())) {
        return "a second run changed the output (" + again.fixed().size() + " more fixes)";
      }
      String name = number + "-" + file.getFileName();
      Files.write(out.resolve(name), source.encode(r.output()));
      Files.write(out.resolve("before").resolve(name), Files.readAllBytes(file));
    } catch (PyfixSyntaxException e) {
      return "the output does not parse: " + e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }
}
