package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import pyfix.fix.FileResult;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Settings;
import pyfix.fixers.Fixers;

/**
 * Keeps fixers/*.md and the fixers in step: one document per fixer, the sections STYLE.md asks for,
 * and an Example that the fixer turns into exactly the "Use instead" block. A code block whose info
 * string has {@code no-newline-at-end} stands for a file without a final line break.
 */
class DocsTest {
  private static final Path DOCS = Path.of("fixers");
  private static final List<String> SECTIONS =
      List.of(
          "## What it does",
          "## Why",
          "## Example",
          "Use instead:",
          "## When it refuses",
          "## Options",
          "## References");

  @Test
  void everyFixerHasADocAndEveryDocAFixer() throws IOException {
    Set<String> codes =
        Fixers.ALL.stream().map(Fixer::code).collect(Collectors.toCollection(TreeSet::new));
    Set<String> docs;
    try (Stream<Path> files = Files.list(DOCS)) {
      docs =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md"))
              .map(n -> n.substring(0, n.length() - 3))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(codes, docs);
  }

  @TestFactory
  Stream<DynamicTest> docs() {
    return Fixers.ALL.stream().map(f -> dynamicTest(f.code(), () -> check(f)));
  }

  private static void check(Fixer fixer) throws Exception {
    String doc = Files.readString(DOCS.resolve(fixer.code() + ".md"));
    List<String> lines = doc.lines().toList();
    assertEquals("# " + fixer.metadata().name() + " (" + fixer.code() + ")", lines.get(0), "title");
    int at = 0;
    for (String section : SECTIONS) {
      int found = lines.subList(at, lines.size()).indexOf(section);
      assertTrue(found >= 0, fixer.code() + ".md lacks \"" + section + "\" (in this order)");
      at += found + 1;
    }
    String example = block(lines, lines.indexOf("## Example"));
    String useInstead = block(lines, lines.indexOf("Use instead:"));
    FileResult unsafe = Pyfix.fix(example, settings(fixer, true, example));
    if (reportOnly(fixer, example)) {
      // a rule without fixes shows what it reports: its Example is left as it is
      assertEquals(example, useInstead, "a report-only rule's Use instead repeats its Example");
      return;
    }
    assertNotEquals(example, unsafe.output(), "the Example must show a change");
    assertEquals(useInstead, unsafe.output(), "the fixer does not turn Example into Use instead");
    boolean needsSafetySection =
        !Pyfix.fix(example, settings(fixer, false, example)).output().equals(unsafe.output());
    if (needsSafetySection
        || fixer.metadata().fixSafety() == FixSafety.UNSAFE
        || fixer.metadata().fixSafety() == FixSafety.PER_FINDING) {
      assertTrue(
          lines.contains("## Fix safety"), "an unsafe fix needs a \"## Fix safety\" section");
    }
  }

  /** Whether {@code fixer} finds something in {@code example} but offers no fix for it. */
  private static boolean reportOnly(Fixer fixer, String example) throws Exception {
    List<pyfix.fix.Finding> findings =
        fixer.check(pyfix.parse.ParsedFile.parse(example), settings(fixer, true, example));
    return !findings.isEmpty() && findings.stream().allMatch(f -> f.fix().isEmpty());
  }

  /** The first fenced python block after line {@code from}. */
  private static String block(List<String> lines, int from) {
    int open = from + 1;
    while (!lines.get(open).startsWith("```python")) {
      open++;
    }
    boolean noFinalNewline = lines.get(open).contains("no-newline-at-end");
    List<String> body = new ArrayList<>();
    for (int i = open + 1; !lines.get(i).equals("```"); i++) {
      body.add(lines.get(i));
    }
    String text = String.join("\n", body);
    return noFinalNewline ? text : text + "\n";
  }

  /** The settings a case of this Example would run with: its first-line case options. */
  private static Settings settings(Fixer fixer, boolean unsafe, String example) {
    return new FixerCase(fixer.code(), Path.of("example.py"), example).settings(unsafe);
  }
}
