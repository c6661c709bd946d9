package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.cli.Cli.Ran;
import pyfix.testing.PatchTools;

class CliTest {
  private static final String CLEAN = "x = 1\n";
  private static final String DIRTY = "x = 1 \n\ndef f():\n    return 2\t\n";
  private static final String FIXED = "x = 1\n\ndef f():\n    return 2\n";
  private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

  @TempDir Path tmp;
  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  // check

  @Test
  void checkCleanFileExitsZero() throws IOException {
    cli.write("a.py", CLEAN);
    Ran r = cli.run("check", "a.py");
    assertEquals(0, r.code(), r.toString());
    assertEquals("All checks passed!\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void findingsSharingOneFixAreAllCountedAsFixed() throws IOException {
    cli.write("a.py", "def f(a: list = [], b: dict = {}):\n    return len(a) + len(b)\n");
    Ran check = cli.run("check", "--select", "B006", "a.py");
    assertTrue(check.out().endsWith("Found 2 problems (2 fixable) in 1 file\n"), check.out());
    Ran r = cli.run("fix", "--select", "B006", "a.py");
    assertEquals(0, r.code(), r.toString());
    assertEquals("Fixed 2 problems in 1 file, 0 remaining\n", r.out());
  }

  @Test
  void checkFindingsExitOneAndChangeNothing() throws IOException {
    cli.write("a.py", DIRTY);
    Ran r = cli.run("check", "a.py");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        """
        a.py:1:6: W291 [*] Trailing whitespace
        a.py:4:13: W291 [*] Trailing whitespace
        Found 2 problems (2 fixable) in 1 file
        """,
        r.out());
    assertEquals(DIRTY, cli.read("a.py"));
  }

  @Test
  void exitZeroTurnsFindingsIntoSuccess() throws IOException {
    cli.write("a.py", DIRTY);
    assertEquals(0, cli.run("check", "--exit-zero", "a.py").code());
    assertEquals(0, cli.run("diff", "--exit-zero", "a.py").code());
  }

  @Test
  void exitZeroStillFailsOnAFileThatCannotBeParsed() throws IOException {
    cli.write("a.py", "x = '" + "y".repeat(100) + "'\n");
    assertEquals(0, cli.run("fix", "--exit-zero", "a.py").code());
    cli.write("b.py", "def f(:\n");
    assertEquals(2, cli.run("fix", "--exit-zero", "a.py", "b.py").code());
  }

  @Test
  void exitNonZeroOnFixFailsWhenAFileChanged() throws IOException {
    cli.write("a.py", DIRTY);
    assertEquals(1, cli.run("fix", "--exit-non-zero-on-fix", "a.py").code());
    assertEquals(FIXED, cli.read("a.py"));
    assertEquals(0, cli.run("fix", "--exit-non-zero-on-fix", "a.py").code());
  }

  @Test
  void quietPrintsFindingsButNoSummary() throws IOException {
    cli.write("a.py", DIRTY);
    Ran r = cli.run("check", "-q", "a.py");
    assertEquals(1, r.code());
    assertEquals(2, r.out().lines().count(), r.out());
    assertTrue(r.out().lines().allMatch(l -> l.startsWith("a.py:")), r.out());
  }

  @Test
  void selectAndIgnoreChooseRules() throws IOException {
    cli.write("a.py", "x = 1 \n  \ny = 2");
    assertEquals(List.of("W291", "W293", "W292"), codes(cli.run("check", "-q", "a.py").out()));
    assertEquals(List.of("W293"), codes(cli.run("check", "-q", "--select", "w293", "a.py").out()));
    assertEquals(
        List.of("W291"), codes(cli.run("check", "-q", "--ignore=W292,W293", "a.py").out()));
    assertEquals(
        List.of("W293"),
        codes(
            cli.run(
                    "check",
                    "-q",
                    "--select",
                    "W29",
                    "--ignore",
                    "W291",
                    "--ignore",
                    "W292",
                    "a.py")
                .out()));
  }

  private static List<String> codes(String report) {
    return report.lines().map(l -> l.split(" ")[1]).toList();
  }

  // fix

  @Test
  void fixRewritesAndExitsZeroWhenNothingRemains() throws IOException {
    cli.write("a.py", DIRTY);
    Ran r = cli.run("fix", "a.py");
    assertEquals(0, r.code(), r.toString());
    assertEquals("Fixed 2 problems in 1 file, 0 remaining\n", r.out());
    assertEquals(FIXED, cli.read("a.py"));
    Ran again = cli.run("fix", "a.py");
    assertEquals("Fixed 0 problems in 0 files, 0 remaining\n", again.out());
  }

  @Test
  void fixLeavesCleanFilesUntouched() throws IOException {
    Path a = cli.write("a.py", CLEAN);
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000));
    assertEquals(0, cli.run("fix", "a.py").code());
    assertEquals(1_000_000, Files.getLastModifiedTime(a).toMillis());
  }

  @Test
  void fixExitsOneWhenFindingsRemain() throws IOException {
    // W293 cannot delete the last line's spaces after a backslash: the backslash would end the file
    cli.write("a.py", "x = 1 \\\n  ");
    Ran r = cli.run("fix", "--ignore", "W292", "a.py");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        """
        a.py:2:1: W293 Blank line contains whitespace
        Fixed 0 problems in 0 files, 1 remaining
        """,
        r.out());
    assertEquals("x = 1 \\\n  ", cli.read("a.py"));
  }

  @Test
  void fixKeepsPermissions() throws IOException {
    Path a = cli.write("tool.py", DIRTY);
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rwxr-x--x"));
    assertEquals(0, cli.run("fix", "tool.py").code());
    assertEquals(FIXED, cli.read("tool.py"));
    assertEquals("rwxr-x--x", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
  }

  @Test
  void fixKeepsLatin1CookieEncoding() throws IOException {
    String text = "# -*- coding: latin-1 -*-\ns = 'caf\u00e9' \n";
    cli.writeBytes("a.py", text.getBytes(LATIN_1));
    assertEquals(0, cli.run("fix", "a.py").code());
    assertArrayEquals(
        "# -*- coding: latin-1 -*-\ns = 'caf\u00e9'\n".getBytes(LATIN_1), cli.readBytes("a.py"));
  }

  @Test
  void fixKeepsByteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    cli.writeBytes("a.py", concat(bom, "x = '\u00e9' \n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, cli.run("fix", "a.py").code());
    assertArrayEquals(
        concat(bom, "x = '\u00e9'\n".getBytes(StandardCharsets.UTF_8)), cli.readBytes("a.py"));
  }

  @Test
  void fixKeepsCrlf() throws IOException {
    cli.write("a.py", "x = 1 \r\ny = 2\r\n");
    assertEquals(0, cli.run("fix", "a.py").code());
    assertEquals("x = 1\r\ny = 2\r\n", cli.read("a.py"));
  }

  @Test
  void fixAddsTheFilesOwnNewlineAtTheEnd() throws IOException {
    cli.write("a.py", "x = 1\r\ny = 2");
    Ran r = cli.run("fix", "a.py");
    assertEquals(0, r.code(), r.toString());
    assertEquals("x = 1\r\ny = 2\r\n", cli.read("a.py"));
  }

  // diff

  @Test
  void diffPrintsChangesAndWritesNothing() throws IOException {
    cli.write("a.py", DIRTY);
    Ran r = cli.run("diff", "a.py");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        """
        --- a/a.py
        +++ b/a.py
        @@ -1,4 +1,4 @@
        -x = 1\s
        +x = 1
        \s
         def f():
        -    return 2\t
        +    return 2
        """,
        r.stdoutText());
    assertEquals("", r.out());
    assertEquals("Would fix 2 problems in 1 file\n", r.err());
    assertEquals(DIRTY, cli.read("a.py"));
  }

  @Test
  void diffOfCleanFileIsEmpty() throws IOException {
    cli.write("a.py", CLEAN);
    Ran r = cli.run("diff", "a.py");
    assertEquals(0, r.code(), r.toString());
    assertEquals(0, r.stdout().length);
  }

  @Test
  void diffAppliesWithGitAndPatch() throws IOException {
    PatchTools.assumeAvailable("git");
    PatchTools.assumeAvailable("patch");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("pkg/lf.py", utf8(DIRTY));
    files.put("pkg/crlf.py", utf8("x = 1 \r\n\r\ny = 2\t\r\n"));
    files.put("pkg/no_newline.py", utf8("x = 1 \ny = 2"));
    files.put("pkg/crlf_no_newline.py", utf8("x = 1\r\ny = 2 "));
    files.put("pkg/blank.py", utf8("if x:\n    y = 1\n    \n    z = 2\n"));
    files.put("pkg/bom.py", utf8("\uFEFFs = 'é'  \ny = 2\n"));
    files.put(
        "pkg/latin1.py", "# coding: latin-1\ns = 'é'  \n".getBytes(StandardCharsets.ISO_8859_1));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      cli.writeBytes(f.getKey(), f.getValue());
    }
    byte[] diff = cli.run("diff", "pkg").stdout();
    cli.run("fix", "pkg");
    for (String[] tool : new String[][] {{"git", "apply", "-"}, {"patch", "-p1", "--batch"}}) {
      Path work = Files.createTempDirectory(tmp, tool[0]);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        new Cli(work).writeBytes(f.getKey(), f.getValue());
      }
      PatchTools.apply(work, diff, tool);
      for (String name : files.keySet()) {
        assertArrayEquals(cli.readBytes(name), new Cli(work).readBytes(name), tool[0] + " " + name);
      }
    }
  }

  @Test
  void diffOfAnAbsolutePathNamesItRelativeToTheWorkingDirectory() throws IOException {
    PatchTools.assumeAvailable("git");
    Path a = cli.write("pkg/a.py", DIRTY);
    byte[] diff = cli.run("diff", a.toString()).stdout();
    assertTrue(new String(diff, StandardCharsets.UTF_8).startsWith("--- a/pkg/a.py\n"));
    PatchTools.apply(tmp, diff, "git", "apply", "-");
    assertEquals(FIXED, cli.read("pkg/a.py"));
  }

  // files that are not plain files

  @Test
  void fifoIsRefusedAndLeftAFifo() throws Exception {
    Path fifo = tmp.resolve("pipe.py");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    cli.write("a.py", DIRTY);
    for (String verb : List.of("check", "fix", "diff")) {
      Ran r = cli.run(verb, "pipe.py", "a.py");
      assertEquals(2, r.code(), r.toString());
      assertTrue(
          r.err().startsWith("pipe.py: error: not a regular file (a FIFO, socket or device)\n"),
          r.toString());
    }
    assertTrue(
        Files.readAttributes(fifo, BasicFileAttributes.class).isOther(), "the FIFO was replaced");
    assertEquals(FIXED, cli.read("a.py"));
    assertEquals(0, cli.run("check", ".").code(), "a walk passes over the FIFO");
  }

  @Test
  void fixKeepsAHardLinkedFilesInode() throws IOException {
    Path a = cli.write("a.py", DIRTY);
    Path b = Files.createLink(tmp.resolve("b.py"), a);
    Object inode = Files.getAttribute(a, "unix:ino");
    assertEquals(0, cli.run("fix", "a.py").code());
    assertEquals(FIXED, cli.read("b.py"));
    assertEquals(inode, Files.getAttribute(a, "unix:ino"));
    assertEquals(inode, Files.getAttribute(b, "unix:ino"));
    assertEquals(List.of("a.py", "b.py"), names(tmp));
  }

  @Test
  void fixRemovesTemporaryFilesLeftByAKilledRun() throws IOException {
    // a process id above any pid_max: its process is gone
    cli.write("pkg/a.py", DIRTY);
    cli.write("pkg/.a.py.99999999-1.pyfix-tmp", "");
    cli.write("pkg/.a.py.99999999-2.pyfix-tmp", "x = 1\n\ndef");
    // a hard-linked file cut off while its complete copy was written into it: finished
    cli.write("pkg/b.py", FIXED.substring(0, 9));
    cli.write("pkg/.b.py.99999999-3.pyfix-new", FIXED);
    // one whose user edited it since: their text stays
    cli.write("pkg/c.py", "y = 2\n");
    cli.write("pkg/.c.py.99999999-4.pyfix-new", FIXED);
    cli.write("pkg/.other.py.1.pyfix-tmp.txt", "not ours");
    // the names of earlier versions (no process id): an hour old goes, a fresh one may be in use
    Path old = cli.write("pkg/.a.py.8286234109675517441.pyfix-tmp", "x = ");
    Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    cli.write("pkg/.c.py.123.pyfix-tmp", "");
    assertEquals(0, cli.run("fix", "pkg").code());
    assertEquals(
        List.of(".c.py.123.pyfix-tmp", ".other.py.1.pyfix-tmp.txt", "a.py", "b.py", "c.py"),
        names(tmp.resolve("pkg")));
    assertEquals(FIXED, cli.read("pkg/b.py"));
    assertEquals("y = 2\n", cli.read("pkg/c.py"));

    cli.write("named.py", DIRTY);
    cli.write(".named.py.99999999-5.pyfix-tmp", "");
    assertEquals(0, cli.run("fix", "named.py").code());
    assertTrue(Files.notExists(tmp.resolve(".named.py.99999999-5.pyfix-tmp")));
  }

  private static List<String> names(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // stdin

  @Test
  void fixReadsStdinAndWritesStdout() {
    Ran r = cli.runWithStdin(DIRTY.getBytes(StandardCharsets.UTF_8), "fix", "-");
    assertEquals(0, r.code(), r.toString());
    assertEquals(FIXED, r.stdoutText());
    assertEquals("", r.out());
    assertEquals("Fixed 2 problems in 1 file, 0 remaining\n", r.err());
  }

  @Test
  void fixFromStdinKeepsTheEncoding() {
    String text = "# coding: latin-1\ns = '\u00e9' \n";
    Ran r = cli.runWithStdin(text.getBytes(LATIN_1), "fix", "-q", "-");
    assertArrayEquals("# coding: latin-1\ns = '\u00e9'\n".getBytes(LATIN_1), r.stdout());
  }

  @Test
  void cleanStdinComesBackUnchanged() {
    Ran r = cli.runWithStdin("x = 1".getBytes(StandardCharsets.UTF_8), "fix", "--select=W291", "-");
    assertEquals(0, r.code(), r.toString());
    assertEquals("x = 1", r.stdoutText());
  }

  @Test
  void stdinWithASyntaxErrorPassesThroughUnchanged() {
    byte[] in = "def f(:\n    x = 1 \n".getBytes(StandardCharsets.UTF_8);
    Ran r = cli.runWithStdin(in, "fix", "-");
    assertEquals(2, r.code(), r.toString());
    assertArrayEquals(in, r.stdout());
    assertTrue(r.err().startsWith("-:1:7: error: "), r.err());
  }

  @Test
  void checkAndDiffOfStdinUseTheStdinFilename() {
    byte[] in = DIRTY.getBytes(StandardCharsets.UTF_8);
    Ran check = cli.runWithStdin(in, "check", "--stdin-filename", "src/m.py", "-");
    assertEquals(1, check.code(), check.toString());
    assertTrue(check.out().startsWith("src/m.py:1:6: W291 [*] Trailing whitespace\n"), check.out());
    Ran diff = cli.runWithStdin(in, "diff", "-");
    assertEquals(1, diff.code(), diff.toString());
    assertTrue(
        diff.stdoutText().startsWith("--- a/-\n+++ b/-\n@@ -1,4 +1,4 @@\n"), diff.stdoutText());
    assertEquals("", diff.out());
  }

  @Test
  void stdinCannotBeMixedWithPaths() throws IOException {
    cli.write("a.py", CLEAN);
    Ran r = cli.run("check", "-", "a.py");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cannot be mixed"), r.err());
  }

  // errors

  @Test
  void syntaxErrorAmongGoodFilesIsReportedAndTheOthersAreFixed() throws IOException {
    cli.write("a.py", DIRTY);
    cli.write("b.py", "def f(:\n    pass \n");
    cli.write("c.py", DIRTY);
    Ran r = cli.run("fix", ".");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("b.py:1:"), r.err());
    assertTrue(r.err().lines().findFirst().orElseThrow().contains(": error: "), r.err());
    assertEquals("def f(:\n    pass \n", cli.read("b.py"));
    assertEquals(FIXED, cli.read("a.py"));
    assertEquals(FIXED, cli.read("c.py"));
  }

  @Test
  void missingPathIsAnErrorAndTheOthersAreStillChecked() throws IOException {
    cli.write("a.py", DIRTY);
    Ran r = cli.run("check", "nope.py", "a.py");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("nope.py: error: no such file or directory\n"), r.err());
    assertTrue(r.out().startsWith("a.py:1:6: W291"), r.out());
  }

  @Test
  void unreadableFileIsAnError() throws IOException {
    Path a = cli.write("a.py", DIRTY);
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("-w-------"));
    assumeFalse(Files.isReadable(a), "running as a user who reads all");
    Ran r = cli.run("fix", "a.py");
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "a.py: error: cannot read: permission denied\n", r.err().lines().findFirst().get() + "\n");
  }

  @Test
  void readOnlyFileIsAnErrorAndUntouched() throws IOException {
    Path a = cli.write("a.py", DIRTY);
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("r--r--r--"));
    Ran r = cli.run("fix", "a.py");
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "a.py: error: cannot write: read-only file\n", r.err().lines().findFirst().get() + "\n");
    assertEquals(DIRTY, cli.read("a.py"));
  }

  @Test
  void binaryFileIsAnErrorAndUntouched() throws IOException {
    byte[] bytes = {'x', ' ', '\n', 0, 1, 2, (byte) 0xff};
    cli.writeBytes("data.py", bytes);
    cli.write("b.py", DIRTY);
    Ran r = cli.run("fix", ".");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("data.py:2:1: error: "), r.err());
    assertArrayEquals(bytes, cli.readBytes("data.py"));
    assertEquals(FIXED, cli.read("b.py"));
  }

  @Test
  void undecodableFileIsAFindingOfCheckAndAnErrorOfFix() throws IOException {
    byte[] latin = {'x', ' ', '=', ' ', '"', (byte) 0xe9, '"', '\n'};
    cli.writeBytes("a.py", latin);
    Ran fix = cli.run("fix", "--exit-zero", "a.py");
    assertEquals(2, fix.code(), fix.toString());
    assertArrayEquals(latin, cli.readBytes("a.py"));
    assertEquals(0, cli.run("check", "--exit-zero", "a.py").code());
    Ran r = cli.run("check", "a.py");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().startsWith("a.py:1:6: error: "), r.err());
    assertEquals("", r.out());
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    cli.write("a.py", CLEAN);
    assertEquals(2, cli.run().code());
    assertEquals(2, cli.run("check", "--line-length", "0", "a.py").code());
    assertEquals(2, cli.run("check", "--jobs", "0", "a.py").code());
    assertEquals(2, cli.run("check", "--target-version", "py27", "a.py").code());
    assertEquals(2, cli.run("check", "--select", "W2-9", "a.py").code());
    Ran unknown = cli.run("check", "--ignore", "W291,X9", "a.py");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown
            .err()
            .startsWith("error: --ignore: no rule matches X9 (pyfix explain lists the rules)\n"),
        unknown.err());
    assertEquals(2, cli.run("frobnicate").code());
  }

  @Test
  void targetVersionAcceptsEachVersion() throws IOException {
    cli.write("a.py", CLEAN);
    for (String v : List.of("py38", "py39", "py310", "py311", "py312", "py313", "PY314")) {
      assertEquals(0, cli.run("check", "--target-version", v, "a.py").code(), v);
    }
  }

  // files and order

  @Test
  void walkingSkipsToolAndBuildFolders() throws IOException {
    for (String skipped :
        List.of(
            ".mypy_cache",
            "__pycache__",
            ".git",
            ".venv",
            "venv",
            "build",
            "dist",
            "node_modules",
            ".tox")) {
      cli.write("p/" + skipped + "/x.py", DIRTY);
    }
    cli.write("p/ok.py", DIRTY);
    cli.write("p/notes.txt", DIRTY);
    Ran r = cli.run("check", "-q", "p");
    assertEquals(
        List.of("p/ok.py", "p/ok.py"),
        r.out().lines().map(l -> l.substring(0, l.indexOf(':'))).toList());
  }

  @Test
  void explicitFileIsCheckedWhateverItsName() throws IOException {
    cli.write("build/tool", DIRTY);
    Ran r = cli.run("check", "-q", "build/tool");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().startsWith("build/tool:1:6: W291"), r.out());
  }

  @Test
  void outputOrderDoesNotDependOnJobs() throws IOException {
    for (int i = 0; i < 40; i++) {
      String body = i % 3 == 0 ? "x = 1\n" : DIRTY.repeat(1 + i % 5);
      cli.write("pkg/sub" + (i % 4) + "/m" + i + ".py", body);
    }
    cli.write("pkg/bad.py", "def (:\n");
    Ran one = cli.run("check", "--jobs", "1", "pkg");
    Ran four = cli.run("check", "-j", "4", "pkg");
    assertEquals(one.out(), four.out());
    assertEquals(one.err(), four.err());
    List<String> paths =
        one.out()
            .lines()
            .filter(l -> l.contains(":"))
            .map(l -> l.substring(0, l.indexOf(':')))
            .distinct()
            .toList();
    assertEquals(paths.stream().sorted().toList(), paths);
    Ran diffOne = cli.run("diff", "-j1", "pkg");
    Ran diffFour = cli.run("diff", "-j4", "pkg");
    assertEquals(diffOne.stdoutText(), diffFour.stdoutText());
  }

  @Test
  void fixWritesEveryFileInParallel() throws IOException {
    for (int i = 0; i < 12; i++) {
      cli.write("many/m" + i + ".py", DIRTY);
    }
    Ran r = cli.run("fix", "-j", "3", "many");
    assertEquals("Fixed 24 problems in 12 files, 0 remaining\n", r.out(), r.toString());
    for (int i = 0; i < 12; i++) {
      assertEquals(FIXED, cli.read("many/m" + i + ".py"));
    }
  }

  // usage, help, version, explain

  @Test
  void versionPrintsTheProjectVersion() {
    Ran r = cli.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().matches("pyfix \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), r.out());
    assertEquals(r.out(), cli.run("check", "-V").out());
    assertEquals(r.out(), cli.run("explain", "--version").out());
  }

  @Test
  void helpVerbPrintsTheHelpOfPyfixOrOfAVerb() {
    Ran root = cli.run("help");
    assertEquals(0, root.code(), root.toString());
    assertEquals(cli.run("--help").out(), root.out());
    assertEquals(cli.run("diff", "--help").out(), cli.run("help", "diff").out());
    Ran own = cli.run("help", "--help");
    assertEquals(0, own.code(), own.toString());
    assertTrue(own.out().contains("Usage: pyfix help [-h] [COMMAND]\n"), own.out());
  }

  @Test
  void aMistypedVerbIsAUsageErrorThatNamesTheVerbMeant() {
    Ran r = cli.run("chek", "a.py");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("error: Unmatched arguments from index 0"), r.err());
    assertTrue(r.err().contains("(did you mean check"), r.err());
  }

  @Test
  void aRunDeclaresOnlyTheVerbItNames() {
    PyfixCommand command =
        new PyfixCommand(tmp, InputStream.nullInputStream(), OutputStream.nullOutputStream());
    assertEquals(
        List.of("check"), List.copyOf(command.commandLine("check").getSubcommands().keySet()));
    assertTrue(
        command
            .commandLine("help")
            .getSubcommands()
            .keySet()
            .containsAll(List.of("check", "fix", "diff", "rules")));
    assertTrue(command.commandLine("chek").getSubcommands().containsKey("check"));
  }

  @Test
  void helpOfAnUnknownVerbIsAUsageError() {
    Ran r = cli.run("help", "chek");
    assertEquals(2, r.code(), r.toString());
    assertEquals("error: Unknown subcommand 'chek'.\nRun 'pyfix --help' for usage.\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void usageErrorsAreOneLineAndAHint() {
    Ran noVerb = cli.run();
    assertEquals(2, noVerb.code(), noVerb.toString());
    assertEquals(
        "error: Missing required subcommand\nRun 'pyfix --help' for usage.\n", noVerb.err());
    Ran badNumber = cli.run("fix", "--line-length=wide", "a.py");
    assertEquals(2, badNumber.code(), badNumber.toString());
    assertEquals(
        "error: Invalid value for option '--line-length': 'wide' is not an int\n"
            + "Run 'pyfix fix --help' for usage.\n",
        badNumber.err());
    Ran typo = cli.run("check", "--selct=W", "a.py");
    assertEquals(2, typo.code(), typo.toString());
    assertTrue(typo.err().startsWith("error: Unknown option: '--selct=W'"), typo.err());
    assertTrue(typo.err().endsWith("\nRun 'pyfix check --help' for usage.\n"), typo.err());
    assertEquals("", badNumber.out() + typo.out());
  }

  @Test
  void aRepeatedOptionTakesItsLastValue() throws IOException {
    cli.write("a.py", "x = '" + "y".repeat(90) + "'\n");
    assertEquals(1, cli.run("check", "--line-length=200", "--line-length", "80", "a.py").code());
    Ran quiet = cli.run("check", "-q", "-q", "--line-length=80", "--line-length=200", "a.py");
    assertEquals(0, quiet.code(), quiet.toString());
    assertEquals("", quiet.out());
  }

  @Test
  void noPathMeansTheWorkingDirectory() throws IOException {
    cli.write("pkg/a.py", DIRTY);
    cli.write("build/b.py", DIRTY); // excluded by default
    Ran r = cli.run("check");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().startsWith("pkg/a.py:1:6: W291"), r.out());
    assertTrue(!r.out().contains("build"), r.out());
  }

  @Test
  void ruffsSelectionAndExcludeOptions() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix]\nselect = [\"W291\"]\nextend-exclude = [\"gen\"]\n");
    cli.write("a.py", "x = 1 \ny = 2\t\nz = 3");
    cli.write("gen/b.py", DIRTY);
    cli.write("vendor/c.py", DIRTY);
    cli.write("build/d.py", DIRTY); // excluded by the default exclude
    assertEquals(
        List.of(
            "a.py:1:6: W291", "a.py:2:6: W291", "vendor/c.py:1:6: W291", "vendor/c.py:4:13: W291"),
        codes(cli.run("check", "-q")));
    assertEquals(
        List.of("a.py:1:6: W291", "a.py:2:6: W291", "a.py:3:6: W292"),
        codes(cli.run("check", "-q", "--extend-select=W292", "--extend-exclude=vendor")));
    assertEquals(
        List.of("build/d.py:1:6: W291", "build/d.py:4:13: W291"),
        codes(cli.run("check", "-q", "--exclude", "a.py,vendor")));
    Ran ignored = cli.run("check", "-q", "--extend-ignore=W291", ".");
    assertEquals(0, ignored.code(), ignored.toString());
    Ran badGlob = cli.run("check", "--exclude", "[a", ".");
    assertEquals(2, badGlob.code(), badGlob.toString());
  }

  /** The {@code path:line:col: CODE} of each finding a run printed. */
  private static List<String> codes(Ran r) {
    return r.out().lines().map(l -> l.substring(0, l.indexOf(' ', l.indexOf(": ") + 2))).toList();
  }

  @Test
  void ruffsVerbOptionsSwitchTheVerb() throws IOException {
    cli.write("a.py", DIRTY);
    Ran checkDiff = cli.run("check", "--diff", "a.py");
    Ran fixDiff = cli.run("fix", "--diff", "a.py");
    assertEquals(1, checkDiff.code(), checkDiff.toString());
    assertTrue(checkDiff.stdoutText().startsWith("--- a/a.py\n"), checkDiff.stdoutText());
    assertEquals(checkDiff.stdoutText(), fixDiff.stdoutText());
    assertEquals(DIRTY, cli.read("a.py"));
    Ran checkFix = cli.run("check", "--fix", "a.py");
    assertEquals(0, checkFix.code(), checkFix.toString());
    assertEquals(FIXED, cli.read("a.py"));
  }

  @Test
  void explainUnknownRuleExitsTwo() {
    Ran r = cli.run("explain", "X999");
    assertEquals(2, r.code());
    assertEquals("error: unknown rule: X999 (pyfix explain lists the rules)\n", r.err());
  }

  @Test
  void explainFindsRulesByCodeOrName() {
    Ran byCode = cli.run("explain", "w291");
    Ran byName = cli.run("explain", "trailing-whitespace");
    assertEquals(0, byCode.code(), byCode.toString());
    assertEquals(byCode.out(), byName.out());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void verboseNamesTheSettingsFilesRead(@TempDir Path dir) throws Exception {
    Cli cli = new Cli(dir);
    cli.write(
        "app/pyproject.toml", "[tool.pyfix]\nline-length = 100\n[tool.black]\nline-length = 90\n");
    cli.write("app/a.py", "x = 1\n");
    cli.write("plain/b.py", "x = 1\n");
    Cli.Ran r = cli.run("check", "--no-cache", "--verbose", "app", "plain");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.err().contains("settings for app: app/pyproject.toml\n"), r.toString());
    assertTrue(r.err().contains("settings for .: none (defaults)\n"), r.toString());
    assertFalse(cli.run("check", "--no-cache", "app").err().contains("settings for"));
  }
}
