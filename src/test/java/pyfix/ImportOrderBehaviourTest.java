package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.fix.Applicability;
import pyfix.fix.FileResult;
import pyfix.fix.Settings;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;
import pyfix.testing.Oracle;

/**
 * Where the order of imports is observable, I001 reorders them only as an UNSAFE fix: python3
 * imports small packages before and after the fix. In a package's {@code __init__.py} a circular
 * import that works as written fails once sorted, and a name bound by two imports is bound by the
 * other one once sorted (which is why those fixes are UNSAFE); the SAFE fix, which sorts names and
 * other imports but keeps that order, still imports the same.
 */
class ImportOrderBehaviourTest {
  @TempDir Path dir;

  // common imports helpers, which reads diag from the partly initialized package: core must run
  // first, but sorting puts .common before .core
  private static final Map<String, String> CIRCULAR =
      Map.of(
          "__init__.py", "from .core import diag\nfrom .common import x\n",
          "core.py", "diag = 'd'\n",
          "common.py", "from . import helpers\n\nx = helpers.y\n",
          "helpers.py", "from . import diag\n\ny = diag\n");

  @Test
  void reorderingAPackagesOwnImportsIsUnsafeBecauseItBreaksCircularImports() throws Exception {
    Path pkg = write(CIRCULAR);
    assertEquals(new Ran(true, "d\n"), importPackage(), "the package imports as written");

    String init = CIRCULAR.get("__init__.py");
    FileResult safe = Pyfix.fix(init, settings(false));
    assertEquals(init, safe.output(), "the SAFE run leaves the order alone");
    assertEquals(Applicability.UNSAFE, safe.remaining().get(0).fix().orElseThrow().applicability());

    FileResult unsafe = Pyfix.fix(init, settings(true));
    assertEquals("from .common import x\nfrom .core import diag\n", unsafe.output());
    Files.writeString(pkg.resolve("__init__.py"), unsafe.output());
    Ran sorted = importPackage();
    assertTrue(
        !sorted.ok() && sorted.output().contains("partially initialized module"),
        "sorted, the package no longer imports: " + sorted);
  }

  @Test
  void sortingThatKeepsTheOrderOfOwnImportsIsSafe() throws Exception {
    Map<String, String> files =
        Map.of(
            "__init__.py",
            "import sys\nfrom .a_core import diag, b\nimport os\nfrom .b_common import x\n",
            "a_core.py",
            "diag = 'd'\nb = 'b'\n",
            "b_common.py",
            "from . import c_helpers\n\nx = c_helpers.y\n",
            "c_helpers.py",
            "from . import diag\n\ny = diag\n");
    Path pkg = write(files);
    assertEquals(new Ran(true, "d\n"), importPackage());

    FileResult safe = Pyfix.fix(files.get("__init__.py"), settings(false));
    assertEquals(
        "import os\nimport sys\n\nfrom .a_core import b, diag\nfrom .b_common import x\n",
        safe.output());
    Files.writeString(pkg.resolve("__init__.py"), safe.output());
    assertEquals(new Ran(true, "d\n"), importPackage(), "sorted, it still imports");
  }

  @Test
  void reorderingTwoImportsThatBindOneNameIsUnsafe() throws Exception {
    String init = "from .b import x\nfrom .a import x\n";
    Path pkg = write(Map.of("__init__.py", init, "a.py", "x = 'a'\n", "b.py", "x = 'b'\n"));
    assertEquals(new Ran(true, "a\n"), importPackage());

    Settings module = settings(false).forFile("pkg/module.py");
    assertEquals(init, Pyfix.fix(init, module).output(), "the SAFE run leaves the order alone");
    FileResult unsafe = Pyfix.fix(init, settings(true).forFile("pkg/module.py"));
    Files.writeString(pkg.resolve("__init__.py"), unsafe.output());
    assertEquals(new Ran(true, "b\n"), importPackage(), "sorted, x is the other module's");
  }

  @Test
  void outsideAPackagesInitReorderingOwnImportsIsUnsafeToo() throws PyfixSyntaxException {
    // two of the project's modules may import each other: sympy's polys/polyfuncs.py imports
    // specialpolys before rings, and sorted the other way the package no longer imports
    String init = CIRCULAR.get("__init__.py");
    assertEquals(init, Pyfix.fix(init, settings(false).forFile("pkg/module.py")).output());
    assertNotEquals(init, Pyfix.fix(init, settings(true).forFile("pkg/module.py")).output());
  }

  @Test
  void reorderingImportsWhoseFailureIsCaughtIsUnsafe() throws Exception {
    // the missing module stops the try body before json is bound; sorted, json comes first
    String module =
        "try:\n    import zz_not_installed\n    import json\nexcept ImportError:\n    pass\n"
            + "print('json' in globals())\n";
    assertUnsafeAndObservable(module, "False\n", Set.of());
  }

  @Test
  void reorderingAStarImportIsUnsafe() throws Exception {
    // the later star import binds sqrt: cmath's takes -1, math's raises
    assertUnsafeAndObservable(
        "from math import *\nfrom cmath import *\n\nprint(sqrt(-1))\n", "1j\n", Set.of());
  }

  @Test
  void reorderingModulesBesideAScriptIsUnsafe() throws Exception {
    // a script's folder is sys.path[0], so the modules beside it are the program's own: alpha
    // imported first imports zeta, which needs alpha.A before alpha has bound it
    Files.writeString(dir.resolve("zeta.py"), "from alpha import A\n\nZ = 2\n");
    Files.writeString(dir.resolve("alpha.py"), "import zeta\n\nA = 1\n");
    assertUnsafeAndObservable(
        "import zeta\nimport alpha\n\nprint(alpha.A)\n", "1\n", Set.of("alpha", "zeta"));
  }

  /**
   * Runs {@code module} as written (printing {@code printed}) and after I001's SAFE run, which must
   * leave it alone, and after its UNSAFE run, which must print something else; {@code own}: the
   * modules the configuration finds to be the program's own.
   */
  private void assertUnsafeAndObservable(String module, String printed, Set<String> own)
      throws Exception {
    assertEquals(new Ran(true, printed), run(module));
    assertEquals(
        module, Pyfix.fix(module, script(false, own)).output(), "the SAFE run leaves it alone");
    String sorted = Pyfix.fix(module, script(true, own)).output();
    assertNotEquals(module, sorted);
    assertNotEquals(new Ran(true, printed), run(sorted), "sorted, it behaves differently");
  }

  @Test
  void theFileNameSaysWhetherItIsAPackageInit() {
    Settings s = Settings.defaults();
    assertTrue(s.forFile("src/pkg/__init__.py").packageInit());
    assertTrue(s.forFile("__init__.py").packageInit());
    assertTrue(!s.forFile("src/pkg/__init__.pyi").packageInit());
    assertTrue(s.forFile("src/pkg/__init__.pyi").stub());
    assertTrue(!s.forFile("src/pkg/init.py").packageInit());
  }

  private static Settings settings(boolean unsafe) {
    return new Settings(88, PythonVersion.PY39, List.of("I001"), List.of(), unsafe)
        .forFile("pkg/__init__.py");
  }

  private static Settings script(boolean unsafe, Set<String> own) {
    Settings s = settings(unsafe).forFile("m.py");
    return s.withOptions(s.options().with(s.options().isort().withOwn(null, own)));
  }

  private Path write(Map<String, String> files) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.writeString(pkg.resolve(e.getKey()), e.getValue());
    }
    return pkg;
  }

  /** Whether python3 ran without an error, and what it printed (with its errors if not). */
  private record Ran(boolean ok, String output) {}

  private Ran importPackage() {
    return python("import pkg; print(pkg.x)");
  }

  private Ran run(String module) {
    return python(module);
  }

  /** Whether python3 ran {@code code} in the folder without an error, and what it printed. */
  private Ran python(String code) {
    Oracle.Result r = Oracle.PYTHON3.call(dir, List.of("-B", "-c", code), null);
    return new Ran(r.exitCode() == 0, r.exitCode() == 0 ? r.out() : r.out() + r.err());
  }
}
