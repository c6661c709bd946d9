package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.cli.Cli.Ran;

/** Approved texts of what users read: help, reports, diffs, rule documents. */
class CliOutputTest {
  @TempDir Path tmp;
  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  private static String ok(Ran r, int code) {
    assertEquals(code, r.code(), r.toString());
    return r.out();
  }

  @Test
  void help() {
    Approvals.verify(ok(cli.run("--help"), 0));
  }

  @Test
  void helpOfCheck() {
    Approvals.verify(ok(cli.run("check", "--help"), 0));
  }

  @Test
  void helpOfFix() {
    Approvals.verify(ok(cli.run("help", "fix"), 0));
  }

  @Test
  void helpOfDiff() {
    Approvals.verify(ok(cli.run("diff", "-h"), 0));
  }

  @Test
  void helpOfSettings() {
    Approvals.verify(ok(cli.run("settings", "--help"), 0));
  }

  @Test
  void helpOfServer() {
    Approvals.verify(ok(cli.run("server", "--help"), 0));
  }

  @Test
  void helpOfExplain() {
    Approvals.verify(ok(cli.run("explain", "--help"), 0));
  }

  @Test
  void explainW291() {
    Approvals.verify(
        ok(cli.run("explain", "W291"), 0), new Options().forFile().withExtension(".md"));
  }

  @Test
  void explainListsTheRules() {
    Approvals.verify(ok(cli.run("explain"), 0));
  }

  @Test
  void explainImportNamesTheSectionAndWhy() {
    assertEquals(
        "os.path: standard library (os is in the standard library of Python 3.8, 3.14 or a"
            + " version between)\n"
            + "sorted as isort, black profile (pyfix's default: no isort or Ruff settings found)\n",
        ok(cli.run("explain-import", "os.path"), 0));
    assertEquals(
        "..models: local (it is a relative import)\n"
            + "sorted as isort, black profile (pyfix's default: no isort or Ruff settings found)\n",
        ok(cli.run("explain-import", "..models"), 0));
  }

  private void writeProject() throws IOException {
    cli.write("src/app/__init__.py", "");
    cli.write("src/app/main.py", "import os \n\n\ndef main():\n    \n    return os.getcwd()\t\n");
    cli.write("src/app/clean.py", "x = 1\n");
    cli.write("src/app/crlf.py", "x = 1 \r\ny = 2\r\n");
    cli.write("src/app/tail.py", "print('no newline')");
    cli.write("src/app/stub.pyi", "def f() -> int: ... \n");
    cli.write("src/app/broken.py", "def f(:\n");
    cli.write("src/build/generated.py", "x = 1 \n");
  }

  @Test
  void checkReport() throws IOException {
    writeProject();
    Ran r = cli.run("check", "src", "missing.py");
    assertEquals(2, r.code(), r.toString());
    Approvals.verify("--- stdout\n" + r.out() + "--- stderr\n" + r.err());
  }

  @Test
  void diffReport() throws IOException {
    writeProject();
    Ran r = cli.run("diff", "src");
    assertEquals(2, r.code(), r.toString());
    Approvals.verify(
        "--- stdout\n" + r.stdoutText() + r.out() + "--- stderr\n" + r.err(),
        new Options().forFile().withExtension(".diff"));
  }

  @Test
  void fixReport() throws IOException {
    writeProject();
    Ran r = cli.run("fix", "--ignore", "W292", "src");
    assertEquals(2, r.code(), r.toString());
    Approvals.verify("--- stdout\n" + r.out() + "--- stderr\n" + r.err());
  }
}
