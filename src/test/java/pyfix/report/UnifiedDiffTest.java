package pyfix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.testing.PatchTools;

class UnifiedDiffTest {
  @TempDir Path tmp;

  @Test
  void equalTextsGiveNoDiff() {
    assertEquals("", UnifiedDiff.between("a.py", "x = 1\n", "x = 1\n"));
  }

  @Test
  void changedLineHasThreeLinesOfContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\n";
    String after = "a\nb\nc\nD\ne\nf\ng\n";
    assertEquals(
        """
        --- a/pkg/m.py
        +++ b/pkg/m.py
        @@ -1,7 +1,7 @@
         a
         b
         c
        -d
        +D
         e
         f
         g
        """,
        UnifiedDiff.between("pkg/m.py", before, after));
  }

  @Test
  void farApartChangesGetTwoHunks() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    String after = "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n";
    assertEquals(
        """
        --- a/m.py
        +++ b/m.py
        @@ -1,4 +1,4 @@
        -1
        +one
         2
         3
         4
        @@ -9,4 +9,4 @@
         9
         10
         11
        -12
        +twelve
        """,
        UnifiedDiff.between("m.py", before, after));
  }

  @Test
  void changesSixLinesApartShareAHunk() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    String after = "one\n2\n3\n4\n5\n6\n7\neight\n";
    assertEquals(
        """
        --- a/m.py
        +++ b/m.py
        @@ -1,8 +1,8 @@
        -1
        +one
         2
         3
         4
         5
         6
         7
        -8
        +eight
        """,
        UnifiedDiff.between("m.py", before, after));
  }

  @Test
  void addedFinalNewlineIsMarked() {
    assertEquals(
        """
        --- a/m.py
        +++ b/m.py
        @@ -1,2 +1,2 @@
         x = 1
        -y = 2
        \\ No newline at end of file
        +y = 2
        """,
        UnifiedDiff.between("m.py", "x = 1\ny = 2", "x = 1\ny = 2\n"));
  }

  @Test
  void unchangedLastLineWithoutNewlineIsMarkedInContext() {
    assertEquals(
        """
        --- a/m.py
        +++ b/m.py
        @@ -1,2 +1,2 @@
        -x = 1\s
        +x = 1
         y = 2
        \\ No newline at end of file
        """,
        UnifiedDiff.between("m.py", "x = 1 \ny = 2", "x = 1\ny = 2"));
  }

  @Test
  void insertionAtStartNamesLineZero() {
    assertEquals(
        """
        --- a/m.py
        +++ b/m.py
        @@ -0,0 +1 @@
        +x = 1
        """,
        UnifiedDiff.between("m.py", "", "x = 1\n"));
  }

  @Test
  void deletionOfEverythingNamesLineZero() {
    assertEquals(
        """
        --- a/m.py
        +++ b/m.py
        @@ -1,2 +0,0 @@
        -a
        -b
        """,
        UnifiedDiff.between("m.py", "a\nb\n", ""));
  }

  @Test
  void crlfLinesKeepTheirCarriageReturn() {
    String diff = UnifiedDiff.between("m.py", "a \r\nb\r\n", "a\r\nb\r\n");
    assertEquals("--- a/m.py\n+++ b/m.py\n@@ -1,2 +1,2 @@\n-a \r\n+a\r\n b\r\n", diff);
  }

  @Test
  void linesSplitAfterLineFeedOnly() {
    assertEquals(List.of("a\r\n", "b\rc\n", "d"), UnifiedDiff.lines("a\r\nb\rc\nd"));
  }

  @Test
  void gitApplyAndPatchAcceptTheDiffs() throws IOException {
    PatchTools.assumeAvailable("git");
    PatchTools.assumeAvailable("patch");
    String[][] cases = {
      {"x = 1\ny = 2", "x = 1\ny = 2\n"},
      {"x = 1 \ny = 2", "x = 1\ny = 2"},
      {"x = 1\ny = 2\n", "x = 1\ny = 2"},
      {"a \r\nb\r\nc\r\n", "a\r\nb\r\nc\r\n"},
      {"a \r\nb\r\nc", "a\r\nb\r\nc\r\n"},
      {"a\rb \rc\r", "a\rb\rc\r"},
      {"", "x\n"},
      {"é = 'ü' \n", "é = 'ü'\n"},
    };
    for (String[] c : cases) {
      String diff = UnifiedDiff.between("pkg/m.py", c[0], c[1]);
      assertEquals(
          List.of(c[1], c[1]), PatchTools.applyWithBoth(tmp, "pkg/m.py", c[0], diff), diff);
    }
  }

  @Test
  void namesWithSpacesEndWithATabAndOddNamesAreQuoted() {
    assertEquals("a/pkg/m.py", UnifiedDiff.header("a/pkg/m.py"));
    assertEquals("a/my dir/m.py\t", UnifiedDiff.header("a/my dir/m.py"));
    assertEquals("\"a/say \\\"hi\\\"\\\\\\t.py\"", UnifiedDiff.header("a/say \"hi\"\\\t.py"));
  }

  @Test
  void oddFileNamesApplyWithGitAndPatch() throws IOException {
    PatchTools.assumeAvailable("git");
    PatchTools.assumeAvailable("patch");
    for (String name :
        List.of("my dir/a b.py", "q\"uote.py", "back\\slash.py", "tab\there.py", "caf\u00e9.py")) {
      String diff = UnifiedDiff.between(name, "x = 1 \n", "x = 1\n");
      assertEquals(
          List.of("x = 1\n", "x = 1\n"),
          PatchTools.applyWithBoth(tmp, name, "x = 1 \n", diff),
          diff);
    }
  }

  @Test
  void randomEditsApplyWithGitAndPatch() throws IOException {
    PatchTools.assumeAvailable("git");
    PatchTools.assumeAvailable("patch");
    Random random = new Random(20240607);
    for (int round = 0; round < 25; round++) {
      String before = randomText(random, null);
      String after = mutate(random, before);
      String diff = UnifiedDiff.between("m.py", before, after);
      if (diff.isEmpty()) {
        continue;
      }
      assertEquals(
          List.of(after, after), PatchTools.applyWithBoth(tmp, "m.py", before, diff), diff);
    }
  }

  private static String randomText(Random random, String newline) {
    String[] newlines = {"\n", "\r\n"};
    String nl = newline != null ? newline : newlines[random.nextInt(2)];
    StringBuilder text = new StringBuilder();
    int lines = random.nextInt(40);
    for (int i = 0; i < lines; i++) {
      text.append("line").append(random.nextInt(6));
      if (random.nextInt(4) == 0) {
        text.append("  ");
      }
      if (i < lines - 1 || random.nextBoolean()) {
        text.append(nl);
      }
    }
    return text.toString();
  }

  private static String mutate(Random random, String text) {
    List<String> lines = new ArrayList<>(UnifiedDiff.lines(text));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
      switch (random.nextInt(3)) {
        case 0 -> lines.add(at, "new" + random.nextInt(100) + "\n");
        case 1 -> {
          if (!lines.isEmpty()) {
            lines.remove(at);
          }
        }
        default -> {
          if (!lines.isEmpty()) {
            lines.set(at, lines.get(at).replace("  ", ""));
          }
        }
      }
    }
    String out = String.join("", lines);
    // a line break can only be missing at the very end
    return out.replaceAll("(?<=[0-9])(?=new|line)", "\n");
  }
}
