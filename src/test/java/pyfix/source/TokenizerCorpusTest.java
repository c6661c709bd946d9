package pyfix.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pyfix.Corpus;
import pyfix.testing.Oracle;

/** The tokenizer over real code: lossless everywhere, and CPython's tokens where CPython agrees. */
class TokenizerCorpusTest {

  @Test
  void everyCorpusFileTokenizesLosslessly() throws IOException {
    List<Path> files = Corpus.allFiles();
    assumeTrue(!files.isEmpty(), Corpus.missingReason());
    List<String> failures = new ArrayList<>();
    int tokenized = 0;
    for (Path file : files) {
      String text;
      try {
        text = SourceFile.decode(Files.readAllBytes(file)).text();
      } catch (DecodingException e) {
        continue; // decoding is checked against CPython by the parse corpus test
      }
      try {
        Tokenizer.Tokens both = Tokenizer.tokenizeWithLines(text);
        List<Token> tokens = both.tokens();
        if (!sameLines(both.lines(), new LineMap(text))) {
          failures.add(file + ": the tokenizer's line map differs from the text's");
        }
        StringBuilder back = new StringBuilder(text.length());
        int previousEnd = 0;
        for (Token t : tokens) {
          if (t.start() != previousEnd) {
            failures.add(file + ": gap or overlap at offset " + t.start());
            break;
          }
          back.append(text, t.start(), t.end());
          previousEnd = t.end();
        }
        if (!back.toString().equals(text)) {
          failures.add(file + ": tokens do not concatenate back to the text");
        }
        tokenized++;
      } catch (TokenizeException e) {
        // files CPython rejects are checked by the parse corpus test; accepted ones below
      }
    }
    System.out.println("tokenized losslessly: " + tokenized + " of " + files.size() + " files");
    assertEquals(List.of(), failures);
    Corpus.assertCompared("TokenizerCorpusTest", tokenized, Corpus.STDLIB_FLOOR);
  }

  private static boolean sameLines(LineMap a, LineMap b) {
    if (a.lineCount() != b.lineCount() || a.lineEnd(a.lineCount()) != b.lineEnd(b.lineCount())) {
      return false;
    }
    for (int line = 1; line <= a.lineCount(); line++) {
      if (a.lineStart(line) != b.lineStart(line)) {
        return false;
      }
    }
    return true;
  }

  /** CPython 3.11's tokenize has no f-string tokens: an f-string there is one STRING. */
  @Test
  void significantTokensMatchCpythonOnTheStandardLibrary() throws IOException {
    List<Path> files = Corpus.stdlibFiles();
    assumeTrue(!files.isEmpty(), Corpus.missingReason());
    Map<String, List<String>> expected = cpythonTokens(files);
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (Path file : files) {
      List<String> theirs = expected.get(file.toString());
      if (theirs == null || theirs.equals(List.of("ERROR"))) {
        continue;
      }
      List<String> ours;
      try {
        ours = significant(SourceFile.decode(Files.readAllBytes(file)).text());
      } catch (DecodingException | TokenizeException e) {
        failures.add(file + ": CPython tokenizes it, we fail: " + e.getMessage());
        continue;
      }
      compared++;
      String mismatch = firstMismatch(ours, theirs);
      if (mismatch != null) {
        failures.add(file + ": " + mismatch);
      }
    }
    System.out.println(
        "token streams equal to CPython's: " + (compared - failures.size()) + " of " + compared);
    assertTrue(
        failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    Corpus.assertCompared("TokenizerCorpusTest (CPython tokens)", compared, Corpus.STDLIB_FLOOR);
  }

  private static String firstMismatch(List<String> ours, List<String> theirs) {
    int n = Math.min(ours.size(), theirs.size());
    for (int i = 0; i < n; i++) {
      if (!ours.get(i).equals(theirs.get(i))) {
        return "token " + i + ": ours " + ours.get(i) + ", CPython " + theirs.get(i);
      }
    }
    return ours.size() == theirs.size()
        ? null
        : "ours has " + ours.size() + " tokens, CPython " + theirs.size();
  }

  /** Our tokens as CPython 3.11 shows them: f-strings as one STRING, columns in code points. */
  static List<String> significant(String text) throws TokenizeException {
    LineMap lines = new LineMap(text);
    List<String> out = new ArrayList<>();
    int fstringDepth = 0;
    for (Token t : Tokenizer.tokenize(text)) {
      TokenKind kind = t.kind();
      if (kind == TokenKind.FSTRING_START || kind == TokenKind.TSTRING_START) {
        if (fstringDepth++ == 0) {
          out.add(line("STRING", t, text, lines));
        }
        continue;
      }
      if (kind == TokenKind.FSTRING_END || kind == TokenKind.TSTRING_END) {
        fstringDepth--;
        continue;
      }
      if (fstringDepth > 0) {
        continue;
      }
      switch (kind) {
        case NAME, NUMBER, STRING, OP, INDENT, DEDENT, NEWLINE ->
            out.add(line(kind.name(), t, text, lines));
        default -> {}
      }
    }
    return out;
  }

  private static String line(String kind, Token t, String text, LineMap lines) {
    int lineStart = lines.lineStart(t.line());
    return kind + " " + t.line() + " " + text.codePointCount(lineStart, t.start());
  }

  private static Map<String, List<String>> cpythonTokens(List<Path> files) throws IOException {
    Path dir = Files.createTempDirectory("pyfix-tokens");
    Path names = dir.resolve("names.txt");
    Path out = dir.resolve("tokens.txt");
    Files.writeString(names, String.join("\n", files.stream().map(Path::toString).toList()));
    Oracle.PYTHON3.runScript("/pyfix/cpython_tokens.py", names.toString(), out.toString());
    Map<String, List<String>> byFile = new HashMap<>();
    List<String> current = null;
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      if (l.startsWith("FILE ")) {
        current = new ArrayList<>();
        byFile.put(l.substring(5), current);
      } else if (current != null) {
        current.add(l);
      }
    }
    return byFile;
  }
}
