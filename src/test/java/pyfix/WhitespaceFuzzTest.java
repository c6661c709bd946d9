package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;

/**
 * Real files with whitespace sprinkled in at random (line ends, blank lines, whitespace-only lines,
 * CRLF, a missing final newline): pyfix must reject exactly the variants python3 rejects (a space
 * after a backslash, say), and for the others the whitespace fixes must leave no finding, keep the
 * AST, report no internal error, and be idempotent.
 */
class WhitespaceFuzzTest {
  private static final String[] TRAILING = {" ", "\t", "  ", " \t ", "\f ", " \f"};
  private static final String[] BLANK = {"   ", "\t", " \t", "\f", "\f  "};

  @Test
  void whitespaceFixesSurviveRandomWhitespace() throws IOException {
    List<Path> files = Corpus.stdlibFiles();
    assumeTrue(!files.isEmpty(), Corpus.missingReason());
    Random random = new Random(20261122);
    // only the whitespace rules: semantic fixers change the AST on purpose
    Settings settings = new Settings(88, PythonVersion.PY39, List.of("W"), List.of(), false);
    List<String> problems = new ArrayList<>();
    int accepted = 0;
    int rejected = 0;
    try (PythonAst.Batch batch = new PythonAst.Batch()) {
      for (int i = 0; i < files.size(); i += 3) {
        String original;
        try {
          original = SourceFile.decode(Files.readAllBytes(files.get(i))).text();
          ParsedFile.parse(original);
        } catch (DecodingException | PyfixSyntaxException e) {
          continue;
        }
        String mutated = mutate(original, random);
        byte[] before = mutated.getBytes(StandardCharsets.UTF_8);
        FileResult fixed;
        try {
          fixed = Pyfix.fix(mutated, settings);
        } catch (PyfixSyntaxException e) {
          batch.add("r" + i, before, before); // python3 must reject it too: listed as skipped
          rejected++;
          continue;
        }
        String problem = problem(fixed, settings);
        if (problem != null) {
          problems.add(files.get(i) + " (mutated): " + problem);
        }
        batch.add("a" + i, before, fixed.output().getBytes(StandardCharsets.UTF_8));
        accepted++;
      }
      PythonAst.Verdict verdict = batch.compare();
      for (String skipped : verdict.skipped()) {
        if (skipped.startsWith("a")) {
          problems.add(skipped + ": pyfix accepts what python3 rejects");
        }
      }
      long pythonRejects = verdict.skipped().stream().filter(s -> s.startsWith("r")).count();
      if (pythonRejects != rejected) {
        problems.add(
            "pyfix rejects " + rejected + " variants, python3 only " + pythonRejects + " of them");
      }
      verdict.broken().forEach(b -> problems.add(b + ": output does not parse in python3"));
      verdict.different().forEach(d -> problems.add(d + ": the AST changed"));
    }
    System.out.printf(
        "WhitespaceFuzzTest: %d variants fixed, %d rejected by both%n", accepted, rejected);
    assertTrue(accepted > 300, "too few variants: " + accepted);
    assertEquals(List.of(), problems);
  }

  /** What is wrong with {@code fixed}, or null. */
  private static String problem(FileResult fixed, Settings settings) {
    if (!(fixed.internalErrors().isEmpty() && fixed.dropped().isEmpty())) {
      return "internal errors " + fixed.internalErrors() + fixed.dropped();
    }
    try {
      FileResult again = Pyfix.fix(fixed.output(), settings);
      if (again.changed(fixed.output())) {
        return "a second run changed the output";
      }
      List<Finding> left = fixed.remaining().stream().filter(f -> f.fix().isPresent()).toList();
      if (!left.isEmpty()) {
        return "fixable findings left: " + left;
      }
    } catch (PyfixSyntaxException e) {
      return "the output does not parse: " + e.getMessage();
    }
    return null;
  }

  private static String mutate(String text, Random random) {
    String newline = random.nextBoolean() ? "\n" : "\r\n";
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (String line : text.split("\r\n|\n|\r", -1)) {
      double r = random.nextDouble();
      if (r < 0.15) {
        line += TRAILING[random.nextInt(TRAILING.length)];
      } else if (r < 0.2 && line.isBlank()) {
        line = BLANK[random.nextInt(BLANK.length)];
      }
      out.append(line).append(newline);
      if (random.nextDouble() < 0.03) {
        out.append(BLANK[random.nextInt(BLANK.length)]).append(newline);
      }
    }
    String result = out.substring(0, out.length() - newline.length());
    return random.nextDouble() < 0.3
        ? result.stripTrailing() + TRAILING[random.nextInt(2)]
        : result;
  }
}
