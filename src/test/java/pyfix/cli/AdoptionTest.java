package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.cli.Cli.Ran;

/**
 * Projects already clean under their own isort or Ruff settings: {@code check --select I001,E501}
 * reports nothing, and {@code fix} leaves the files those tools exclude untouched. Each tree's
 * import block is what the tool prints with the tree's settings (Debian's isort 5.6.4, Ruff's
 * WebAssembly build 0.17.4).
 */
class AdoptionTest {
  /** Unsorted imports, which a fix would rewrite. */
  private static final String UNSORTED = "import sys, os\nfrom b import y, x\n";

  private static final String TAIL =
      "\n__all__ = [sys, os, cast, Any, TYPE_CHECKING, OD, defaultdict, click, Group, argument]\n";

  @TempDir Path tmp;
  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  /** Asserts that checking I001 and E501 finds nothing and that fixing changes nothing. */
  private void clean() {
    Ran check = cli.run("check", "--select", "I001,E501", ".");
    assertEquals(0, check.code(), check.toString());
    Ran fix = cli.run("fix", "--select", "I001,E501", ".");
    assertEquals(0, fix.code(), fix.toString());
  }

  private void untouched(String name) throws IOException {
    assertEquals(UNSORTED, Files.readString(tmp.resolve(name)), name + " was rewritten");
  }

  @Test
  void isortInPyprojectWithForceSingleLineAndSkip() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [tool.isort]
        profile = "black"
        force_single_line = true
        known_first_party = ["app"]
        line_length = 100
        skip = ["vendor"]
        """);
    cli.write(
        "app/core.py",
        """
        \"""Core.\"""

        from __future__ import annotations

        import os
        import sys
        from collections import OrderedDict
        from collections import defaultdict

        import requests
        from requests import Session as HttpSession

        from app import util
        from app.models import Model

        from . import helpers

        __all__ = [os, sys, OrderedDict, defaultdict, requests, HttpSession, util, Model]
        """);
    cli.write("vendor/x.py", UNSORTED);
    clean();
    untouched("vendor/x.py");
  }

  @Test
  void ruffIsortWithForceSingleLineOrderByTypeOffAndExtendExclude() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [tool.ruff]
        line-length = 100
        extend-exclude = ["gen"]

        [tool.ruff.lint]
        select = ["E", "F", "I"]

        [tool.ruff.lint.isort]
        force-single-line = true
        order-by-type = false
        known-first-party = ["app"]
        """);
    cli.write(
        "app/cli.py",
        """
        \"""CLI.\"""
        import os
        import sys
        from collections import defaultdict
        from collections import OrderedDict as OD
        from typing import Any
        from typing import cast
        from typing import TYPE_CHECKING

        import click
        from click import argument
        from click import Group

        from app import util
        from app.core import run

        from . import helpers
        """
            + TAIL);
    cli.write("gen/y.py", UNSORTED);
    clean();
    untouched("gen/y.py");
  }

  @Test
  void setupCfgWithForceSortWithinSectionsAndTwoLinesAfterImports() throws IOException {
    cli.write(
        "setup.cfg",
        """
        [metadata]
        name = app

        [isort]
        profile = black
        force_sort_within_sections = true
        lines_after_imports = 2
        known_first_party = app
        """);
    cli.write(
        "app/cli.py",
        """
        \"""CLI.\"""
        from collections import OrderedDict as OD
        from collections import defaultdict
        import os
        import sys
        from typing import TYPE_CHECKING, Any, cast

        import click
        from click import Group, argument

        from app import util
        from app.core import run

        from . import helpers

        """
            + TAIL);
    clean();
  }

  @Test
  void isortCfgWithCombineAsAndSkipGlob() throws IOException {
    cli.write(
        ".isort.cfg",
        """
        [settings]
        profile = black
        combine_as_imports = true
        known_first_party = app
        skip_glob = */data/*
        """);
    cli.write(
        "app/cli.py",
        """
        \"""CLI.\"""
        import os
        import sys
        from collections import OrderedDict as OD, defaultdict
        from typing import TYPE_CHECKING, Any, cast

        import click
        from click import Group, argument

        from app import util
        from app.core import run

        from . import helpers
        """
            + TAIL);
    cli.write("app/data/z.py", UNSORTED);
    clean();
    untouched("app/data/z.py");
  }

  @Test
  void blackRegexExcludesAndRuffPerFileIgnores() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [tool.black]
        extend-exclude = '''
        /(
          tests/fixtures
          | legacy
        )/
        '''
        force-exclude = "_pb2\\\\.py$"

        [tool.ruff.lint.per-file-ignores]
        "scripts/*" = ["I001"]
        """);
    cli.write("tests/fixtures/a.py", UNSORTED);
    cli.write("legacy/b.py", UNSORTED);
    cli.write("proto/c_pb2.py", UNSORTED);
    cli.write("scripts/d.py", UNSORTED);
    cli.write("app.py", "import os\nimport sys\n");
    clean();
    for (String name : new String[] {"tests/fixtures/a.py", "legacy/b.py", "proto/c_pb2.py"}) {
      untouched(name);
    }
    untouched("scripts/d.py");
  }

  @Test
  void blackKeysSpelledWithUnderscoresAreRead() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [tool.black]
        line_length = 100
        target_version = ["py311"]
        extend_exclude = "legacy/"
        """);
    cli.write("legacy/b.py", UNSORTED);
    cli.write("app.py", "import os\nimport sys\n");
    String settings = cli.run("settings", "app.py").out();
    assertTrue(settings.contains("line-length = 100"), settings);
    assertTrue(settings.contains("target-version = \"py311\""), settings);
    clean();
    untouched("legacy/b.py");
  }

  @Test
  void ruffIgnoresAreAdoptedForTheCodesPyfixShares() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [tool.ruff]
        extend-ignore = ["E701"]

        [tool.ruff.lint]
        select = ["E", "F", "B"]
        ignore = ["E722", "PLR2004"]

        [tool.ruff.lint.per-file-ignores]
        "tests/*" = ["B006", "S101"]

        [tool.ruff.lint.extend-per-file-ignores]
        "lib/*" = ["F4"]
        """);
    cli.write("app.py", "try:\n    x = 1\nexcept:\n    pass\nif x: y = 2\n");
    cli.write("tests/t.py", "def f(a=[]):\n    return a\n");
    cli.write("lib/m.py", "import os\n");
    cli.write("other.py", "import os\n\n\ndef g(a=[]):\n    return a\n");
    Ran check = cli.run("check", ".");
    assertEquals(1, check.code(), check.toString());
    assertTrue(check.out().contains("other.py:1:8: F401"), check.toString());
    assertTrue(check.out().contains("other.py:4:9: B006"), check.toString());
    for (String quiet : new String[] {"app.py", "t.py", "m.py", "E722", "E701"}) {
      assertFalse(check.out().contains(quiet), quiet + " reported: " + check);
    }
    Ran settings = cli.run("settings");
    assertTrue(settings.out().contains("ignore = [\"E722\", \"E701\"]"), settings.toString());

    cli.write(
        "pyproject.toml", "[tool.pyfix]\nignore = []\n\n[tool.ruff.lint]\nignore = [\"E722\"]\n");
    Ran own = cli.run("check", "app.py");
    assertTrue(own.out().contains("app.py:3:1: E722"), "pyfix's own ignore wins: " + own);
  }

  @Test
  void ruffSelectionIsAdoptedSoACleanRuffProjectGetsNoChange() throws IOException {
    String code =
        "import sys, os\n\n\ndef f(a=[]):\n    return \"%s\" % a   \n\n\nif x == None:\n    pass\n";
    cli.write("m.py", code);
    cli.write("pyproject.toml", "[tool.ruff]\nline-length = 88\n");
    Ran defaults = cli.run("check", "m.py");
    for (String code2 : new String[] {"F401", "E711"}) {
      assertTrue(
          defaults.out().contains(code2), "Ruff's default set runs " + code2 + ": " + defaults);
    }
    for (String off : new String[] {"B006", "UP031", "W291", "I001"}) {
      assertFalse(defaults.out().contains(off), "Ruff does not run " + off + ": " + defaults);
    }

    cli.write(
        "pyproject.toml", "[tool.ruff.lint]\nselect = [\"B\", \"W\"]\nextend-select = [\"I\"]\n");
    Ran selected = cli.run("check", "m.py");
    for (String on : new String[] {"B006", "W291", "I001"}) {
      assertTrue(selected.out().contains(on), on + " selected: " + selected);
    }
    for (String off : new String[] {"F401", "E711", "UP031"}) {
      assertFalse(selected.out().contains(off), off + " not selected: " + selected);
    }

    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nselect = [\"E4\"]\n\n[tool.isort]\nprofile = \"black\"\n");
    Ran isort = cli.run("check", "m.py");
    assertTrue(isort.out().contains("I001"), "isort configured beside Ruff: " + isort);
    assertFalse(isort.out().contains("F401"), isort.toString());

    cli.write(
        "pyproject.toml",
        "[tool.pyfix]\nextend-select = [\"UP031\"]\n\n[tool.ruff.lint]\nselect = [\"F\"]\n");
    Ran extended = cli.run("check", "m.py");
    assertTrue(
        extended.out().contains("UP031") && extended.out().contains("F401"), extended.toString());
    assertFalse(extended.out().contains("B006"), extended.toString());

    cli.write("pyproject.toml", "[tool.ruff.lint]\nselect = [\"ALL\"]\n");
    cli.write("long.py", "def f():\n" + "    x = 1\n".repeat(60));
    Ran all = cli.run("check", "m.py", "long.py");
    assertTrue(all.out().contains("B006") && all.out().contains("F401"), all.toString());
    assertFalse(all.out().contains("PYF001"), "Ruff's ALL has no pyfix-only rule: " + all);

    cli.write(
        "pyproject.toml",
        "[tool.pyfix]\nselect = [\"B006\"]\n\n[tool.ruff.lint]\nselect = [\"F\"]\n");
    Ran own = cli.run("check", "m.py");
    assertTrue(
        own.out().contains("B006") && !own.out().contains("F401"),
        "pyfix's own select wins: " + own);
  }

  /** One finding of each of the default rules B006, UP031, W291, F401, E711, I001, E501. */
  @Test
  void ruffsPycodestyleMaxLineLengthDecidesWhatE501Reports() throws IOException {
    String call = "result = compute(" + "argument, ".repeat(7) + "last)\n"; // 92 columns
    String todo = "# TODO: " + "word ".repeat(20) + "\n";
    cli.write("m.py", call + todo);
    cli.write(
        "pyproject.toml",
        "[tool.ruff]\nline-length = 88\n\n[tool.ruff.lint]\nselect = [\"E501\"]\n\n"
            + "[tool.ruff.lint.pycodestyle]\nmax-line-length = 100\n"
            + "ignore-overlong-task-comments = true\n");
    Ran clean = cli.run("check", "m.py");
    assertFalse(clean.out().contains("E501"), "96 columns fit max-line-length 100: " + clean);
    assertTrue(cli.run("settings", "m.py").out().contains("max-line-length = 100"));

    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nselect = [\"E501\"]\n\n[tool.pyfix.pycodestyle]\nmax-line-length = 90\n");
    Ran fixed = cli.run("fix", "m.py");
    assertTrue(fixed.out().contains("Fixed 1"), fixed.toString());
    assertTrue(cli.read("m.py").startsWith("result = compute(\n"), cli.read("m.py"));
    assertTrue(cli.read("m.py").endsWith(todo), "the TODO line is still reported, not changed");

    cli.write("m.py", call);
    cli.write("pyproject.toml", "[tool.black]\nline-length = 88\n");
    cli.write("setup.cfg", "[flake8]\nmax-line-length = 100\n");
    Ran flake8 = cli.run("check", "m.py");
    assertFalse(flake8.out().contains("E501"), "flake8's limit beside Black's 88: " + flake8);
  }

  @Test
  void ruffWithoutALengthReportsLinesOverItsOwnDefaultBesideBlacksShorterLength()
      throws IOException {
    String call = "result = compute(" + "argument, ".repeat(6) + "last)\n"; // 82 columns
    String longer = "result = compute(" + "argument, ".repeat(7) + "last)\n"; // 92 columns
    cli.write("m.py", call);
    cli.write(
        "pyproject.toml", "[tool.black]\nline-length = 79\n\n[tool.ruff.lint]\nselect = [\"E\"]\n");
    Ran clean = cli.run("fix", "m.py");
    assertEquals(call, cli.read("m.py"), "Ruff reports lines over 88 only: " + clean);

    cli.write("m.py", longer);
    Ran wrapped = cli.run("fix", "m.py");
    assertTrue(wrapped.out().contains("Fixed 1"), wrapped.toString());
    assertTrue(
        cli.read("m.py").lines().allMatch(line -> line.length() <= 79),
        "wrapped to Black's 79: " + cli.read("m.py"));

    cli.write("m.py", call);
    cli.write(
        "pyproject.toml",
        "[tool.black]\nline-length = 79\n\n[tool.ruff]\nline-length = 79\n"
            + "\n[tool.ruff.lint]\nselect = [\"E\"]\n");
    assertTrue(cli.run("check", "m.py").out().contains("E501"), "Ruff's own 79");
  }

  @Test
  void underFlake8LinesAreMeasuredInCharactersAsPycodestyleDoes() throws IOException {
    // 69 characters, 99 columns: wide characters count one, and so does a tab
    String wide = "x = call(first_argument, \"" + "\u4e2d".repeat(30) + "\", other_arg)\n";
    String tabbed =
        "def f():\n\treturn call(first_argument_value, second_argument, third, fourth_arg)\n";
    cli.write("m.py", wide + tabbed);
    cli.write("setup.cfg", "[flake8]\nmax-line-length = 88\n");
    Ran flake8 = cli.run("fix", "m.py");
    assertEquals(wide + tabbed, cli.read("m.py"), "clean under flake8: " + flake8);
    assertTrue(cli.run("settings", "m.py").out().contains("max-line-length = 88"));

    cli.write("setup.cfg", "[flake8]\nmax-line-length = 60\n");
    Ran narrower = cli.run("check", "--select", "E501", "m.py");
    assertTrue(narrower.out().contains("m.py:1:61: E501"), narrower.toString());
    assertTrue(narrower.out().contains("Line too long (69 > 60)"), narrower.toString());

    // Ruff's settings win over flake8's
    cli.write("pyproject.toml", "[tool.ruff.lint]\nselect = [\"E501\"]\n");
    Ran ruff = cli.run("check", "m.py");
    assertTrue(ruff.out().contains("Line too long (99 > 88)"), "Ruff measures columns: " + ruff);
  }

  @Test
  void ruffsUnfixableKeepsARulesFixesFromBeingApplied() throws IOException {
    String code = "import os\nx = 1   \n"; // a test module: removing its import is SAFE
    cli.write("test_m.py", code);
    cli.write(
        "pyproject.toml", "[tool.ruff.lint]\nselect = [\"F\", \"W\"]\nunfixable = [\"F401\"]\n");
    Ran fixed = cli.run("fix", "test_m.py");
    assertEquals("import os\nx = 1\n", cli.read("test_m.py"), fixed.toString());
    assertTrue(fixed.out().contains("F401"), "still reported: " + fixed);

    cli.write("test_m.py", code);
    cli.write("pyproject.toml", "[tool.pyfix]\nfixable = [\"F\"]\n");
    cli.run("fix", "test_m.py");
    assertEquals("x = 1   \n", cli.read("test_m.py"), "only F's fixes are applied");
  }

  @Test
  void ruffsExtendInheritsTheBaseSettings() throws IOException {
    String code = "import os\n\n\ndef f(a=[]):\n    return a   \n";
    cli.write("pyproject.toml", "[tool.ruff.lint]\nselect = [\"B\"]\nextend-select = [\"F\"]\n");
    cli.write("sub/m.py", code);
    cli.write(
        "sub/ruff.toml", "extend = \"../pyproject.toml\"\n\n[lint]\nextend-select = [\"W\"]\n");
    Ran ran = cli.run("check", "sub/m.py");
    for (String code2 : new String[] {"B006", "F401", "W291"}) {
      assertTrue(ran.out().contains(code2), code2 + ": " + ran);
    }

    cli.write("sub/ruff.toml", "extend = \"../pyproject.toml\"\n\n[lint]\nselect = [\"W\"]\n");
    Ran reset = cli.run("check", "sub/m.py");
    assertTrue(reset.out().contains("W291"), reset.toString());
    assertFalse(reset.out().contains("B006") || reset.out().contains("F401"), reset.toString());

    cli.write("sub/ruff.toml", "extend = \"ruff.toml\"\n");
    Ran cycle = cli.run("check", "sub/m.py");
    assertEquals(2, cycle.code(), cycle.toString());
    assertTrue(cycle.err().contains("cycle"), cycle.toString());
  }

  @Test
  void ruffsExtendKeepsTheInheritedGlobsRelativeToTheirOwnFile() throws IOException {
    // Ruff reads a file's globs relative to that file's folder, whichever file extends it
    cli.write(
        "ruff-base.toml",
        """
        extend-exclude = ["sub/gen/*", "b.py"]
        src = ["lib"]
        [lint]
        select = ["W291"]
        [lint.per-file-ignores]
        "sub/tests/*" = ["W291"]
        """);
    cli.write("sub/ruff.toml", "extend = \"../ruff-base.toml\"\nextend-exclude = [\"own/*\"]\n");
    for (String file :
        List.of("sub/tests/t.py", "sub/gen/g.py", "sub/own/o.py", "sub/x/b.py", "sub/a.py")) {
      cli.write(file, "x = 1 \n");
    }
    assertEquals(List.of("sub/a.py"), filesReported());
    Ran settings = cli.run("settings", "sub/a.py");
    assertTrue(settings.out().contains("src = [\"../lib\"]"), settings.out());
  }

  @Test
  void ruffsSrcGlobsNameTheFoldersTheyMatch() throws IOException {
    // Ruff expands globs in src: `foo` is first party through packages/foo/src
    cli.write(
        "pyproject.toml",
        "[tool.ruff]\nsrc = [\"packages/*/src\"]\n[tool.ruff.lint]\nselect = [\"I\"]\n");
    cli.write("packages/foo/src/foo/__init__.py", "");
    cli.write("packages/bar/src/bar.py", "");
    cli.write("app/main.py", "import requests\n\nimport foo\n\nprint(foo, requests)\n");
    Ran check = cli.run("check", "app/main.py");
    assertEquals(0, check.code(), check.toString());
    Ran settings = cli.run("settings", "app/main.py");
    assertTrue(
        settings.out().contains("src = [\"packages/bar/src\", \"packages/foo/src\"]"),
        settings.out());
  }

  @Test
  void ruffsDetectSamePackageMakesTheFilesOwnPackageFirstParty() throws IOException {
    String clean = "import os\n\nimport requests\n\nimport mypkg.b\n\nprint(os, requests, mypkg)\n";
    cli.write("lib/mypkg/__init__.py", "");
    cli.write("lib/mypkg/sub/__init__.py", "");
    cli.write("lib/mypkg/sub/a.py", clean);
    cli.write("pyproject.toml", "[tool.ruff.lint]\nselect = [\"I\"]\n");
    Ran same = cli.run("check", "lib/mypkg/sub/a.py");
    assertEquals(0, same.code(), "mypkg is first party inside mypkg: " + same);

    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nselect = [\"I\"]\n\n[tool.ruff.lint.isort]\ndetect-same-package = false\n");
    Ran off = cli.run("check", "lib/mypkg/sub/a.py");
    assertTrue(off.out().contains("I001"), "without it mypkg is third party: " + off);
  }

  @Test
  void importsOfTheFilesOwnPackageKeepTheirOrderWhereverPyfixRuns() throws IOException {
    // the folder pyfix runs in is no source root here, so mypkg sorts as third party, but two of
    // its modules may still import each other (sympy's polys/polyfuncs.py)
    cli.write("lib/mypkg/__init__.py", "");
    cli.write("lib/mypkg/m.py", "from mypkg.b import x\nfrom mypkg.a import y\n");
    Ran ran = cli.run("check", "--select", "I001", "lib/mypkg/m.py");
    assertTrue(
        ran.out().contains("unsafe: mypkg.a would be imported before mypkg.b"), ran.toString());
  }

  @Test
  void modulesBesideAScriptAndNamespacePackagesKeepTheirOrderWhereverPyfixRuns()
      throws IOException {
    // a script's folder is sys.path[0], so the modules beside it may import each other
    cli.write("tools/zeta.py", "");
    cli.write("tools/alpha.py", "");
    cli.write("tools/main.py", "import zeta\nimport alpha\n");
    cli.write("tools/other.py", "import zz_third\nimport aa_third\n");
    // company holds no __init__.py: company.proj is part of a namespace package
    cli.write("lib/company/proj/__init__.py", "");
    cli.write("lib/company/proj/m.py", "import company.proj.zeta\nimport company.proj.alpha\n");
    Ran ran = cli.run("check", "--select", "I001", "tools", "lib");
    assertTrue(ran.out().contains("unsafe: alpha would be imported before zeta"), ran.toString());
    assertTrue(
        ran.out().contains("unsafe: company.proj.alpha would be imported before company.proj.zeta"),
        ran.toString());
    assertTrue(ran.out().contains("tools/other.py:1:1: I001 [*]"), ran.toString());
  }

  @Test
  void flake8PerFileIgnoresAreAdopted() throws IOException {
    String code = "import os\nx = 1   \n";
    cli.write("m.py", code);
    cli.write("tests/test_m.py", code);
    cli.write("other.py", code);
    cli.write(
        "setup.cfg",
        // a code of more than three capitals is a code, as flake8 reads it, not a file pattern
        "[flake8]\nper-file-ignores =\n    tests/*: F401, ASYNC100, W291\n    m.py:W291 other.py : F401\n");
    Ran ran = cli.run("check", "m.py", "tests/test_m.py", "other.py");
    List<String> lines = ran.out().lines().map(l -> l.replaceFirst(": .*", "")).toList();
    assertEquals(
        List.of("m.py:1:8", "other.py:2:6"),
        lines.stream().filter(l -> l.matches(".*:[0-9]+:[0-9]+")).toList(),
        ran.toString());
  }

  private static final String ONE_OF_EACH =
      "import sys, os\n\n\ndef f(a=[]):\n    return \"%s\" % a   \n\n\n"
          + "if x == None:\n    pass\nlong = "
          + "\"x\" * 1 + \"y\" * 2 + \"z\" * 3 + \"w\" * 4 + \"v\" * 5 + \"u\" * 6 + \"t\" * 7 + \"s\" * 8 + \"r\" * 9 + 10\n";

  /** The codes {@code check} reports on {@link #ONE_OF_EACH} with {@code files} as the settings. */
  private String reported(String... files) throws IOException {
    for (String f :
        new String[] {"pyproject.toml", "setup.cfg", ".flake8", ".pre-commit-config.yaml"}) {
      Files.deleteIfExists(tmp.resolve(f));
    }
    for (int i = 0; i < files.length; i += 2) {
      cli.write(files[i], files[i + 1]);
    }
    cli.write("m.py", ONE_OF_EACH);
    Ran check = cli.run("check", "--output-format", "concise", "m.py");
    StringBuilder codes = new StringBuilder();
    for (String code : new String[] {"B006", "UP031", "W291", "F401", "E711", "I001", "E501"}) {
      if (check.out().contains(" " + code + " ")) {
        codes.append(codes.length() == 0 ? "" : " ").append(code);
      }
    }
    return codes.toString();
  }

  @Test
  void theToolsAProjectRunsDecideTheRulesWhenPyfixSelectsNone() throws IOException {
    assertEquals("B006 UP031 W291 F401 E711 I001 E501", reported(), "no tool: pyfix's defaults");
    assertEquals(
        "W291", reported("pyproject.toml", "[tool.black]\nline-length = 88\n"), "Black only");
    assertEquals(
        "W291 I001",
        reported("pyproject.toml", "[tool.black]\n\n[tool.isort]\nprofile = \"black\"\n"));
    assertEquals(
        "W291 F401 E711",
        reported("setup.cfg", "[flake8]\nmax-line-length = 100\nextend-ignore = E203, E501\n"),
        "flake8, with its extend-ignore");
    assertEquals(
        "W291 F401 E711 E501",
        reported(".flake8", "[flake8]\nmax-line-length = 88\n"),
        "flake8 at 88 columns");
    assertEquals(
        "B006 W291 F401 E711 I001 E501",
        reported(
            ".pre-commit-config.yaml",
            String.join(
                "\n",
                "repos:",
                "  - repo: https://github.com/asottile/pyupgrade",
                "    hooks:",
                "      - id: pyupgrade",
                "        args: [--py38-plus]",
                "  - repo: https://github.com/PyCQA/isort",
                "    hooks:",
                "      - id: isort",
                "  - repo: https://github.com/psf/black",
                "    hooks:",
                "      - id: black",
                "  - repo: https://github.com/PyCQA/flake8",
                "    hooks:",
                "      - id: flake8",
                "        additional_dependencies: [flake8-bugbear]",
                "",
                "")),
        "the pre-commit hooks; pyupgrade's adds no rule");
    assertEquals(
        "UP031",
        reported(
            "pyproject.toml",
            "[tool.pyfix]\nselect = [\"UP031\"]\n\n[tool.black]\n",
            ".pre-commit-config.yaml",
            "repos:\n- repo: local\n  hooks:\n  - id: flake8\n"),
        "pyfix's own select wins");
  }

  @Test
  void withFlake8sSettingsNegatedComparisonsAreWhatPycodestyleReports() throws IOException {
    cli.write(".flake8", "[flake8]\nmax-line-length = 88\n");
    cli.write(
        "n.py",
        "def f(t, d, x):\n"
            + "    a = not t.lower() in d\n"
            + "    b = not (x) in d\n"
            + "    c = not d[0] is x\n"
            + "    e = not (x in d)\n"
            + "    return not x.y in d, a, b, c, e\n");
    Ran check = cli.run("check", "--output-format", "concise", "--select", "E713,E714", "n.py");
    assertEquals(1, check.out().lines().filter(l -> l.contains(": E71")).count(), check.out());
    assertTrue(check.out().contains("n.py:6:16: E713"), check.out());
  }

  @Test
  void perFileIgnoresFromRuffAndFlake8MatchAcrossFolders() throws IOException {
    // their `*` matches `/` too (Ruff's globset, flake8's fnmatch)
    cli.write("tests/sub/b.py", "x = 1\nif x: y = 1\n");
    cli.write("setup.cfg", "[flake8]\nper-file-ignores =\n    tests/*:E701\n");
    assertFalse(cli.run("check", "tests/sub/b.py").out().contains("E701"), "flake8");
    assertTrue(
        cli.run("settings", "tests/sub/b.py")
            .out()
            .contains("per-file-ignores = { \"tests/*\" = [\"E701\"] }  # setup.cfg [flake8]"));
    Files.delete(tmp.resolve("setup.cfg"));
    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nselect = [\"E7\"]\n\n[tool.ruff.lint.per-file-ignores]\n"
            + "\"tests/*\" = [\"E701\"]\n");
    assertFalse(cli.run("check", "tests/sub/b.py").out().contains("E701"), "Ruff");
    assertTrue(
        cli.run("settings", "tests/sub/b.py")
            .out()
            .contains("# pyproject.toml [tool.ruff.lint] per-file-ignores\n"));
  }

  /** The files a {@code check} of the folder reports, each once, in order. */
  private List<String> filesReported() {
    Ran check = cli.run("check", "--output-format", "concise", ".");
    return check
        .out()
        .lines()
        .filter(l -> l.contains(": "))
        .map(l -> l.split(":")[0])
        .distinct()
        .toList();
  }

  @Test
  void ruffsExcludeGlobsLetAStarMatchSlashes() throws IOException {
    // Ruff's globset: `*` matches `/` too, so `*/migrations/*` leaves out migrations at any depth
    cli.write(
        "pyproject.toml",
        """
        [tool.ruff]
        extend-exclude = ["*/migrations/*", "tests/*.py", "gen_*/x.py"]
        [tool.ruff.lint]
        select = ["W291"]
        """);
    for (String file :
        List.of(
            "app/migrations/m.py",
            "a/b/migrations/m.py",
            "migrations/m.py",
            "tests/unit/t.py",
            "gen_1/y/x.py",
            "ok.py")) {
      cli.write(file, "x = 1 \n");
    }
    assertEquals(List.of("migrations/m.py", "ok.py"), filesReported());
  }

  @Test
  void aRuffOptionSetInLintReplacesTheTopLevelOne() throws IOException {
    // Ruff reads each lint option from [lint] when it is set there, else from the top level
    cli.write(
        "pyproject.toml",
        """
        [tool.ruff]
        extend-select = ["W291"]
        ignore = ["E701"]
        [tool.ruff.per-file-ignores]
        "a.py" = ["E702"]
        [tool.ruff.lint]
        extend-select = ["E7"]
        ignore = ["E703"]
        [tool.ruff.lint.per-file-ignores]
        "b.py" = ["E702"]
        """);
    cli.write("a.py", "x = 1 \nif x: y = 1\nz = 1; w = 2\nv = 3;\n");
    Ran check = cli.run("check", "--output-format", "concise", "a.py");
    assertEquals(
        List.of("a.py:2:5: E701", "a.py:3:6: E702"),
        check
            .out()
            .lines()
            .filter(l -> l.contains(": E") || l.contains(": W"))
            .map(l -> l.substring(0, l.indexOf(" ", l.indexOf(": ") + 2)))
            .toList(),
        check.out());
  }

  @Test
  void aMembersPyprojectWithOnlyRequiresPythonLeavesTheParentsSettings() throws IOException {
    // Ruff takes the nearest pyproject.toml with a [tool.ruff] table (a uv or hatch workspace)
    cli.write(
        "pyproject.toml",
        """
        [tool.ruff]
        target-version = "py311"
        [tool.ruff.lint]
        select = ["W291"]
        [tool.ruff.lint.per-file-ignores]
        "sub/gen_*.py" = ["W291"]
        """);
    cli.write("sub/pyproject.toml", "[project]\nname = \"sub\"\nrequires-python = \">=3.10\"\n");
    cli.write("sub/gen_a.py", "x = 1 \n");
    cli.write("sub/b.py", "x = 1 \n");
    assertEquals(List.of("sub/b.py"), filesReported());
    Ran settings = cli.run("settings", "sub/b.py");
    assertTrue(settings.out().contains("# Settings file: pyproject.toml\n"), settings.out());
    // alone, such a file still gives the target version
    Files.delete(tmp.resolve("pyproject.toml"));
    settings = cli.run("settings", "sub/b.py");
    assertTrue(
        settings.out().contains("target-version = \"py310\"  # sub/pyproject.toml [project]"),
        settings.out());
  }

  @Test
  void blackAndFlake8HookArgsAreAdopted() throws IOException {
    String hooks =
        String.join(
            "\n",
            "repos:",
            "  - repo: https://github.com/psf/black",
            "    hooks:",
            "      - id: black",
            "        args: [--line-length=100]",
            "  - repo: https://github.com/PyCQA/flake8",
            "    hooks:",
            "      - id: flake8",
            "        args: [\"--extend-ignore=E701,E702\", \"--max-line-length\", \"100\"]",
            "");
    cli.write(".pre-commit-config.yaml", hooks);
    cli.write(
        "h.py",
        "def f(argument_one, argument_two, some_function_call):\n"
            + "    if argument_one: argument_two = 1; some_function_call = 2\n"
            + "    return some_function_call(argument_one, argument_two, keyword_argument=argument_one, k=1)\n");
    Ran check = cli.run("check", "--output-format", "concise", "h.py");
    assertEquals(0, check.code(), check.out());
  }

  @Test
  void flake8sHookArgsComeAfterItsSettingsFileAndListsSplitAtSpaces() throws IOException {
    // flake8 splits lists at whitespace too, and its command line wins over its settings file
    cli.write("setup.cfg", "[flake8]\nmax-line-length = 79\nextend-ignore = E203 E701\n");
    cli.write(
        ".pre-commit-config.yaml",
        "repos:\n  - repo: x\n    hooks:\n      - id: flake8\n        args: [--max-line-length=120]\n");
    cli.write(
        "m.py",
        "def f(first_argument, second_argument):\n"
            + "    if first_argument: return some_function_name(first_argument, second_argument, 1)\n");
    Ran check = cli.run("check", "--output-format", "concise", "m.py");
    assertEquals(0, check.code(), check.out());
  }

  @Test
  void aBareFlake8HookRunsWithFlake8sDefaultLength() throws IOException {
    cli.write(".pre-commit-config.yaml", "repos:\n  - repo: x\n    hooks:\n      - id: flake8\n");
    cli.write(
        "m.py",
        "x = 1  # a comment that makes this line longer than 79 characters, though not 88\n");
    Ran check = cli.run("check", "--output-format", "concise", "m.py");
    assertTrue(check.out().contains("m.py:1:80: E501"), check.out());
  }

  @Test
  void ruffHookArgsCountAsRuffsCommandLine() throws IOException {
    String hook = "repos:\n  - repo: x\n    hooks:\n      - id: ruff\n        args: [%s]\n";
    cli.write(".pre-commit-config.yaml", hook.formatted("--fix, --ignore=E701"));
    cli.write("m.py", "def f(x):\n    if x: return 1\n    return 2\n");
    assertEquals(0, cli.run("check", "m.py").code(), "--ignore");
    cli.write("pyproject.toml", "[tool.ruff]\nselect = [\"E\", \"F\"]\n");
    cli.write(".pre-commit-config.yaml", hook.formatted("--line-length=100"));
    cli.write(
        "m.py",
        "x = 1  # a comment that makes this line longer than eighty-eight columns, though not a hundred\n");
    assertEquals(0, cli.run("check", "m.py").code(), "--line-length");
    Files.delete(tmp.resolve("pyproject.toml"));
    cli.write(".pre-commit-config.yaml", hook.formatted("--extend-select, \"E501,I\""));
    cli.write("m.py", "import sys\nimport os\n\nprint(sys, os)\n");
    assertTrue(cli.run("check", "m.py").out().contains("m.py:1:1: I001"), "--extend-select");
  }

  @Test
  void besideRuffACodeFlake8IgnoresStaysOffWhereRuffDoesNotRunIt() throws IOException {
    cli.write(".flake8", "[flake8]\nextend-ignore = E501\n");
    cli.write("pyproject.toml", "[tool.ruff]\n"); // Ruff's default selection has no E501
    cli.write(
        "m.py",
        "x = 1  # a comment that is long enough to go past the default limit of 88 characters, surely\n");
    assertEquals(0, cli.run("check", "m.py").code(), "neither tool reports it");
    cli.write("pyproject.toml", "[tool.ruff]\nselect = [\"E\"]\n");
    assertTrue(cli.run("check", "m.py").out().contains("m.py:1:89: E501"), "Ruff reports it");
  }

  @Test
  void ruffsDummyVariableRegexDecidesWhichRedefinitionsF811Reports() throws IOException {
    String twice = "def %1$s():\n    pass\n\n\ndef %1$s():\n    pass\n";
    cli.write("a.py", twice.formatted("dummy_f"));
    cli.write("b.py", twice.formatted("_add"));
    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nselect = [\"F811\"]\ndummy-variable-rgx = \"^dummy\"\n");
    Ran check = cli.run("check", "--output-format", "concise", ".");
    assertFalse(check.out().contains("a.py"), check.out());
    assertTrue(check.out().contains("b.py:5:5: F811"), check.out());
    cli.write("pyproject.toml", "[tool.pyfix]\ndummy-variable-rgx = \"([\"\n");
    Ran bad = cli.run("check", ".");
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.err().contains("is not a regular expression"), bad.toString());
  }

  @Test
  void flake8sExcludesAreAdopted() throws IOException {
    cli.write("setup.cfg", "[flake8]\nexclude = tpl/*\nextend-exclude = gen\n");
    cli.write("tpl/project/settings.py", "{% spaceless %}\nx = 1 ;\n");
    cli.write("gen/b.py", "if x: y = 2\n");
    cli.write("src/c.py", "if x: y = 2\n");
    Ran check = cli.run("check", "--output-format", "concise", ".");
    assertEquals(1, check.code(), check.out() + check.err());
    assertTrue(check.out().contains("src/c.py"), check.out());
    assertFalse(check.out().contains("gen/") || check.out().contains("tpl/"), check.out());
  }

  @Test
  void ruffsSelectOfIRunsBothImportRules() throws IOException {
    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nselect = [\"I\"]\n\n[tool.ruff.lint.isort]\n"
            + "required-imports = [\"from __future__ import annotations\"]\n");
    cli.write("r.py", "import os\n\nprint(os)\n");
    assertTrue(cli.run("check", "r.py").out().contains("I002"), "I002, as Ruff's I holds it");
  }

  @Test
  void maxComplexityComesFromFlake8OrRuff() throws IOException {
    String branches =
        "def f(a):\n"
            + "    if a == 1:\n        return 1\n"
            + "    if a == 2:\n        return 2\n"
            + "    if a == 3:\n        return 3\n"
            + "    return 0\n";
    cli.write("c.py", branches);
    cli.write(".flake8", "[flake8]\nselect = C,E,F,W\n");
    assertFalse(cli.run("check", "c.py").out().contains("C901"), "mccabe is off without a limit");
    cli.write(".flake8", "[flake8]\nselect = C,E,F,W\nmax-complexity = 3\n");
    assertTrue(cli.run("check", "c.py").out().contains("C901"), "flake8's limit");
    Files.delete(tmp.resolve(".flake8"));
    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nselect = [\"C90\"]\n\n[tool.ruff.lint.mccabe]\nmax-complexity = 3\n");
    assertTrue(cli.run("check", "c.py").out().contains("C901"), "Ruff's limit");
  }

  @Test
  void anIsortHookSortsAsIsortRunsIt() throws IOException {
    // isort's defaults (79 columns, grid) when the hook alone runs it; its args over them
    String grid =
        "from collections.abc import (AsyncGenerator, AsyncIterable, AsyncIterator,\n"
            + "                             Awaitable, Coroutine)\n\n"
            + "print(AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Coroutine)\n";
    String hook =
        "repos:\n  - repo: https://github.com/PyCQA/isort\n    hooks:\n      - id: isort\n";
    cli.write(".pre-commit-config.yaml", hook);
    cli.write("grid.py", grid);
    assertEquals(0, cli.run("check", "--select", "I001", "grid.py").code());
    String oneLine =
        "from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable,"
            + " Coroutine\n\nprint(AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable,"
            + " Coroutine)\n";
    cli.write(
        ".pre-commit-config.yaml",
        hook + "        args:\n          - --line-length=120\n          - \"--filter-files\"\n");
    cli.write("long.py", oneLine);
    assertEquals(0, cli.run("check", "--select", "I001", "long.py").code());
    cli.write(".pre-commit-config.yaml", hook + "        args: [\"--profile\", black]\n");
    assertEquals(1, cli.run("check", "--select", "I001", "grid.py").code(), "black's layout");
  }

  @Test
  void isortHookArgsAreReadAsIsortsCommandLineReadsThem() throws IOException {
    // each file is clean under isort 5.6.4 with the hook's args
    String hook =
        "repos:\n  - repo: https://github.com/PyCQA/isort\n    hooks:\n      - id: isort\n";
    cli.write(
        "a.py",
        "import os\n\nimport requests\n\nimport bar\nimport foo\n\nprint(os, requests, bar, foo)\n");
    cli.write(".pre-commit-config.yaml", hook + "        args: [-p, foo, --project=bar]\n");
    assertEquals(0, cli.run("check", "a.py").code(), "a repeated list option adds up");

    cli.write(
        "b.py", "import os\n\nimport requests\n\nimport mypkg\n\nprint(os, requests, mypkg)\n");
    cli.write(".pre-commit-config.yaml", hook + "        args: [--known-local-folder, mypkg]\n");
    assertEquals(0, cli.run("check", "b.py").code(), "a list option's value after a space");

    String hanging =
        "from os import (\n  altsep,\n  curdir,\n  extsep,\n  pardir,\n  path,\n  sep\n)\n";
    cli.write("c.py", hanging);
    cli.write(".pre-commit-config.yaml", hook + "        args: [-i, \"2\", -m3, -l, \"40\"]\n");
    Ran shortFlags = cli.run("check", "c.py");
    assertEquals(0, shortFlags.code(), "short flags, a value written onto one: " + shortFlags);

    cli.write("cfg/isort.cfg", "[isort]\nforce_single_line = true\n");
    cli.write(
        "d.py",
        "import os\nfrom typing import Any\nfrom typing import Dict\n\nprint(os, Any, Dict)\n");
    cli.write(".pre-commit-config.yaml", hook + "        args: [--settings-path, cfg/isort.cfg]\n");
    assertEquals(0, cli.run("check", "d.py").code(), "the settings file the hook names");
  }

  @Test
  void isortsOptionsWinOverItsProfileWhereverTheProfileIsWritten() throws IOException {
    // clean under isort 5.6.4 at 40 columns; the profiles' own lengths (100, 88) would join it
    cli.write(
        "a.py",
        "from collections.abc import (\n    AsyncIterator,\n    Awaitable,\n)\n\n"
            + "print(AsyncIterator, Awaitable)\n");
    cli.write("pyproject.toml", "[tool.isort]\nline_length = 40\nprofile = \"hug\"\n");
    Ran before = cli.run("check", "--select", "I001", "a.py");
    assertEquals(0, before.code(), "an option written before the profile: " + before);

    Files.delete(tmp.resolve("pyproject.toml"));
    cli.write(".isort.cfg", "[settings]\nline_length = 40\n");
    cli.write(
        ".pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/PyCQA/isort\n    hooks:\n      - id: isort\n"
            + "        args: [--profile, black]\n");
    Ran hook = cli.run("check", "--select", "I001", "a.py");
    assertEquals(0, hook.code(), "the hook's profile under the settings file's option: " + hook);
  }

  @Test
  void isortsSectionsOfOneFileAreMergedAndAnEmptyOneIsPassedOver() throws IOException {
    // 95 columns: clean under isort 5.6.4 with black's profile at 100, wrapped at 88
    cli.write(
        "a.py",
        "from aaaaaaaaaaaaaa import bbbbbbbbbbbbbbbbb, ccccccccccccccccccccc, dddddddddddddddddd,"
            + " eeeeee\n\nprint(bbbbbbbbbbbbbbbbb, ccccccccccccccccccccc, dddddddddddddddddd,"
            + " eeeeee)\n");
    cli.write(".isort.cfg", "[settings]\nprofile = black\n\n[isort]\nline_length = 100\n");
    Ran isortCfg = cli.run("check", "--select", "I001", "a.py");
    assertEquals(0, isortCfg.code(), ".isort.cfg's [settings] and [isort]: " + isortCfg);

    cli.write(".isort.cfg", "[settings]\n");
    cli.write(
        "setup.cfg",
        "[isort]\nprofile = black\nline_length = 50\n[tool:isort]\nline_length = 100\n");
    Ran setupCfg = cli.run("check", "--select", "I001", "a.py");
    assertEquals(0, setupCfg.code(), "setup.cfg's [tool:isort] after [isort]: " + setupCfg);

    Files.delete(tmp.resolve("setup.cfg"));
    Ran empty = cli.run("check", "--select", "I001", "a.py");
    assertEquals(1, empty.code(), "an empty section alone: isort's defaults, 79 columns");
  }

  @Test
  void iniDefaultsCountAsIsortOptions() throws IOException {
    // 95 columns: clean under isort 5.6.4 with black's profile at 100, wrapped at 88
    cli.write(
        "a.py",
        "from aaaaaaaaaaaaaa import bbbbbbbbbbbbbbbbb, ccccccccccccccccccccc, dddddddddddddddddd,"
            + " eeeeee\n\nprint(bbbbbbbbbbbbbbbbb, ccccccccccccccccccccc, dddddddddddddddddd,"
            + " eeeeee)\n");
    cli.write("setup.cfg", "[DEFAULT]\nline_length = 100\n\n[isort]\nprofile = black\n");
    Ran check = cli.run("check", "--select", "I001", "a.py");
    assertEquals(0, check.code(), check.toString());
  }

  @Test
  void ruffsNegatedPerFileIgnoresApplyWhereThePatternDoesNotMatch() throws IOException {
    cli.write(
        "ruff.toml",
        "[lint]\nselect = [\"T20\"]\nper-file-ignores = { \"!src/**.py\" = [\"T201\"] }\n");
    cli.write("src/m.py", "print(1)\n");
    cli.write("tests/t.py", "print(1)\n");
    Ran check = cli.run("check", ".");
    assertTrue(check.out().contains("src/m.py:1:1: T201"), check.toString());
    assertFalse(check.out().contains("tests/t.py"), check.toString());
  }

  @Test
  void ruffsTaskTagsDecideWhichOverlongCommentsAreLeftAlone() throws IOException {
    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint]\nselect = [\"E501\"]\ntask-tags = [\"HACK\"]\n\n"
            + "[tool.ruff.lint.pycodestyle]\nignore-overlong-task-comments = true\n");
    cli.write("a.py", "# HACK: " + "word ".repeat(18) + "\n# FIXME: " + "word ".repeat(18) + "\n");
    Ran check = cli.run("check", ".");
    assertFalse(check.out().contains("a.py:1:"), check.toString());
    assertTrue(check.out().contains("a.py:2:89: E501"), check.toString());
  }

  @Test
  void flake8sDefaultsAndPycodestylesTypeComparisonAreFollowed() throws IOException {
    cli.write(".flake8", "[flake8]\nextend-ignore = E203\n");
    // 84 columns: over flake8's default 79
    cli.write("a.py", "xxxxxxx = \"" + "a".repeat(72) + "\"\n");
    cli.write(
        "b.py",
        "def f(kind, x):\n    if kind == int:\n        return 1\n    return type(x) == int\n");
    // flake8 reads these as a blanket `# noqa`: codes count only right after its colon
    cli.write(
        "c.py", "import os  # noqa : E501\nimport re  # noqa:  E501\nimport json  # noqa:F401\n");
    Ran check = cli.run("check", ".");
    assertFalse(check.out().contains("c.py"), check.toString());
    assertTrue(check.out().contains("a.py:1:80: E501"), check.toString());
    // pycodestyle's E721 needs a type() call on one side
    assertFalse(check.out().contains("b.py:2:"), check.toString());
    assertTrue(check.out().contains("b.py:4:12: E721"), check.toString());

    // beside Black, lines are still wrapped to Black's length
    cli.write("pyproject.toml", "[tool.black]\n");
    String settings = cli.run("settings", "a.py").out();
    assertTrue(settings.contains("line-length = 88  # default"), settings);
    assertTrue(settings.contains("max-line-length = 79"), settings);
  }

  @Test
  void aBlackHooksShortLineLengthWithItsValueWrittenOnIsRead() throws IOException {
    cli.write(
        ".pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/psf/black\n    hooks:\n      - id: black\n"
            + "        args: [\"-l100\"]\n");
    cli.write("a.py", "x = 1\n");
    assertTrue(cli.run("settings", "a.py").out().contains("line-length = 100"));
  }

  @Test
  void ruffTomlIgnoresAreAdopted() throws IOException {
    cli.write(
        "ruff.toml",
        """
        [lint]
        ignore = ["B006"]

        [lint.per-file-ignores]
        "gen/*" = ["ALL"]
        """);
    cli.write("a.py", "def f(a=[]):\n    return a\n");
    cli.write("gen/b.py", "import os\ntry:\n    pass\nexcept:\n    pass\n");
    Ran check = cli.run("check", ".");
    assertEquals(0, check.code(), check.toString());
  }

  @Test
  void ruffTomlTopLevelIgnoreAndPyflakesOptionsAreAdopted() throws IOException {
    cli.write(
        "ruff.toml",
        """
        select = ["F", "B"]
        ignore = ["B006"]

        [lint.pyflakes]
        allowed-unused-imports = ["os"]
        """);
    cli.write("a.py", "import os\n\n\ndef f(a=[]):\n    return a\n");
    Ran check = cli.run("check", ".");
    assertEquals(0, check.code(), check.toString());
    cli.write("b.py", "import sys\n");
    check = cli.run("check", ".");
    assertEquals(1, check.code(), check.toString());
    assertTrue(check.out().contains("b.py:1:8: F401"), check.toString());
  }

  @Test
  void aRuffProjectsTargetDecidesItsStandardLibrary() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [project]
        requires-python = ">=3.12"

        [tool.ruff.lint]
        select = ["I"]
        """);
    // sorted as Ruff sorts for py312: distutils and asyncore are no longer standard library
    cli.write(
        "a.py",
        "import os\nimport tomllib\n\nimport asyncore\nimport distutils\nimport requests\n");
    Ran check = cli.run("check", ".");
    assertEquals(0, check.code(), check.toString());
  }

  @Test
  void ruffsTargetVersionWinsOverRequiresPython() throws IOException {
    // Ruff: "target-version takes precedence over requires-python"; a py38 project must not get
    // 3.12's f-strings because its metadata allows 3.12
    cli.write(
        "pyproject.toml",
        "[project]\nrequires-python = \">=3.12\"\n[tool.ruff]\ntarget-version = \"py38\"\n");
    Ran r = cli.run("settings");
    assertTrue(
        r.out().contains("target-version = \"py38\"  # pyproject.toml [tool.ruff] target-version"),
        r.toString());
  }

  @Test
  void targetVersionFromBlackThenRuff() throws IOException {
    cli.write("pyproject.toml", "[tool.black]\ntarget-version = [\"py311\", \"py310\"]\n");
    Ran r = cli.run("settings");
    assertTrue(
        r.out()
            .contains("target-version = \"py310\"  # pyproject.toml [tool.black] target-version"),
        r.toString());
    cli.write("ruff.toml", "target-version = \"py312\"\n");
    cli.write("pyproject.toml", "[project]\nname = \"app\"\n");
    cli.write("sub/pyproject.toml", "[tool.ruff]\ntarget-version = \"py312\"\n");
    r = cli.run("settings", "sub");
    assertTrue(r.out().contains("target-version = \"py312\""), r.toString());
  }

  @Test
  void aBooleanWhereIsortWantsANumberIsReadAsPythonReadsIt() throws IOException {
    // isort passes TOML's false on to Python, where it is 0; pyfix used to stop the whole run
    cli.write("pyproject.toml", "[tool.isort]\nprofile = \"black\"\nforce_grid_wrap = false\n");
    cli.write("m.py", "import sys\nimport os\n");
    Ran ran = cli.run("fix", "m.py");
    assertEquals(0, ran.code(), ran.toString());
    assertEquals("import os\nimport sys\n", Files.readString(tmp.resolve("m.py")));
  }

  @Test
  void isortWithoutProfileWrapsInItsGridAtItsLineLength() throws IOException {
    cli.write("tox.ini", "[tox]\nenvlist = py311\n\n[isort]\nknown_first_party = app\n");
    cli.write(
        "app.py",
        """
        import os
        import sys
        from collections import ChainMap, Counter
        from collections import OrderedDict as OD
        from collections import defaultdict, deque, namedtuple
        from os.path import \\
            join  # where the data files are kept, relative to the package root folder
        from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, List,
                            Optional, Tuple, Union, cast)

        import click
        from click.decorators import (argument, command, group, option, pass_context,
                                      version_option)

        from app import models
        """);
    clean();
    Ran check = cli.run("check", "--select", "I001", ".");
    assertTrue(!check.err().contains("warning"), check.toString());
    Ran settings = cli.run("settings", "app.py");
    assertTrue(settings.out().contains("import-style = \"isort\"  # isort, from tox.ini [isort]"));
  }

  @Test
  void setupCfgWithDjangoProfile() throws IOException {
    cli.write(
        "setup.cfg",
        "[metadata]\nname = x\n\n[isort]\nprofile = django\nknown_first_party = app\n");
    cli.write(
        "app.py",
        """
        import os
        import sys
        from collections import (
            ChainMap, Counter, OrderedDict as OD, defaultdict, deque, namedtuple,
        )
        from os.path import \\
            join  # where the data files are kept, relative to the package root folder
        from typing import (
            TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Tuple, Union,
            cast,
        )

        import click
        from click.decorators import (
            argument, command, group, option, pass_context, version_option,
        )

        from app import models
        """);
    clean();
  }

  @Test
  void isortCfgWithHangingIndent() throws IOException {
    cli.write(
        ".isort.cfg",
        "[settings]\nmulti_line_output = 2\nline_length = 72\nknown_first_party = app\n");
    cli.write(
        "app.py",
        """
        import os
        import sys
        from collections import ChainMap, Counter
        from collections import OrderedDict as OD
        from collections import defaultdict, deque, namedtuple
        from os.path import \\
            join  # where the data files are kept, relative to the package root folder
        from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, \\
            Optional, Tuple, Union, cast

        import click
        from click.decorators import argument, command, group, option, \\
            pass_context, version_option

        from app import models
        """);
    clean();
  }

  /** What {@code fix} makes of a long from-import with isort's mode 4 and {@code indent}. */
  private String verticalGridWithIndent(String indent) throws IOException {
    cli.write(
        "pyproject.toml",
        "[tool.isort]\nmulti_line_output = \"VERTICAL_GRID\"\nindent = " + indent + "\n");
    cli.write(
        "app.py",
        "from os import (path, sep, curdir, pardir, extsep, altsep, devnull, linesep, getcwd,"
            + " getpid)\n");
    Ran fix = cli.run("fix", "--select", "I001", ".");
    assertEquals(0, fix.code(), fix.toString());
    return Files.readString(tmp.resolve("app.py"));
  }

  @Test
  void wrapModeByNameAndUnsupportedModeIsASettingsError() throws IOException {
    // isort 5.6.4's outputs for these settings
    assertEquals(
        "from os import (\n\taltsep, curdir, devnull, extsep, getcwd, getpid, linesep, pardir,"
            + " path, sep)\n",
        verticalGridWithIndent("\"tab\""));
    // the indent as isort's own default spells it: four spaces in a string
    assertEquals(
        "from os import (\n    altsep, curdir, devnull, extsep, getcwd, getpid, linesep, pardir,"
            + " path,\n    sep)\n",
        verticalGridWithIndent("\"    \""));
    cli.write("pyproject.toml", "[tool.isort]\nmulti_line_output = 7\n");
    Ran noqa = cli.run("check", ".");
    assertTrue(
        noqa.err()
            .contains(
                "warning: 'multi_line_output' in pyproject.toml [tool.isort] is 7 NOQA, which"
                    + " pyfix does not print; I001 is off under these settings"),
        noqa.toString());
    assertFalse(noqa.out().contains("I001"), noqa.toString());
    cli.write("pyproject.toml", "[tool.isort]\nmulti_line_output = 12\n");
    Ran bad = cli.run("check", "--select", "I001", ".");
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.err().contains("isort's wrap modes are 0 to 11"), bad.toString());
  }

  @Test
  void isortOptionsPyfixCannotApplyTurnI001OffUnlessTheyLeaveCleanFilesAlike() throws IOException {
    // clean under isort 5.6.4 with each setting, and not in isort's default order
    String oneSection = "import os\nimport requests\nimport sys\n";
    cli.write("app.py", oneSection);
    for (String option : List.of("no_sections = true", "profile = \"plone\"")) {
      cli.write("pyproject.toml", "[tool.isort]\n" + option + "\n");
      Ran ran = cli.run("fix", ".");
      assertEquals(oneSection, cli.read("app.py"), ran.toString());
      assertTrue(ran.err().contains("I001 is off under these settings"), ran.toString());
    }
    // float_to_top leaves a file isort keeps as it is alike: I001 sorts on, with a warning
    cli.write("app.py", "import sys\nimport os\n");
    cli.write("pyproject.toml", "[tool.isort]\nfloat_to_top = true\n");
    Ran floated = cli.run("fix", ".");
    assertEquals("import os\nimport sys\n", cli.read("app.py"), floated.toString());
    assertTrue(floated.err().contains("I001 sorts as if it were not set"), floated.toString());
  }

  @Test
  void forceAlphabeticalSortWithinSectionsSortsNamesIgnoringCaseAndType() throws IOException {
    // isort 5.6.4's output with force_alphabetical_sort_within_sections = true
    String sorted = "from m import alpha, Beta, CONST, delta\n";
    cli.write("app.py", "from m import CONST, Beta, delta, alpha\n");
    cli.write("pyproject.toml", "[tool.isort]\nforce_alphabetical_sort_within_sections = true\n");
    Ran ran = cli.run("fix", ".");
    assertEquals(sorted, cli.read("app.py"), ran.toString());
    assertFalse(ran.err().contains("warning"), ran.toString());
  }

  @Test
  void ruffTomlGivesLineLengthSrcAndExcludesOverToolRuff() throws IOException {
    cli.write("pyproject.toml", "[tool.ruff]\nline-length = 60\n");
    cli.write(
        "ruff.toml",
        """
        line-length = 100
        src = ["lib"]
        extend-exclude = ["gen"]

        [lint]
        select = ["E", "I"]
        """);
    cli.write("lib/app/__init__.py", "");
    // Ruff (wasm 0.17.4, with known-first-party app for the src folder it cannot see) keeps this
    // block and finds no E501; at line-length 60 it reports both
    cli.write(
        "lib/app/core.py",
        """
        import os

        import requests

        from app import util

        VALUE = [os, requests, util, "a string that makes this line longer than sixty chars"]
        """);
    cli.write("gen/x.py", UNSORTED);
    clean();
    untouched("gen/x.py");
    Ran settings = cli.run("settings", "lib/app/core.py");
    assertTrue(
        settings.out().contains("line-length = 100  # ruff.toml line-length"), settings.toString());
  }

  @Test
  void isortCustomSectionsInSetupCfg() throws IOException {
    cli.write(
        "setup.cfg",
        """
        [isort]
        profile = black
        sections = FUTURE,STDLIB,THIRDPARTY,DJANGO,FIRSTPARTY,LOCALFOLDER
        known_django = django
        known_celery = celery
        """);
    // isort 5.6.4 with this setup.cfg keeps this block as it is
    cli.write(
        "app.py",
        """
        import os

        import requests

        import django.db
        from django.conf import settings

        __all__ = [os, requests, django, settings]
        """);
    clean();
    Ran explain = cli.run("explain-import", "django.db");
    assertTrue(
        explain.out().contains("django.db: django (the section django lists django)"),
        explain.toString());
    assertTrue(
        explain.out().contains("'known_celery' in setup.cfg [isort] lists modules of the section"),
        explain.toString());
  }

  @Test
  void configNamingAnIniFileIsAClearError() throws IOException {
    cli.write("setup.cfg", "[isort]\nprofile = black\n");
    cli.write("app.py", "import os\n");
    Ran r = cli.run("check", "--config", "setup.cfg", "app.py");
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err()
            .contains("error: --config takes a TOML file (pyfix.toml, pyproject.toml); setup.cfg"),
        r.toString());
  }

  @Test
  void editorconfigCountsOnlyWithIsortKeys() throws IOException {
    cli.write(
        ".editorconfig", "[*.py]\nindent_size = 4\nmax_line_length = 100\nquote_type = double\n");
    cli.write("app.py", "import os\n");
    assertTrue(
        cli.run("settings", "app.py")
            .out()
            .contains("(pyfix's default: no isort or Ruff settings"));
    cli.write(
        ".editorconfig", "[*.py]\nindent_size = 4\nprofile = black\nforce_single_line = true\n");
    Ran r = cli.run("settings", "app.py");
    assertTrue(r.out().contains("isort, from .editorconfig [*.py]"), r.toString());
    assertTrue(
        r.out().contains("#   force_single_line = true  # .editorconfig [*.py]"), r.toString());
  }

  @Test
  void unsupportedOptionIsNamedInAWarning() throws IOException {
    cli.write(
        "pyproject.toml",
        "[tool.ruff.lint.isort]\nconstants = [\"os\"]\nrequired-imports = []\ndetect-same-package = true\n");
    cli.write("app.py", "import os\n");
    Ran r = cli.run("check", "--select", "I001", ".");
    assertTrue(
        r.err()
            .contains(
                "warning: 'constants' in pyproject.toml [tool.ruff.lint.isort] is not"
                    + " supported"),
        r.toString());
    assertFalse(r.err().contains("required-imports"), r.toString());
    assertFalse(r.err().contains("detect-same-package"), "supported now: " + r);
    Ran stdin = cli.runWithStdin("import os\n".getBytes(), "check", "--select", "I001", "-");
    assertTrue(stdin.err().contains("warning: 'constants' in pyproject.toml"), stdin.toString());
  }

  @Test
  void importStyleChosenExplicitly() throws IOException {
    cli.write(
        "pyproject.toml",
        """
        [tool.isort]
        profile = "black"

        [tool.ruff.lint.isort]
        force-single-line = true

        [tool.pyfix]
        import-style = "ruff"
        """);
    cli.write("app.py", "from os import path, sep\n");
    Ran r = cli.run("fix", "--select", "I001", ".");
    assertEquals(0, r.code(), r.toString());
    assertEquals(
        "from os import path\nfrom os import sep\n", Files.readString(tmp.resolve("app.py")));
    Ran explain = cli.run("explain-import", "os");
    assertTrue(
        explain.out().contains("sorted as ruff, from import-style in pyproject.toml [tool.pyfix]"),
        explain.toString());
  }
}
