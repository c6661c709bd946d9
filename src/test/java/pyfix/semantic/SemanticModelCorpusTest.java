package pyfix.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import pyfix.Corpus;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.source.SourceFile;
import pyfix.testing.Oracle;

/**
 * The model's module-level bindings, and the names it sees read, agree with CPython's symtable on
 * every stdlib file.
 */
class SemanticModelCorpusTest {

  @Test
  void moduleBindingsAgreeWithSymtable() throws Exception {
    List<Path> files = Corpus.stdlibFiles();
    Assumptions.assumeFalse(files.isEmpty(), Corpus.missingReason());
    String[] paths = files.stream().map(Path::toString).toArray(String[]::new);
    String json = Oracle.PYTHON3.runScript("/pyfix/semantic/module_bindings.py", paths);
    JsonNode expected = new ObjectMapper().readTree(json);
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (Path file : files) {
      JsonNode names = expected.get(file.toString());
      ParsedFile parsed;
      try {
        parsed = ParsedFile.parse(SourceFile.decode(Files.readAllBytes(file)).text());
      } catch (PyfixSyntaxException | pyfix.source.DecodingException e) {
        continue;
      }
      if (names == null) {
        continue;
      }
      Set<String> want = new TreeSet<>();
      names.forEach(n -> want.add(n.asText()));
      Set<String> got = new TreeSet<>(SemanticModel.of(parsed).module().names());
      compared++;
      if (!want.equals(got)) {
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        got.removeAll(want);
        mismatches.add(file + ": missing " + missing + ", extra " + got);
      }
    }
    Corpus.assertCompared("SemanticModelCorpusTest", compared, Corpus.STDLIB_FLOOR);
    assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())));
  }

  @Test
  void everyNameSymtableSeesReadHasAReference() throws Exception {
    List<Path> files = Corpus.stdlibFiles();
    Assumptions.assumeFalse(files.isEmpty(), Corpus.missingReason());
    String[] paths = files.stream().map(Path::toString).toArray(String[]::new);
    String json = Oracle.PYTHON3.runScript("/pyfix/semantic/referenced_names.py", paths);
    JsonNode expected = new ObjectMapper().readTree(json);
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (Path file : files) {
      JsonNode names = expected.get(file.toString());
      ParsedFile parsed;
      try {
        parsed = ParsedFile.parse(SourceFile.decode(Files.readAllBytes(file)).text());
      } catch (PyfixSyntaxException | pyfix.source.DecodingException e) {
        continue;
      }
      if (names == null) {
        continue;
      }
      SemanticModel model = SemanticModel.of(parsed);
      Set<String> missing = new TreeSet<>();
      names.forEach(
          n -> {
            if (model.references(n.asText()).isEmpty()) {
              missing.add(n.asText());
            }
          });
      compared++;
      if (!missing.isEmpty()) {
        mismatches.add(file + ": no reference to " + missing);
      }
    }
    Corpus.assertCompared("SemanticModelCorpusTest", compared, Corpus.STDLIB_FLOOR);
    assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())));
  }
}
