package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.source.Token;
import pyfix.source.TokenKind;
import pyfix.source.TokenizeException;
import pyfix.source.Tokenizer;

/**
 * Parses snippets from {@link SnippetGenerator} with our parser and with python3, and requires the
 * same verdict: both accept, or both reject with the error in the same logical line. (CPython
 * places many errors on the last token its parser fetched, often the one after the construct, and a
 * second parser pass may blame another construct of the statement; pyfix names the construct. Exact
 * lines are counted and printed.) The count is the system property {@code pyfix.snippets} (CI runs
 * the default; by hand, e.g. {@code mvn -o test -Dtest=GeneratedSnippetsTest
 * -Dpyfix.snippets=100000 -Dpyfix.snippets.seed=7}).
 */
class GeneratedSnippetsTest {
  private static final int BATCH = 500;
  private static final int SHOWN = 25;

  @Test
  void ourParserAgreesWithPython() throws IOException {
    int count = Integer.getInteger("pyfix.snippets", 30_000);
    long seed = Long.getLong("pyfix.snippets.seed", 1);
    CompileOracle oracle = CompileOracle.start();
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(oracle != null, "python3 is not installed: generated snippets not compared");
    }
    assertNotNull(oracle, "python3 is required in CI");
    SnippetGenerator generator = new SnippetGenerator(seed);
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    int disagreeing = 0;
    int otherLine = 0;
    try (oracle) {
      for (int done = 0; done < count; done += BATCH) {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < Math.min(BATCH, count - done); i++) {
          batch.add(generator.next());
        }
        List<CompileOracle.Verdict> expected = oracle.verdicts(batch);
        for (int i = 0; i < batch.size(); i++) {
          int ours = errorLine(batch.get(i));
          accepted += expected.get(i).line() == 0 ? 1 : 0;
          if (ours != expected.get(i).line()
              && ours != 0
              && expected.get(i).line() != 0
              && (sameLogicalLine(batch.get(i), ours, expected.get(i).line())
                  || blamesValidMatch(batch.get(i), expected.get(i), ours))) {
            otherLine++;
          } else if (ours != expected.get(i).line()) {
            disagreeing++;
            if (System.getProperty("pyfix.snippets.dump") != null) {
              System.out.println("@@@ " + describe(batch.get(i), expected.get(i), ours));
            }
            if (disagreements.size() < SHOWN) {
              disagreements.add(describe(batch.get(i), expected.get(i), ours));
            }
          }
        }
      }
    }
    System.out.printf(
        "generated snippets: %d (seed %d), python3 accepts %d, disagreements %d,"
            + " errors on another line of the same logical line %d%n",
        count, seed, accepted, disagreeing, otherLine);
    assertEquals("", String.join("\n", disagreements), disagreeing + " disagreements");
  }

  /** Whether physical lines {@code a} and {@code b} belong to one logical line of {@code text}. */
  private static boolean sameLogicalLine(String text, int a, int b) {
    List<Token> tokens;
    try {
      tokens = Tokenizer.tokenize(text);
    } catch (TokenizeException e) {
      tokens = e.tokensBefore();
    }
    int logical = 0;
    int logicalOfA = -1;
    int logicalOfB = -2;
    for (Token t : tokens) {
      if (t.line() == a && logicalOfA < 0) {
        logicalOfA = logical;
      }
      if (t.line() == b && logicalOfB < 0) {
        logicalOfB = logical;
      }
      if (t.kind() == TokenKind.NEWLINE) {
        logical++;
      }
    }
    return logicalOfA == logicalOfB;
  }

  /**
   * Whether python3 blames an earlier statement that starts with the soft keyword {@code match}:
   * after a syntax error, CPython re-reads the file with its error rules, and the one for {@code
   * match} subjects fires on a valid assignment such as {@code match[a], b = c, d = e}.
   */
  private static boolean blamesValidMatch(String text, CompileOracle.Verdict python, int ours) {
    String line = text.split("\n", -1)[python.line() - 1].strip();
    return python.line() < ours
        && line.startsWith("match")
        && python.message().endsWith("Maybe you meant '==' or ':=' instead of '='?");
  }

  /** The line of our syntax error, or 0 when the snippet parses. */
  private static int errorLine(String snippet) {
    try {
      ParsedFile.parse(snippet);
      return 0;
    } catch (PyfixSyntaxException e) {
      return e.line();
    }
  }

  private static String describe(String snippet, CompileOracle.Verdict python, int ours) {
    String verdict =
        python.line() == 0
            ? "python3 accepts"
            : "python3 rejects at line " + python.line() + " (" + python.message() + ")";
    String mine = ours == 0 ? "we accept" : "we reject at line " + ours + ": " + reason(snippet);
    return verdict + ", " + mine + "\n    " + snippet.replace("\n", "\n    ");
  }

  private static String reason(String snippet) {
    try {
      ParsedFile.parse(snippet);
      return "";
    } catch (PyfixSyntaxException e) {
      return e.toString();
    }
  }
}
