package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.Corpus;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;
import pyfix.testing.Oracle;

/** pyfix accepts exactly the corpus files that CPython's {@code ast.parse} accepts. */
class ParseCorpusTest {

  @Test
  void acceptsWhatCpythonAcceptsAndRejectsTheRest() throws IOException {
    List<Path> files = Corpus.allFiles();
    assumeTrue(!files.isEmpty(), Corpus.missingReason());
    List<String> verdicts = cpythonVerdicts(files);
    assertEquals(files.size(), verdicts.size(), "python3 judged every file");
    List<String> mismatches = new ArrayList<>();
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      boolean cpythonAccepts = verdicts.get(i).equals("OK");
      String ours = pyfixVerdict(file);
      if (ours.equals("OK")) {
        accepted++;
      } else {
        rejected++;
      }
      if (cpythonAccepts != ours.equals("OK") || !sameLine(verdicts.get(i), ours)) {
        mismatches.add(file + ": CPython " + verdicts.get(i) + ", pyfix " + ours);
      }
    }
    System.out.println(
        "parsed " + files.size() + " files: " + accepted + " accepted, " + rejected + " rejected");
    assertEquals(List.of(), mismatches);
    Corpus.assertCompared("ParseCorpusTest", files.size(), Corpus.STDLIB_FLOOR);
  }

  /** Whether two rejections name the same line, when CPython names one ("ERROR line col"). */
  private static boolean sameLine(String cpython, String ours) {
    String[] theirs = cpython.split(" ");
    if (!theirs[0].equals("ERROR") || theirs[1].equals("0")) {
      return true;
    }
    return ours.startsWith("ERROR " + theirs[1] + ":");
  }

  /** "OK", or the error with its position: a decoding, tokenizing or parsing error. */
  private static String pyfixVerdict(Path file) throws IOException {
    try {
      ParsedFile.parse(SourceFile.decode(Files.readAllBytes(file)).text());
      return "OK";
    } catch (DecodingException e) {
      return "ERROR " + e.line() + ":" + e.column() + " " + e.getMessage();
    } catch (PyfixSyntaxException e) {
      return "ERROR " + e;
    }
  }

  /** Runs one python3 over all files; one line per file, in order. */
  private static List<String> cpythonVerdicts(List<Path> files) throws IOException {
    Path dir = Files.createTempDirectory("pyfix-verdicts");
    try {
      Path names = dir.resolve("files.txt");
      Path out = dir.resolve("verdicts.txt");
      Files.write(names, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
      Oracle.PYTHON3.runScript("/pyfix/parse/verdicts.py", names.toString(), out.toString());
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
