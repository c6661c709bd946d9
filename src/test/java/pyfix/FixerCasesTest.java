package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.integrations.junit5.JupiterApprovals;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import pyfix.fix.FileResult;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fixers.Fixers;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;
import pyfix.source.Tokenizer;
import pyfix.testing.Oracle;

/** Checks every case under testdata/ against its approved output and the engine's guarantees. */
class FixerCasesTest {
  private static final Map<String, String> NEWLINES =
      Map.of("LF", "\n", "CRLF", "\r\n", "CR", "\r");

  @TestFactory
  Stream<DynamicNode> cases() throws PyfixSyntaxException {
    List<FixerCase> cases = FixerCase.all();
    Map<FixerCase, FileResult> results = new LinkedHashMap<>();
    Map<String, byte[][]> layoutPairs = new LinkedHashMap<>();
    Map<String, byte[][]> docstringPairs = new LinkedHashMap<>();
    for (FixerCase c : cases) {
      FileResult r = Pyfix.fix(c.text(), c.settings(false));
      results.put(c, r);
      byte[][] pair = {PythonAst.utf8(c.text()), PythonAst.utf8(r.output())};
      if (fixer(c).metadata().kind() == Kind.LAYOUT) {
        layoutPairs.put(c.name().replace('/', '_'), pair);
      }
      if (keepsDocstrings(c)) {
        docstringPairs.put(c.name().replace('/', '_'), pair);
      }
    }
    // python3 compares every pair at once; when it is absent each check skips
    boolean python = Oracle.PYTHON3.present();
    PythonAst.Verdict ast = python ? PythonAst.compare(layoutPairs) : null;
    PythonAst.Verdict docstrings = python ? PythonAst.compareDocstrings(docstringPairs) : null;
    return cases.stream()
        .map(c -> dynamicContainer(c.name(), checks(c, results.get(c), ast, docstrings)));
  }

  /**
   * Whether the case's rule must leave every docstring as it was: all but pydocstyle's. Cases for
   * Python 3.12 and later are left out: python3 here is 3.11, which cannot compile PEP 701
   * f-strings.
   */
  private static boolean keepsDocstrings(FixerCase c) {
    return !c.code().startsWith("D")
        && !c.settings(false).targetVersion().atLeast(PythonVersion.PY312);
  }

  private static Stream<DynamicNode> checks(
      FixerCase c, FileResult r, PythonAst.Verdict ast, PythonAst.Verdict docstrings) {
    List<DynamicNode> checks = new ArrayList<>();
    if (c.noop()) {
      checks.add(dynamicTest("stays byte-identical", () -> noop(c, r)));
    } else {
      checks.add(JupiterApprovals.dynamicTest("approved output", o -> approved(c, r, "", o)));
    }
    checks.add(dynamicTest("unsafe run", () -> unsafe(c, r)));
    checks.add(dynamicTest("output parses and re-tokenizes", () -> parses(r.output())));
    checks.add(dynamicTest("second run is a no-op", () -> secondRunNoop(c, r)));
    checks.add(dynamicTest("converges without internal errors", () -> converges(r)));
    for (Map.Entry<String, String> nl : NEWLINES.entrySet()) {
      checks.add(dynamicTest(nl.getKey() + " variant", () -> newlineVariant(c, r, nl.getValue())));
    }
    if (fixer(c).metadata().kind() == Kind.LAYOUT) {
      checks.add(dynamicTest("same AST (python3)", () -> same(c, ast, "the AST changed")));
    }
    if (keepsDocstrings(c)) {
      checks.add(
          dynamicTest(
              "same docstrings (python3)", () -> same(c, docstrings, "a docstring changed")));
    }
    return checks.stream();
  }

  private static void noop(FixerCase c, FileResult r) {
    assertTrue(
        c.approved("").isEmpty(), c.name() + ": a noop_ case must not have an approved file");
    assertSame(c.text(), r.output(), "a noop_ case must come back as the same string");
    assertTrue(r.fixed().isEmpty());
  }

  private static void approved(FixerCase c, FileResult r, String variant, Options options) {
    assertNotEquals(c.text(), r.output(), c.name() + " changes nothing: name it noop_" + c.name());
    TestdataNamer namer =
        new TestdataNamer(
            c.input(), variant, options.forFile().getNamer().getAdditionalInformation());
    Approvals.verify(r.output(), options.forFile().withExtension(".py").forFile().withNamer(namer));
    // ApprovalTests compares with line breaks normalized; pyfix must keep them exactly.
    String approved = c.approved(variant).orElseThrow();
    if (!approved.equals(r.output())) {
      writeReceived(namer, r.output());
      assertEquals(approved, r.output(), "output differs from the approved file in its bytes");
    }
  }

  private static void unsafe(FixerCase c, FileResult safe) throws PyfixSyntaxException {
    FileResult unsafe = Pyfix.fix(c.text(), c.settings(true));
    Optional<String> approved = c.approved(".unsafe");
    if (approved.isPresent()) {
      assertEquals(approved.get(), unsafe.output(), "differs from the .unsafe.approved.py file");
      assertTrue(!c.unsafeOption(), "a case run with --unsafe-fixes needs no unsafe variant");
    } else {
      assertEquals(
          safe.output(), unsafe.output(), "--unsafe-fixes differs: add .unsafe.approved.py");
    }
  }

  static void parses(String output) throws Exception {
    ParsedFile.parse(output);
    String joined =
        Tokenizer.tokenize(output).stream().map(t -> t.text(output)).collect(Collectors.joining());
    assertEquals(output, joined, "tokens do not concatenate back to the output");
  }

  private static void secondRunNoop(FixerCase c, FileResult r) throws PyfixSyntaxException {
    FileResult again = Pyfix.fix(r.output(), c.settings(false));
    assertSame(r.output(), again.output(), "a second run changed the output");
    assertTrue(again.fixed().isEmpty(), "a second run fixed " + again.fixed());
  }

  private static void converges(FileResult r) {
    assertEquals(List.of(), r.internalErrors());
    assertEquals(List.of(), r.dropped());
  }

  private static void newlineVariant(FixerCase c, FileResult r, String newline)
      throws PyfixSyntaxException {
    // A text without a line break gets the default "\n": there is no style to follow.
    Assumptions.assumeTrue(
        c.text().contains("\n") || c.text().contains("\r"), "the case has no line break");
    String input = FixerCase.withNewlines(c.text(), newline);
    FileResult variant = Pyfix.fix(input, c.settings(false));
    assertEquals(FixerCase.withNewlines(r.output(), newline), variant.output());
    assertEquals(List.of(), variant.internalErrors());
    assertEquals(List.of(), variant.dropped());
  }

  private static void same(FixerCase c, PythonAst.Verdict v, String difference) {
    if (v == null) {
      Oracle.PYTHON3.require();
    }
    String name = c.name().replace('/', '_');
    assertEquals(
        List.of(),
        v.broken().stream().filter(b -> b.startsWith(name + ":")).toList(),
        "python3 rejects the output");
    assertTrue(!v.different().contains(name), difference);
    Assumptions.assumeFalse(
        v.skipped().contains(name), "python3 cannot parse the input (newer syntax)");
  }

  private static Fixer fixer(FixerCase c) {
    return Fixers.ALL.stream()
        .filter(f -> f.code().equals(c.code()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("testdata/" + c.code() + " has no fixer"));
  }

  private static void writeReceived(TestdataNamer namer, String output) {
    try {
      Files.write(namer.getReceivedFile(".py").toPath(), output.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      fail(e);
    }
  }
}
