package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every prefix with every kind of escape, and non-ASCII text in bytes: the parser must accept a
 * literal exactly when python3 does, as CPython rejects what it cannot decode (a truncated {@code
 * \x}, a {@code \U} past U+10FFFF, {@code é} in bytes). Unknown {@code \N{...}} names are left out:
 * pyfix accepts them, as Java's Unicode tables may be older than Python's.
 */
class StringLiteralVerdictsTest {
  private static final List<String> PREFIXES =
      List.of("", "r", "u", "b", "B", "rb", "Rb", "br", "f", "F", "rf", "fr");
  private static final List<String> BODIES =
      List.of(
          "\\x",
          "\\x4",
          "\\x41",
          "\\xg1",
          "\\x4{y}",
          "\\x{y}",
          "\\u",
          "\\u123",
          "\\u1234",
          "{y}\\u12",
          "\\U",
          "\\U0010ffff",
          "\\U00110000",
          "\\U0001F600",
          "\\N",
          "\\N{",
          "\\N{}",
          "\\N{BULLET}",
          "\\N{BULLET}{y}",
          "é",
          "\\é",
          "\\\\",
          "\\'",
          "\\0",
          "\\777",
          "\\8",
          "\\\\x4",
          "a\\\nb");

  @Test
  void acceptsALiteralExactlyWhenPythonDoes() throws IOException {
    List<String> snippets = new ArrayList<>();
    for (String prefix : PREFIXES) {
      for (String body : BODIES) {
        for (String quote : List.of("'", "'''")) {
          snippets.add("y = 1\nx = " + prefix + quote + body + quote + "\n");
        }
      }
    }
    CompileOracle oracle = CompileOracle.start();
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(oracle != null, "python3 is not installed: literals not compared");
    }
    assertNotNull(oracle, "python3 is required in CI");
    List<String> disagreements = new ArrayList<>();
    try (oracle) {
      List<CompileOracle.Verdict> expected = oracle.verdicts(snippets);
      for (int i = 0; i < snippets.size(); i++) {
        boolean pythonAccepts = expected.get(i).line() == 0;
        boolean ours = parses(snippets.get(i));
        if (ours != pythonAccepts) {
          disagreements.add(
              (pythonAccepts ? "rejected " : "accepted ")
                  + snippets.get(i).lines().toList().get(1)
                  + " (python3: "
                  + expected.get(i).message()
                  + ")");
        }
      }
    }
    assertEquals("", String.join("\n", disagreements));
  }

  private static boolean parses(String text) {
    try {
      ParsedFile.parse(text);
      return true;
    } catch (PyfixSyntaxException e) {
      return false;
    }
  }
}
