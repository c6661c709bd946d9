package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every string prefix with every kind of escape, non-ASCII text in bytes, and numbers with
 * underscores: the parser must accept a literal exactly when python3 does, as CPython rejects what
 * it cannot decode (a truncated {@code \x}, a {@code \U} past U+10FFFF, {@code é} in bytes) and
 * underscores not between two digits (PEP 515). Unknown {@code \N{...}} names are left out: pyfix
 * accepts them, as Java's Unicode tables may be older than Python's.
 */
class LiteralVerdictsTest {
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

  private static final List<String> NUMBERS =
      List.of(
          "1_000",
          "1__000",
          "1_",
          "0x_ff",
          "0x__ff",
          "0x_",
          "0xf_",
          "0_0",
          "00_0",
          "0_7",
          "1_000.000_1",
          "1_.0",
          "1._0",
          "1.0_",
          "1e1_0",
          "1e_10",
          "1_e10",
          "0b_1",
          "0b1_",
          "0o_7",
          "1_000j",
          "1.5_j",
          "1_0.5e-1_0",
          "0.0_1",
          ".1_1",
          "1e+_1",
          "0__0",
          "0X_A_b",
          "1__0j");

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
    for (String number : NUMBERS) {
      snippets.add("y = 1\nx = " + number + "\n");
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
