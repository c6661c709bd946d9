package pyfix.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonVersion;
import pyfix.source.CellSeparator;

class FixEngineTest {
  private static final Settings ALL = Settings.defaults();
  private static final Fixer GOOD =
      TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "\\bgood\\b", "fine");
  private static final Fixer BROKEN =
      TestFixers.replacing("T2", Kind.SEMANTIC, Applicability.SAFE, "\\bbad\\b", "(bad");

  private static FileResult fix(String text, Settings settings, Fixer... fixers) throws Exception {
    return new FixEngine(List.of(fixers)).fix(ParsedFile.parse(text), settings);
  }

  private static FileResult fix(String text, Fixer... fixers) throws Exception {
    return fix(text, ALL, fixers);
  }

  /** Asserts that {@code fixer}'s one fix of {@code text}, at 1:1, is dropped for {@code why}. */
  private static void assertDroppedAlone(String text, Fixer fixer, String why) throws Exception {
    FileResult r = fix(text, fixer);
    assertEquals(text, r.output());
    assertEquals(List.of(new DroppedFix(fixer.code(), 1, 1, why)), r.dropped());
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  @Test
  void returnsTheSameStringWhenNothingApplies() throws Exception {
    String text = "x = 1\n";
    FileResult r =
        fix(text, TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "zzz", "y"));
    assertSame(text, r.output());
    assertEquals(List.of(), r.fixed());
  }

  @Test
  void checkAppliesNothingAndReportsEveryFinding() throws Exception {
    String text = "a = b\n";
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "[ab]", "c");
    FileResult r = new FixEngine(List.of(f)).check(ParsedFile.parse(text), ALL);
    assertSame(text, r.output());
    assertEquals(List.of("T1", "T1"), codes(r.remaining()));
  }

  @Test
  void appliesUnsafeFixesOnlyWhenAsked() throws Exception {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.UNSAFE, "old", "new");
    assertEquals("old = 1\n", fix("old = 1\n", f).output());
    assertEquals(List.of("T1"), codes(fix("old = 1\n", f).remaining()));
    Settings unsafe = new Settings(88, PythonVersion.PY39, List.of(), List.of(), true);
    assertEquals("new = 1\n", fix("old = 1\n", unsafe, f).output());
  }

  @Test
  void neverAppliesDisplayOnlyFixesButReportsThem() throws Exception {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.DISPLAY_ONLY, "old", "new");
    Settings unsafe = new Settings(88, PythonVersion.PY39, List.of(), List.of(), true);
    FileResult r = fix("old = 1\n", unsafe, f);
    assertEquals("old = 1\n", r.output());
    assertEquals(
        Applicability.DISPLAY_ONLY,
        r.remaining().get(0).fix().orElseThrow().applicability(),
        "the fix stays on the finding, for diffs, JSON and SARIF");
  }

  @Test
  void runsDefaultOffAndPreviewRulesOnlyWhenSelected() {
    RuleMetadata off =
        new RuleMetadata(
            "T100", "test-off", Kind.LAYOUT, FixSafety.SAFE, false, RuleMetadata.Stage.STABLE);
    RuleMetadata preview =
        new RuleMetadata(
            "T200", "test-preview", Kind.LAYOUT, FixSafety.SAFE, true, RuleMetadata.Stage.PREVIEW);
    for (RuleMetadata rule : List.of(off, preview)) {
      assertFalse(rule.enabledBy(List.of(), List.of()), rule.name());
      assertTrue(rule.enabledBy(List.of("T"), List.of()), rule.name());
      assertFalse(rule.enabledBy(List.of("T"), List.of(rule.code())), rule.name());
    }
  }

  @Test
  void aPrefixSelectsOnlyWithinItsLinterAsInRuff() {
    RuleMetadata bugbear = RuleMetadata.stable("B006", "bugbear", Kind.SEMANTIC, FixSafety.SAFE);
    RuleMetadata blind = RuleMetadata.stable("BLE001", "blind", Kind.SEMANTIC, FixSafety.NONE);
    RuleMetadata simplify =
        RuleMetadata.stable("SIM105", "simplify", Kind.SEMANTIC, FixSafety.SAFE);
    RuleMetadata mccabe = RuleMetadata.stable("C901", "mccabe", Kind.SEMANTIC, FixSafety.NONE);
    assertTrue(bugbear.selectedBy("B") && bugbear.selectedBy("B0") && bugbear.selectedBy("B006"));
    assertFalse(blind.selectedBy("B"));
    assertTrue(blind.selectedBy("BLE"));
    assertFalse(simplify.selectedBy("S"));
    assertTrue(mccabe.selectedBy("C") && mccabe.selectedBy("C90"));
  }

  @Test
  void namedSelectorsNameStableRulesByTheirDefaultAndFamily() {
    RuleMetadata on = RuleMetadata.stable("E100", "test-on", Kind.LAYOUT, FixSafety.SAFE);
    RuleMetadata guide =
        new RuleMetadata(
            "T201", "test-guide", Kind.LAYOUT, FixSafety.NONE, false, RuleMetadata.Stage.STABLE);
    RuleMetadata other =
        new RuleMetadata(
            "X100", "test-other", Kind.LAYOUT, FixSafety.SAFE, false, RuleMetadata.Stage.STABLE);
    RuleMetadata preview =
        new RuleMetadata(
            "T202", "test-preview", Kind.LAYOUT, FixSafety.SAFE, true, RuleMetadata.Stage.PREVIEW);
    List<String> none = List.of();
    assertEquals(
        List.of(true, true, true, false),
        List.of(on, guide, other, preview).stream()
            .map(r -> r.enabledBy(List.of("ALL"), none))
            .toList());
    assertEquals(
        List.of(true, false, false, false),
        List.of(on, guide, other, preview).stream()
            .map(r -> r.enabledBy(List.of("DEFAULT"), none))
            .toList());
    assertEquals(
        List.of(true, true, false, false),
        List.of(on, guide, other, preview).stream()
            .map(r -> r.enabledBy(List.of("STYLE-GUIDE"), none))
            .toList());
    assertTrue(guide.enabledBy(List.of("DEFAULT", "T20"), none), "extend-select widens DEFAULT");
    assertFalse(guide.enabledBy(List.of("ALL"), List.of("T")), "ignore wins over ALL");
    assertFalse(on.enabledBy(List.of("DEFAULT"), List.of("ALL")), "ignore takes ALL too");
  }

  @Test
  void runsOnlySelectedFixers() throws Exception {
    Fixer a = TestFixers.replacing("A100", Kind.SEMANTIC, Applicability.SAFE, "a", "x");
    Fixer b = TestFixers.replacing("B200", Kind.SEMANTIC, Applicability.SAFE, "b", "y");
    Settings onlyA = new Settings(88, PythonVersion.PY39, List.of("A"), List.of(), false);
    assertEquals("x = b\n", fix("a = b\n", onlyA, a, b).output());
    Settings ignoreA = new Settings(88, PythonVersion.PY39, List.of(), List.of("A1"), false);
    assertEquals("a = y\n", fix("a = b\n", ignoreA, a, b).output());
  }

  @Test
  void touchingFixesWaitForTheNextRound() {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "x", "y");
    FixEngine.Candidate first = candidate(f, 0, 3, 0);
    FixEngine.Candidate touching = candidate(f, 3, 5, 1);
    FixEngine.Candidate later = candidate(f, 6, 6, 2);
    FixEngine.Candidate sameInsertion = candidate(f, 6, 6, 3);
    assertEquals(
        List.of(first, later), FixEngine.select(List.of(sameInsertion, touching, later, first)));
  }

  @Test
  void ordersByStartThenEndThenRegistryOrder() {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "x", "y");
    FixEngine.Candidate longer = candidate(f, 2, 8, 0);
    FixEngine.Candidate shorter = candidate(f, 2, 4, 1);
    assertEquals(List.of(shorter), FixEngine.select(List.of(longer, shorter)));
    FixEngine.Candidate early = candidate(f, 2, 4, 0);
    assertEquals(List.of(early), FixEngine.select(List.of(shorter, early)));
  }

  @Test
  void overlappingFixesAreAllAppliedOverRounds() throws Exception {
    // "ab" -> "AB" and "b" -> "c" overlap; the second comes back after the first is applied.
    Fixer upper = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "ab", "ABb");
    Fixer second = TestFixers.replacing("T2", Kind.SEMANTIC, Applicability.SAFE, "b", "c");
    FileResult r = fix("ab = 1\n", upper, second);
    assertEquals("ABc = 1\n", r.output());
    assertEquals(List.of("T1", "T2"), codes(r.fixed()));
  }

  @Test
  void layoutFixesWaitForSemanticOnes() throws Exception {
    Fixer layout = TestFixers.replacing("L1", Kind.LAYOUT, Applicability.SAFE, " +\n", "\n");
    Fixer semantic = TestFixers.replacingFirst("S1", Kind.SEMANTIC, "\\bold\\d\\b", s -> "new");
    FileResult r = fix("old1 = 1   \nold2 = 2 \n", layout, semantic);
    assertEquals("new = 1\nnew = 2\n", r.output());
    assertEquals(List.of("S1", "S1", "L1", "L1"), codes(r.fixed()));
  }

  @Test
  void roundsRepeatUntilNothingApplies() throws Exception {
    Fixer count =
        TestFixers.replacingFirst(
            "T1", Kind.SEMANTIC, "\\b[1-4]\\b", s -> String.valueOf(Integer.parseInt(s) + 1));
    FileResult r = fix("x = 1\n", count);
    assertEquals("x = 5\n", r.output());
    assertEquals(4, r.fixed().size());
    assertEquals(List.of(), r.internalErrors());
  }

  @Test
  void reportsFixersThatNeverConverge() throws Exception {
    Fixer flip =
        TestFixers.replacingFirst(
            "T1", Kind.SEMANTIC, "\\b[ab]\\b", s -> s.equals("a") ? "b" : "a");
    FileResult r = fix("x = a\n", flip);
    assertEquals(FixEngine.MAX_ROUNDS, r.fixed().size());
    assertEquals(
        List.of("no fixpoint after 100 rounds; fixers still changing the text: T1"),
        r.internalErrors().stream().map(EngineError::message).toList());
    assertEquals("x = a\n", r.output());
  }

  @Test
  void keepsTheBoundariesOfANotebooksCells() throws Exception {
    String text = CellSeparator.join(List.of("a = 1\n", "b = 2\nx = 3\n"));
    Settings notebook = ALL.withKind(SourceKind.NOTEBOOK);
    // one fix deletes the separator line, the other edits the second cell
    Fixer joining =
        TestFixers.replacing(
            "T1", Kind.SEMANTIC, Applicability.SAFE, "\n" + CellSeparator.LINE, "");
    Fixer local = TestFixers.replacing("T2", Kind.SEMANTIC, Applicability.SAFE, "\\bx\\b", "y");
    FileResult r = fix(text, notebook, joining, local);
    assertEquals(CellSeparator.join(List.of("a = 1\n", "b = 2\ny = 3\n")), r.output());
    assertEquals(
        List.of(new DroppedFix("T1", 1, 6, "the fix would change where a notebook cell ends", 0)),
        r.dropped());
    // in another text the same fix is an ordinary one
    assertEquals("a = 1\nb = 2\ny = 3\n", fix(text, joining, local).output());
  }

  @Test
  void dropsABrokenFixAndKeepsTheGoodOnes() throws Exception {
    FileResult r = fix("good = 1\nbad = 2\ngood = 3\n", GOOD, BROKEN);
    assertEquals("fine = 1\nbad = 2\nfine = 3\n", r.output());
    assertEquals(List.of(new DroppedFix("T2", 2, 1, "fix produced invalid code")), r.dropped());
    assertEquals(List.of(), r.internalErrors(), "a dropped fix is a warning, not an error");
    assertEquals(List.of("T2"), codes(r.remaining()));
    assertEquals(List.of("T1", "T1"), codes(r.fixed()));
  }

  @Test
  void verifyingACheckTakesTheEditsOffTheFixesFixWouldDrop() throws Exception {
    Fixer brokenUnsafe =
        TestFixers.replacing("T2", Kind.SEMANTIC, Applicability.UNSAFE, "\\bbad\\b", "(bad");
    Fixer rename = TestFixers.replacing("L1", Kind.LAYOUT, Applicability.SAFE, "\\bx\\b", "y");
    FixEngine engine = new FixEngine(List.of(GOOD, brokenUnsafe, rename));
    String text = "good = 1\nbad = 2\nx = good\n";
    FileResult checked = engine.check(ParsedFile.parse(text), ALL);
    FileResult verified = engine.verifyFixes(checked, null, ALL);
    assertEquals(codes(checked.remaining()), codes(verified.remaining()), "every finding stays");
    List<String> titles =
        verified.remaining().stream().map(f -> f.fix().isPresent() ? "fix" : f.fixTitle()).toList();
    assertEquals(
        List.of(
            "fix",
            "fix",
            "not fixed: fix produced invalid code",
            "not fixed: layout fix changed the program"),
        titles);
    assertEquals(List.of(), verified.dropped(), "check warns of nothing it did not do");
    FileResult clean = engine.check(ParsedFile.parse("good = 1\n"), ALL);
    assertSame(clean, engine.verifyFixes(clean, null, ALL));
  }

  @Test
  void verifyingAFixesRemainingFindingsLeavesWhatItFixedAlone() throws Exception {
    FixEngine engine = new FixEngine(List.of(GOOD, BROKEN));
    FileResult fixed = engine.fix(ParsedFile.parse("good = 1\nbad = 2\n"), ALL);
    FileResult verified = engine.verifyFixes(fixed, null, ALL);
    assertEquals("fine = 1\nbad = 2\n", verified.output());
    assertEquals(fixed.fixed(), verified.fixed());
    assertEquals(fixed.dropped(), verified.dropped(), "dropped once, warned once");
    assertTrue(fixed.remaining().get(0).fix().isPresent());
    assertFalse(verified.remaining().get(0).fix().isPresent());
  }

  @Test
  void dropsAFixThatPutsAFutureImportAfterOtherCode() throws Exception {
    // the parser accepts it; the compiler does not
    Fixer hoist =
        TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "^from", "import os\nfrom");
    assertDroppedAlone(
        "from __future__ import annotations\n",
        hoist,
        "fix put a `from __future__` import after other code");
    Fixer rename =
        TestFixers.replacing("T2", Kind.SEMANTIC, Applicability.SAFE, "\\bold\\b", "new");
    String ordered = "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations; import old\n";
    assertEquals(
        "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations; import new\n",
        fix(ordered, rename).output());
  }

  @Test
  void dropsAFixThatChangesWhichCodingCommentPythonReads() throws Exception {
    // Python reads a coding comment on line 1, or on line 2 below a comment or blank line only
    String text = "import os\n# -*- coding: latin-1 -*-\nprint('x')\n";
    Fixer remove =
        TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "^import os\n", "");
    assertDroppedAlone(text, remove, "fix would change the coding comment Python reads");
    Fixer insert =
        TestFixers.replacing("T2", Kind.SEMANTIC, Applicability.SAFE, "^# x\n", "# x\nimport os\n");
    String effective = "# x\n# coding: latin-1\n";
    assertEquals(effective, fix(effective, insert).output());
    Fixer below = TestFixers.replacing("T3", Kind.SEMANTIC, Applicability.SAFE, "'x'", "'y'");
    assertEquals("import os\n# -*- coding: latin-1 -*-\nprint('y')\n", fix(text, below).output());
  }

  @Test
  void dropsALayoutFixThatChangesATokenAndReportsIt() throws Exception {
    Fixer rename = TestFixers.replacing("L1", Kind.LAYOUT, Applicability.SAFE, "\\bx\\b", "y");
    Fixer space = TestFixers.replacing("L2", Kind.LAYOUT, Applicability.SAFE, " +\n", "\n");
    FileResult r = fix("x = 1  \n", rename, space);
    assertEquals("x = 1\n", r.output());
    assertEquals(
        List.of(new DroppedFix("L1", 1, 1, "layout fix changed the program")), r.dropped());
  }

  @Test
  void acceptsALayoutFixThatAddsAnOptionalTrailingComma() throws Exception {
    Fixer comma = TestFixers.replacing("L1", Kind.LAYOUT, Applicability.SAFE, "b\\)", "b,)");
    FileResult r = fix("f(a, b)\n", comma);
    assertEquals("f(a, b,)\n", r.output());
    assertEquals(List.of(), r.internalErrors());
  }

  @Test
  void reportsAFixerThatThrowsAndRunsTheOthers() throws Exception {
    Fixer thrower =
        TestFixers.custom(
            "T9",
            Kind.SEMANTIC,
            "x",
            m -> {
              throw new IllegalStateException("boom");
            });
    Fixer good = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "\\by\\b", "z");
    FileResult r = fix("x = y\n", thrower, good);
    assertEquals("x = z\n", r.output());
    assertEquals(1, r.internalErrors().size());
    EngineError error = r.internalErrors().get(0);
    assertTrue(error.message().startsWith("T9: fixer failed (skipped)"), error.message());
    assertTrue(error.cause() instanceof IllegalStateException, "the exception is kept");
    assertTrue(error.stackTrace().contains("boom"), error.stackTrace());
  }

  @Test
  void leavesNoqaAndFmtOffRegionsAlone() throws Exception {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "\\bold\\b", "new");
    String text = "old = 1  # noqa: T1\n# fmt: off\nold = 2\n# fmt: on\nold = 3\n";
    FileResult r = fix(text, f);
    assertEquals("old = 1  # noqa: T1\n# fmt: off\nold = 2\n# fmt: on\nnew = 3\n", r.output());
    // reported in the region, without its fix, as Ruff's linter reports there
    assertEquals(1, r.remaining().size());
    assertEquals(text.indexOf("old = 2"), r.remaining().get(0).start());
    assertTrue(r.remaining().get(0).fix().isEmpty());
  }

  @Test
  void dropsLayoutFindingsInFmtOffRegions() throws Exception {
    Fixer f = TestFixers.replacing("T1", Kind.LAYOUT, Applicability.SAFE, " +\n", "\n");
    String text = "a = 1  \n# fmt: off\nb = 2  \n# fmt: on\n";
    FileResult r = fix(text, f);
    assertEquals("a = 1\n# fmt: off\nb = 2  \n# fmt: on\n", r.output());
    assertEquals(List.of(), r.remaining());
  }

  @Test
  void isDeterministicAndIndependentOfRegistryOrderForDisjointFixes() throws Exception {
    Fixer a = TestFixers.replacing("A1", Kind.SEMANTIC, Applicability.SAFE, "\\ba\\b", "aa");
    Fixer b = TestFixers.replacing("B1", Kind.SEMANTIC, Applicability.SAFE, "\\bb\\b", "bb");
    String text =
        IntStream.range(0, 50)
            .mapToObj(i -> i % 2 == 0 ? "a = 1\n" : "b = 2\n")
            .reduce("", String::concat);
    FileResult ab = fix(text, a, b);
    FileResult ba = fix(text, b, a);
    assertEquals(ab.output(), ba.output());
    assertEquals(ab.output(), fix(text, a, b).output());
    assertEquals(50, ab.fixed().size());
  }

  @Test
  void countsEveryFindingThatSharesTheAppliedFix() throws Exception {
    Fix shared = Fix.safe(new Edit(4, 9, "c"));
    Fixer both = TestFixers.custom("T1", Kind.SEMANTIC, "\\b[ab]\\b", m -> shared);
    FileResult r = fix("x = a + b\n", both);
    assertEquals("x = c\n", r.output());
    assertEquals(List.of("T1", "T1"), codes(r.fixed()));
  }

  @Test
  void reportsAParserCrashOnARoundsOutputAsAParserBug() throws Exception {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "old", "new");
    FixEngine crashing =
        new FixEngine(
            List.of(f),
            text -> {
              throw new IllegalStateException("parser bug");
            });
    FileResult r = crashing.fix(ParsedFile.parse("old = 1\n"), ALL);
    assertEquals("old = 1\n", r.output());
    assertEquals(List.of(), r.dropped());
    assertEquals(1, r.internalErrors().size());
    EngineError error = r.internalErrors().get(0);
    assertTrue(error.message().contains("parser crashed"), error.message());
    assertTrue(error.message().contains("parser bug"), error.message());
    assertTrue(error.cause() instanceof IllegalStateException);
  }

  private static FixEngine.Candidate candidate(Fixer f, int start, int end, int order) {
    Fix fix = Fix.safe(new Edit(start, end, "z"));
    return new FixEngine.Candidate(f, Finding.fixable(f.code(), "m", start, end, fix), order);
  }

  @Test
  void dropsAFixThatWritesAPep701FstringForAnOlderTarget() throws Exception {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "VALUE", "f'{d['k']}'");
    Settings py311 = new Settings(88, PythonVersion.PY311, List.of(), List.of(), false);
    FileResult old = fix("x = VALUE\n", py311, f);
    assertEquals("x = VALUE\n", old.output());
    assertTrue(old.dropped().get(0).reason().contains("py311 rejects"), old.dropped().toString());
    Settings py312 = new Settings(88, PythonVersion.PY312, List.of(), List.of(), false);
    assertEquals("x = f'{d['k']}'\n", fix("x = VALUE\n", py312, f).output());
  }

  @Test
  void dropsAFixThatWritesSyntaxTheTargetLacks() throws Exception {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "x = 1", "type x = 1");
    Settings py311 = new Settings(88, PythonVersion.PY311, List.of(), List.of(), false);
    FileResult r = fix("x = 1\n", py311, f);
    assertEquals("x = 1\n", r.output());
    assertEquals(
        List.of(
            new DroppedFix(
                "T1", 1, 1, "fix produced the type statement, which Python py311 rejects")),
        r.dropped());
  }

  @Test
  void keepsOtherFixesInAFileThatAlreadyHasPep701Fstrings() throws Exception {
    Fixer f = TestFixers.replacing("T1", Kind.SEMANTIC, Applicability.SAFE, "old", "new");
    Settings py311 = new Settings(88, PythonVersion.PY311, List.of(), List.of(), false);
    FileResult r = fix("old = f'{d['k']}'\n", py311, f);
    assertEquals("new = f'{d['k']}'\n", r.output());
    assertEquals(List.of(), r.internalErrors());
  }

  @Test
  void aRangeFixTakesOnlyFixesInsideTheRangeWhoseEndMovesWithTheEdits() throws Exception {
    // each round grows the first "a" inside the range; the range end follows the growth
    Fixer grow = TestFixers.replacingFirst("T1", Kind.SEMANTIC, "\\ba\\b", a -> "aa");
    Fixer semantic = TestFixers.replacing("T2", Kind.SEMANTIC, Applicability.SAFE, "zz", "y");
    Fixer layout = TestFixers.replacing("T3", Kind.LAYOUT, Applicability.SAFE, "  #", " #");
    String text = "zz = 1\nx = a + a  # c\nzz = 2\n";
    FixEngine engine = new FixEngine(List.of(grow, semantic, layout));
    int start = text.indexOf("x");
    // the second "a" ends where the range ends, and is still inside after the first one grew
    FileResult tight = engine.fix(ParsedFile.parse(text), ALL, start, text.indexOf("  #"));
    assertEquals("zz = 1\nx = aa + aa  # c\nzz = 2\n", tight.output());
    // semantic fixes outside the range do not hold back the layout fix inside it
    FileResult line = engine.fix(ParsedFile.parse(text), ALL, start, text.indexOf("zz = 2"));
    assertEquals("zz = 1\nx = aa + aa # c\nzz = 2\n", line.output());
  }
}
