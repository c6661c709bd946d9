package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pyfix.cli.Cli.Ran;

/** Settings files, excludes and .gitignore, driven through the command line on project trees. */
class ProjectSettingsCliTest {
  /** Trailing whitespace (W291) on line 1, a blank line with spaces (W293) on line 2. */
  private static final String DIRTY = "x = 1 \n    \ny = 2\n";

  @TempDir Path tmp;
  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  /** The value line of {@code key} in what {@code pyfix settings} printed. */
  private static String setting(Ran r, String key) {
    return r.out()
        .lines()
        .filter(l -> l.startsWith(key + " = "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in\n" + r));
  }

  private Ran settings(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "settings";
    System.arraycopy(args, 0, all, 1, args.length);
    Ran r = cli.run(all);
    assertEquals(0, r.code(), r.toString());
    return r;
  }

  // settings files

  @Test
  void settingsCommandShowsEachValueAndItsOrigin() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [project]
        name = "app"
        requires-python = ">=3.10"
        dynamic = ["version"]
        x-released = 1979-05-27T07:32:00Z
        x-ratio = 0.5

        [tool.black]
        line-length = 100

        [tool.isort]
        profile = "black"
        known_first_party = ["app", "lib"]

        [tool.pyfix]
        ignore = ["W293"]
        extend-exclude = ["tests/fixtures"]
        src = ["src", "tools"]
        max-complexity = 12

        [tool.pyfix.per-file-ignores]
        "tests/**" = ["W291"]

        [tool.ruff.lint.flake8-annotations]
        mypy-init-return = true
        """);
    cli.write("tests/test_a.py", DIRTY);
    Ran r = settings("--unsafe-fixes", "tests/test_a.py");
    assertEquals(
        """
        # Settings for tests/test_a.py
        # Settings file: pyproject.toml
        # Project root: .
        line-length = 100  # pyproject.toml [tool.black] line-length
        target-version = "py310"  # pyproject.toml [project] requires-python = ">=3.10"
        select = ["E4", "E7", "E9", "F", "I001", "I002", "W291", "W292", "W293", "E701", "E702", "E703"]  # the rules of the tools configured here: Ruff, isort, Black
        ignore = ["W293"]  # pyproject.toml [tool.pyfix]
        unsafe-fixes = true  # command line
        extend-safe-fixes = []  # default
        extend-unsafe-fixes = []  # default
        fixable = ["ALL"]  # default
        unfixable = []  # default
        exclude = [".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", \
        ".ipynb_checkpoints", ".mypy_cache", ".nox", ".pants.d", ".pyenv", ".pytest_cache", \
        ".pytype", ".pyfix_cache", ".ruff_cache", ".svn", ".tox", ".venv", ".vscode", "__pycache__", \
        "__pypackages__", "_build", "buck-out", "build", "dist", "node_modules", "site-packages", \
        "venv"]  # default
        extend-exclude = ["tests/fixtures"]  # pyproject.toml [tool.pyfix]
        per-file-ignores = { "tests/**" = ["W291"] }  # pyproject.toml [tool.pyfix]
        known-first-party = ["app", "lib"]  # pyproject.toml [tool.isort] known_first_party
        known-third-party = []  # default
        src = ["src", "tools"]  # pyproject.toml [tool.pyfix]
        import-style = "isort"  # isort, from pyproject.toml [tool.isort]
        ignore-init-module-imports = true  # default
        allowed-unused-imports = []  # default
        dummy-variable-rgx = "^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+?))$"  # default
        max-complexity = 12  # pyproject.toml [tool.pyfix]
        max-function-lines = 50  # default
        max-module-lines = 300  # default
        flake8-annotations = { mypy-init-return = true, suppress-dummy-args = false, \
        suppress-none-returning = false, allow-star-arg-any = false, ignore-fully-untyped = false }\
          # pyproject.toml [tool.ruff.lint.flake8-annotations]
        pydocstyle = { ignore-decorators = [] }  # default
        pycodestyle = { ignore-overlong-task-comments = false }  # default
        # I001 sorter options:
        #   profile = "black"  # pyproject.toml [tool.isort]
        # per-file-ignores also ignore ["W291"] in this file
        """,
        r.out());
  }

  @Test
  void withoutSettingsFilesTheDefaultsApply() {
    Ran r = settings();
    assertTrue(r.out().startsWith("# Settings for the files in .\n# Settings file: none"), r.out());
    assertEquals("line-length = 88  # default", setting(r, "line-length"));
    assertEquals("target-version = \"py39\"  # default", setting(r, "target-version"));
    assertEquals("src = [\".\", \"src\"]  # default", setting(r, "src"));
  }

  @Test
  void pyfixTableWinsOverAdoptedValues() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [project]
        requires-python = ">=3.8"
        [tool.black]
        line-length = 100
        [tool.pyfix]
        line-length = 79
        target-version = "py312"
        """);
    Ran r = settings();
    assertEquals("line-length = 79  # pyproject.toml [tool.pyfix]", setting(r, "line-length"));
    assertEquals(
        "target-version = \"py312\"  # pyproject.toml [tool.pyfix]", setting(r, "target-version"));
  }

  /**
   * A tool's table or section without keys says the project uses the tool as much as one with keys
   * does: a bare {@code [tool.black]}, or a bare {@code [flake8]} where flake8 reads it.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pyproject.toml|[tool.black]\\n|\"W291\", \"W292\", \"W293\", \"E701\", \"E702\", \"E703\"|Black",
        "setup.cfg|[metadata]\\nname = app\\n\\n[flake8]\\n|\"E\", \"F\", \"W\"|flake8"
      })
  void anEmptyToolTableSelectsTheToolsRules(String file, String text, String rules, String tool)
      throws IOException {
    cli.write(file, text.replace("\\n", "\n"));
    cli.write("a.py", "x = 1\n");
    assertEquals(
        "select = [" + rules + "]  # the rules of the tools configured here: " + tool,
        setting(settings(), "select"));
  }

  @Test
  void ruffSettingsAreAdoptedWhenBlackHasNone() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [project]
        requires-python = "~=3.11"
        [tool.ruff]
        line-length = 120
        [tool.ruff.lint.isort]
        known-first-party = ["mine"]
        known-third-party = ["theirs"]
        """);
    Ran r = settings();
    assertEquals(
        "line-length = 120  # pyproject.toml [tool.ruff] line-length", setting(r, "line-length"));
    assertEquals(
        "target-version = \"py311\"  # pyproject.toml [project] requires-python = \"~=3.11\"",
        setting(r, "target-version"));
    assertEquals(
        "known-first-party = [\"mine\"]  # pyproject.toml [tool.ruff.lint.isort] known-first-party",
        setting(r, "known-first-party"));
    assertEquals(
        "known-third-party = [\"theirs\"]  # pyproject.toml [tool.ruff.lint.isort] known-third-party",
        setting(r, "known-third-party"));
  }

  @Test
  void olderRuffIsortTableAndIsortCommaListsAreAdopted() throws IOException {
    cli.write("a/pyproject.toml", "[tool.ruff.isort]\nknown-first-party = [\"old\"]\n");
    cli.write("b/pyproject.toml", "[tool.isort]\nknown_first_party = \"one, two\"\n");
    assertEquals(
        "known-first-party = [\"old\"]  # a/pyproject.toml [tool.ruff.isort] known-first-party",
        setting(settings("a"), "known-first-party"));
    assertEquals(
        "known-first-party = [\"one\", \"two\"]  # b/pyproject.toml [tool.isort] known_first_party",
        setting(settings("b"), "known-first-party"));
  }

  @Test
  void commandLineWinsOverTheFile() throws IOException {
    cli.write(
        "pyproject.toml",
        "[tool.pyfix]\nline-length = 70\nselect = [\"W2\"]\nignore = [\"W293\"]\n");
    Ran r = settings("--line-length", "90", "--ignore", "W292");
    assertEquals("line-length = 90  # command line", setting(r, "line-length"));
    assertEquals("select = [\"W2\"]  # pyproject.toml [tool.pyfix]", setting(r, "select"));
    assertEquals(
        "ignore = [\"W293\", \"W292\"]  # pyproject.toml [tool.pyfix] and the command line",
        setting(r, "ignore"));
    // --select states the whole selection, so the file's ignore gives way too
    Ran selected = settings("--select", "W293");
    assertEquals("select = [\"W293\"]  # command line", setting(selected, "select"));
    assertEquals("ignore = []  # default", setting(selected, "ignore"));
  }

  @Test
  void fileSettingsDecideWhatCheckReports() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix]\nignore = [\"W293\"]\n");
    cli.write("a.py", DIRTY);
    Ran r = cli.run("check", "a.py");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        "a.py:1:6: W291 [*] Trailing whitespace\nFound 1 problem (1 fixable) in 1 file\n", r.out());
    Ran selected = cli.run("check", "--select", "W293", "a.py");
    assertTrue(selected.out().startsWith("a.py:2:1: W293"), selected.toString());
    Ran isolated = cli.run("check", "--isolated", "a.py");
    assertTrue(isolated.out().contains("Found 2 problems"), isolated.toString());
  }

  @Test
  void extendSafeAndUnsafeFixesPromoteAndDemoteByTheMostSpecificSelector() throws IOException {
    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nextend-unsafe-fixes = [\"E7\"]\n"
            + "[tool.pyfix]\nextend-safe-fixes = [\"E711\"]\n");
    cli.write("a.py", "def f(x):\n    return x == None, not x in [1]\n");
    Ran r = cli.run("fix", "--no-cache", "--select", "E711,E713", "a.py");
    assertEquals("def f(x):\n    return x is None, not x in [1]\n", cli.read("a.py"), r.toString());
    Ran shown = settings();
    assertEquals(
        "extend-safe-fixes = [\"E711\"]  # pyproject.toml [tool.pyfix]",
        setting(shown, "extend-safe-fixes"));
    assertEquals(
        "extend-unsafe-fixes = [\"E7\"]  # pyproject.toml [tool.ruff.lint] extend-unsafe-fixes",
        setting(shown, "extend-unsafe-fixes"));
  }

  @Test
  void unusedImportOptionsAreReadAsRuffNamesThem() throws IOException {
    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nignore-init-module-imports = false\n"
            + "[tool.ruff.lint.pyflakes]\nallowed-unused-imports = [\"hvplot\"]\n");
    String imports = "import os\nimport hvplot.pandas\nfrom hvplot import plot\n";
    cli.write("pkg/__init__.py", imports);
    cli.write("test_a.py", imports);
    Ran r = cli.run("check", "--no-cache", "--select", "F401", ".");
    assertEquals(
        """
        pkg/__init__.py:1:8: F401 `os` imported but unused (unsafe: in `__init__.py` an import \
        may be a re-export; remove unused import)
        test_a.py:1:8: F401 [*] `os` imported but unused (Remove unused import)
        Found 2 problems (1 fixable) in 2 files
        (1 more fixable with --unsafe-fixes)
        """,
        r.out() + r.err());
    cli.write("pyproject.toml", "[tool.pyfix]\nallowed-unused-imports = [\"os\", \"hvplot\"]\n");
    Ran allowed = cli.run("check", "--no-cache", "--select", "F401", ".");
    assertEquals(0, allowed.code(), allowed.toString());
  }

  @Test
  void extendSelectWidensASelection() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix]\nselect = [\"W291\"]\nextend-select = [\"W293\"]\n");
    cli.write("a.py", DIRTY + "z = 3");
    Ran r = cli.run("check", "a.py");
    assertEquals(
        """
        a.py:1:6: W291 [*] Trailing whitespace
        a.py:2:1: W293 [*] Whitespace on a blank line
        Found 2 problems (2 fixable) in 1 file
        """,
        r.out().replaceAll("W293 \\[\\*\\] [^\\n]*", "W293 [*] Whitespace on a blank line"));
  }

  @Test
  void extendSelectAloneAddsOffByDefaultRulesToTheDefaults() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix]\nextend-select = [\"T20\"]\n");
    cli.write("a.py", "print(1) \n");
    assertEquals(
        """
        a.py:1:1: T201 `print` found
        a.py:1:9: W291 [*] Trailing whitespace
        Found 2 problems (1 fixable) in 1 file
        """,
        cli.run("check", "a.py").out());
    assertEquals(
        "a.py:1:9: W291 [*] Trailing whitespace\nFound 1 problem (1 fixable) in 1 file\n",
        cli.run("check", "--isolated", "a.py").out(),
        "T201 is off by default");
    Ran all = cli.run("check", "--isolated", "--select", "ALL", "--ignore", "W,D", "a.py");
    assertEquals(
        "a.py:1:1: T201 `print` found\nFound 1 problem (0 fixable) in 1 file\n", all.out());
    Ran guide = cli.run("check", "--isolated", "--extend-select", "STYLE-GUIDE", "a.py");
    assertTrue(guide.out().contains("T201") && guide.out().contains("W291"), guide.toString());
  }

  @Test
  void nearestSettingsFileAboveEachFileApplies() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix]\nignore = [\"W291\"]\n");
    cli.write("sub/pyproject.toml", "[tool.pyfix]\nignore = [\"W293\"]\n");
    // a pyproject.toml with nothing for pyfix does not cut the search short
    cli.write("sub/plain/pyproject.toml", "[build-system]\nrequires = [\"setuptools\"]\n");
    cli.write("top.py", DIRTY);
    cli.write("sub/inner.py", DIRTY);
    cli.write("sub/plain/deeper.py", DIRTY);
    Ran r = cli.run("check", "-q", ".");
    assertEquals(
        """
        sub/inner.py:1:6: W291 [*] Trailing whitespace
        sub/plain/deeper.py:1:6: W291 [*] Trailing whitespace
        top.py:2:1: W293 [*] Whitespace on a blank line
        """,
        r.out().replaceAll("W293 \\[\\*\\] [^\\n]*", "W293 [*] Whitespace on a blank line"));
  }

  @Test
  void pyfixTomlBesidePyprojectWinsWithKeysAtTheTop() throws IOException {
    cli.write(
        "pyproject.toml", "[tool.black]\nline-length = 100\n[tool.pyfix]\nline-length = 60\n");
    cli.write("pyfix.toml", "target-version = \"py311\"\n");
    Ran r = settings();
    assertEquals("target-version = \"py311\"  # pyfix.toml", setting(r, "target-version"));
    // pyfix.toml replaces [tool.pyfix], but other tools' settings beside it are still adopted
    assertEquals(
        "line-length = 100  # pyproject.toml [tool.black] line-length", setting(r, "line-length"));
    cli.write(".pyfix.toml", "line-length = 50\n");
    assertEquals("line-length = 50  # .pyfix.toml", setting(settings(), "line-length"));
  }

  @Test
  void configOptionNamesTheFileAndItsFolderIsTheRoot() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix]\nline-length = 70\n");
    cli.write("conf/strict.toml", "line-length = 72\nsrc = [\"lib\"]\n");
    Ran r = settings("--config", "conf/strict.toml");
    assertEquals("line-length = 72  # conf/strict.toml", setting(r, "line-length"));
    assertEquals("# Project root: conf", r.out().lines().skip(2).findFirst().orElseThrow());
    assertEquals("line-length = 88  # default", setting(settings("--isolated"), "line-length"));
    cli.write("a.py", DIRTY);
    Ran missing = cli.run("fix", "--config", "nope.toml", "a.py");
    assertEquals(2, missing.code(), missing.toString());
    assertEquals("nope.toml: error: no such settings file\n", missing.err());
    assertEquals(DIRTY, cli.read("a.py"));
  }

  // bad settings

  @Test
  void misspeltKeyNamesFileLineAndTheKeyMeant() throws IOException {
    cli.write(
        "pyproject.toml",
        "[project]\nname = \"x\"\n\n[tool.pyfix]\nselect = [\"W\"]\nline_lenght = 80\n");
    cli.write("a.py", DIRTY);
    Ran r = cli.run("fix", "a.py");
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "pyproject.toml:6: error: unknown key 'line_lenght' in [tool.pyfix]"
            + " (did you mean 'line-length'?)\n",
        r.err());
    assertEquals("", r.out());
    assertEquals(DIRTY, cli.read("a.py"));
  }

  @Test
  void badSettingsInANestedProjectStopTheRunBeforeAnyFileIsWritten() throws IOException {
    cli.write("a.py", DIRTY);
    cli.write("z/pyfix.toml", "\n[per-file-ignores]\n\"*.py\" = \"W291\"\n");
    cli.write("z/b.py", DIRTY);
    Ran r = cli.run("fix", ".");
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "z/pyfix.toml:3: error: '*.py' in [per-file-ignores] must be a list of strings,"
            + " not \"W291\"\n",
        r.err());
    assertEquals(DIRTY, cli.read("a.py"));
    assertEquals(DIRTY, cli.read("z/b.py"));
  }

  @Test
  void badValuesAreNamedWithTheirLine() throws IOException {
    cli.write("p1/pyproject.toml", "[tool.pyfix]\n\nline-length = \"long\"\n");
    cli.write("p2/pyproject.toml", "[tool.pyfix]\ntarget-version = \"py27\"\n");
    cli.write("p3/pyproject.toml", "[tool.pyfix]\nselect = [\"Q9\"]\n");
    cli.write("p4/pyproject.toml", "[project]\nrequires-python = \"3.9+\"\n");
    cli.write("p5/pyproject.toml", "[tool.pyfix]\nlint = {}\n");
    cli.write("p6/pyfix.toml", "exclude = [\"a[b\"]\n");
    assertEquals(
        "p1/pyproject.toml:3: error: 'line-length' in [tool.pyfix] must be a whole number from 1"
            + " to 10000, not \"long\"\n",
        cli.run("settings", "p1").err());
    assertEquals(
        "p2/pyproject.toml:2: error: 'target-version' in [tool.pyfix] must be one of py38, py39,"
            + " py310, py311, py312, py313, py314, not \"py27\"\n",
        cli.run("settings", "p2").err());
    assertEquals(
        "p3/pyproject.toml:2: error: 'select' in [tool.pyfix] holds Q9, which no rule matches"
            + " (pyfix explain lists the rules)\n",
        cli.run("settings", "p3").err());
    assertEquals(
        "p4/pyproject.toml:2: error: 'requires-python' in [project] cannot be read: not a version"
            + " specifier: '3.9+'\n",
        cli.run("settings", "p4").err());
    Ran unknown = cli.run("check", "p5");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown
            .err()
            .startsWith(
                "p5/pyproject.toml:2: error: unknown key 'lint' in [tool.pyfix] (valid keys: line-length,"),
        unknown.err());
    assertTrue(
        cli.run("settings", "p6")
            .err()
            .startsWith("p6/pyfix.toml:1: error: 'exclude' holds not a valid glob: 'a[b'"),
        cli.run("settings", "p6").err());
  }

  @Test
  void tomlSyntaxErrorsNameLineAndColumn() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix]\nline-length = 80\nselect = [\"W\"\n");
    Ran r = cli.run("check", ".");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().matches("pyproject\\.toml:4:\\d+: error: invalid TOML: .*\n"), r.err());
  }

  // per-file-ignores

  @Test
  void perFileIgnoresApplyByNameAndByPathFromTheRoot() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [tool.pyfix.per-file-ignores]
        "__init__.py" = ["W291"]
        "tests/**/*.py" = ["W293"]
        """);
    cli.write("pkg/__init__.py", DIRTY);
    cli.write("tests/t.py", DIRTY);
    cli.write("tests/deep/u.py", DIRTY);
    cli.write("pkg/tests/v.py", DIRTY);
    Ran r = cli.run("fix", ".");
    assertEquals(0, r.code(), r.toString());
    assertEquals("x = 1 \n\ny = 2\n", cli.read("pkg/__init__.py"));
    assertEquals("x = 1\n    \ny = 2\n", cli.read("tests/t.py"));
    assertEquals("x = 1\n    \ny = 2\n", cli.read("tests/deep/u.py"));
    assertEquals("x = 1\n\ny = 2\n", cli.read("pkg/tests/v.py"));
  }

  @Test
  void stdinFilenamePicksTheSettingsAndPerFileIgnores() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix.per-file-ignores]\n\"gen/*.py\" = [\"W291\"]\n");
    Ran r =
        cli.runWithStdin(
            DIRTY.getBytes(StandardCharsets.UTF_8), "fix", "--stdin-filename", "gen/x.py", "-");
    assertEquals("x = 1 \n\ny = 2\n", r.stdoutText(), r.toString());
  }

  @Test
  void excludedStdinFilenamePassesThroughWithForceExclude() throws IOException {
    cli.write("pyproject.toml", "[tool.pyfix]\nextend-exclude = [\"gen\"]\n");
    byte[] dirty = DIRTY.getBytes(StandardCharsets.UTF_8);
    Ran forced =
        cli.runWithStdin(dirty, "fix", "--force-exclude", "--stdin-filename", "gen/x.py", "-");
    assertEquals(0, forced.code(), forced.toString());
    assertEquals(DIRTY, forced.stdoutText());
    Ran plain = cli.runWithStdin(dirty, "fix", "--stdin-filename", "gen/x.py", "-");
    assertEquals("x = 1\n\ny = 2\n", plain.stdoutText(), plain.toString());
  }

  // which files

  @Test
  void gitignoreFilesAreRespectedWhenWalking() throws IOException {
    cli.write(".git/HEAD", "ref: refs/heads/main\n");
    cli.write(".git/info/exclude", "local_*.py\n");
    cli.write(".gitignore", "generated/\n*_pb2.py\n");
    cli.write("pkg/.gitignore", "!keep_pb2.py\nscratch.py\n");
    for (String name :
        new String[] {
          "a.py",
          "generated/g.py",
          "m_pb2.py",
          "pkg/keep_pb2.py",
          "pkg/scratch.py",
          "local_x.py",
          "pkg/b.py"
        }) {
      cli.write(name, DIRTY);
    }
    Ran r = cli.run("check", "--select", "W291", "-q", ".");
    assertEquals(
        """
        a.py:1:6: W291 [*] Trailing whitespace
        pkg/b.py:1:6: W291 [*] Trailing whitespace
        pkg/keep_pb2.py:1:6: W291 [*] Trailing whitespace
        """,
        r.out());
    Ran all = cli.run("check", "--select", "W291", "-q", "--no-respect-gitignore", ".");
    assertEquals(7, all.out().lines().count(), all.toString());
    // a file named on the command line is taken even when git ignores it
    assertEquals(1, cli.run("check", "--select", "W291", "-q", "m_pb2.py").out().lines().count());
  }

  @Test
  void excludesApplyToNamedFilesOnlyWithForceExclude() throws IOException {
    cli.write(
        "pyproject.toml", "[tool.pyfix]\nextend-exclude = [\"migrations\", \"src/gen/*.py\"]\n");
    cli.write("app/migrations/0001.py", DIRTY);
    cli.write("src/gen/api.py", DIRTY);
    cli.write("build/lib/x.py", DIRTY);
    cli.write("src/ok.py", DIRTY);
    Ran walked = cli.run("check", "--select", "W291", "-q", ".");
    assertEquals("src/ok.py:1:6: W291 [*] Trailing whitespace\n", walked.out());
    String[] named = {"app/migrations/0001.py", "src/gen/api.py", "build/lib/x.py", "src/ok.py"};
    Ran given = cli.run(concat(new String[] {"check", "--select", "W291", "-q"}, named));
    assertEquals(4, given.out().lines().count(), given.toString());
    Ran forced =
        cli.run(concat(new String[] {"check", "--select", "W291", "-q", "--force-exclude"}, named));
    assertEquals("src/ok.py:1:6: W291 [*] Trailing whitespace\n", forced.out());
    // pre-commit passes only excluded files at times: nothing to do is success
    Ran none = cli.run("fix", "--force-exclude", "build/lib/x.py");
    assertEquals(0, none.code(), none.toString());
    assertEquals(DIRTY, cli.read("build/lib/x.py"));
  }

  @Test
  void excludeReplacesTheDefaults() throws IOException {
    cli.write("pyfix.toml", "exclude = [\"vendor\"]\n");
    cli.write("build/x.py", DIRTY);
    cli.write("vendor/y.py", DIRTY);
    Ran r = cli.run("check", "--select", "W291", "-q", ".");
    assertEquals("build/x.py:1:6: W291 [*] Trailing whitespace\n", r.out());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void symbolicLinksOutOfTheRootAreNotFollowed() throws IOException {
    cli.write("outside/secret.py", DIRTY);
    cli.write("proj/a.py", "x = 1\n");
    Files.createSymbolicLink(tmp.resolve("proj/link.py"), tmp.resolve("outside/secret.py"));
    Files.createSymbolicLink(tmp.resolve("proj/dir"), tmp.resolve("outside"));
    Ran r = cli.run("check", "proj");
    assertEquals(0, r.code(), r.toString());
    assertEquals("All checks passed!\n", r.out());
  }
}
