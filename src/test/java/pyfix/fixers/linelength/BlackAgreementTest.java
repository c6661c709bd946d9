package pyfix.fixers.linelength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pyfix.testing.Oracle;

/**
 * Checks the E501 cases against Debian's Black 23.1: each input is as {@code black -l 200} leaves
 * it, and each expected output (the approved file, or the input for a {@code noop_} case) is what
 * {@code black -l 88} prints, apart from the exceptions fixers/E501.md lists. Skipped when {@code
 * black} is not installed.
 */
class BlackAgreementTest {
  private static final Path CASES = Path.of("testdata", "E501");
  // Case name -> why pyfix's output differs from Black's; mirrored in fixers/E501.md.
  private static final Map<String, String> EXCEPTIONS =
      Map.ofEntries(
          Map.entry(
              "unicode_width", "Black 23.1 counts code points; pyfix counts wide characters as 2"),
          Map.entry(
              "tabs", "Black re-indents the whole file with spaces; pyfix keeps the file's tabs"),
          Map.entry(
              "noop_pragma_noqa", "a pragma comment must stay on its line; pyfix does not wrap"),
          Map.entry(
              "noop_pragma_pylint", "a pragma comment must stay on its line; pyfix does not wrap"),
          Map.entry(
              "noop_pragma_ty", "a pragma comment must stay on its line; pyfix does not wrap"),
          Map.entry(
              "noop_pragma_pyrefly", "a pragma comment must stay on its line; pyfix does not wrap"),
          Map.entry("noop_backslash", "pyfix leaves statements with backslash continuations alone"),
          Map.entry(
              "noop_compound_same_line",
              "Black also moves the body to its own line; pyfix does not"),
          Map.entry("noop_semicolon", "Black also splits the statements; pyfix does not"),
          Map.entry(
              "noop_call_chain_trailers",
              "a line of one word: Ruff does not report it, nor does pyfix"),
          Map.entry(
              "bare_target_tuple_trailing_comma",
              "Black explodes a magic trailing comma even at -l 200; at 88 it writes pyfix's output"),
          Map.entry(
              "for_target_tuple_trailing_comma",
              "Black explodes a magic trailing comma even at -l 200; at 88 it writes pyfix's output"),
          Map.entry(
              "operators_without_spaces",
              "Black spaces the operators even at -l 200; at 88 it writes pyfix's output"),
          Map.entry(
              "form_feed_before_indentation",
              "Black drops the form feed; pyfix keeps the first line and adds none"),
          Map.entry(
              "comments_joined_on_one_line",
              "Black joins the comments even at -l 200; at 88 it writes pyfix's output"),
          Map.entry(
              "indent_unit_of_the_block",
              "Black re-indents the 1-space block with 4; pyfix leaves the lines it does not wrap"),
          Map.entry(
              "noop_split_would_overflow_more",
              "Black drops the redundant brackets; pyfix would stack them further right"),
          Map.entry(
              "noop_dotted_name_too_long_even_wrapped",
              "Black 23.1 wraps the name in parentheses, still too long; current Black and Ruff do not"));

  @Test
  void casesAgreeWithBlack() throws Exception {
    Oracle.BLACK.require();
    Path work = Files.createTempDirectory("pyfix-e501-black");
    Map<String, String> inputs = new TreeMap<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".py") && !name.contains(".approved.") && !name.contains(".received.")) {
          inputs.put(name.substring(0, name.length() - 3), Files.readString(f));
        }
      }
    }
    Map<String, String> normalized = new TreeMap<>();
    Map<String, String> formatted = new TreeMap<>();
    Map<Integer, Map<String, String>> byLength = new TreeMap<>();
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      byLength
          .computeIfAbsent(lineLength(e.getValue()), k -> new TreeMap<>())
          .put(e.getKey(), e.getValue());
    }
    normalized.putAll(black(work.resolve("l200"), inputs, 200));
    for (Map.Entry<Integer, Map<String, String>> g : byLength.entrySet()) {
      formatted.putAll(black(work.resolve("l" + g.getKey()), g.getValue(), g.getKey()));
    }
    deleteAll(work);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      String name = e.getKey();
      String expected =
          name.startsWith("noop_")
              ? e.getValue()
              : Files.readString(CASES.resolve(name + ".approved.py"));
      boolean agrees =
          normalized.get(name).equals(e.getValue()) && formatted.get(name).equals(expected);
      if (agrees == EXCEPTIONS.containsKey(name)) {
        problems.add(name + (agrees ? ": listed as an exception but agrees" : ": differs"));
      }
    }
    assertEquals(List.of(), problems);
  }

  private static int lineLength(String text) {
    String first = text.lines().findFirst().orElse("");
    int at = first.indexOf("--line-length=");
    if (first.startsWith("# pyfix:") && at >= 0) {
      return Integer.parseInt(first.substring(at + 14).split("\\s")[0]);
    }
    return 88;
  }

  /** What {@code black -l lineLength} makes of each text, in one run over a folder. */
  private static Map<String, String> black(Path dir, Map<String, String> texts, int lineLength)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Files.writeString(dir.resolve(e.getKey() + ".py"), e.getValue());
    }
    Oracle.BLACK.run(dir, List.of("-q", "-l", String.valueOf(lineLength), dir.toString()));
    Map<String, String> out = new TreeMap<>();
    for (String name : texts.keySet()) {
      out.put(name, Files.readString(dir.resolve(name + ".py")));
    }
    return out;
  }

  private static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(f);
      }
    }
  }
}
