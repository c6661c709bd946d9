package pyfix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.fix.Settings;
import pyfix.fix.options.AnnotationOptions;
import pyfix.fix.options.IsortOptions;
import pyfix.fix.options.RuleOptions;
import pyfix.parse.PythonVersion;

class ConfigurationTest {
  @TempDir Path tmp;

  private static final CommandLineSettings NONE =
      new CommandLineSettings(null, null, List.of(), List.of(), false);

  private Configuration configuration(CommandLineSettings given) {
    return new Configuration(tmp, given, null, false, selector -> true);
  }

  @Test
  void nothingGivenMeansDefaults() throws SettingsException {
    ProjectSettings project = configuration(NONE).forFolder(tmp);
    IsortOptions isort =
        new IsortOptions(List.of(), List.of(), List.of(tmp, tmp.resolve("src")), Map.of());
    assertEquals(
        Settings.defaults().withOptions(RuleOptions.DEFAULTS.with(isort)), project.settings());
    assertEquals(tmp, project.root());
    assertEquals(Optional.empty(), project.file());
    assertEquals(Origin.DEFAULT, project.origin(SettingsKey.LINE_LENGTH));
  }

  @Test
  void givenValuesReplaceDefaults() throws SettingsException {
    CommandLineSettings given =
        new CommandLineSettings(100, PythonVersion.PY312, List.of("W2"), List.of("W293"), true);
    Settings resolved = configuration(given).forFolder(tmp).settings();
    assertEquals(
        new Settings(100, PythonVersion.PY312, List.of("W2"), List.of("W293"), true),
        resolved.withOptions(RuleOptions.DEFAULTS));
  }

  @Test
  void annotationOptionsComeFromPyfixsTableElseRuffs() throws IOException, SettingsException {
    Files.writeString(
        tmp.resolve("pyproject.toml"),
        """
        [tool.pyfix.flake8-annotations]
        suppress-dummy-args = true

        [tool.ruff.lint.flake8-annotations]
        mypy-init-return = true
        """);
    assertEquals(
        new AnnotationOptions(false, true, false, false, false),
        configuration(NONE).forFolder(tmp).settings().options().annotations());
    Files.writeString(
        tmp.resolve("pyproject.toml"),
        "[tool.ruff.flake8-annotations]\nallow-star-arg-any = true\n");
    assertEquals(
        new AnnotationOptions(false, false, false, true, false),
        configuration(NONE).forFolder(tmp).settings().options().annotations());
    Files.writeString(
        tmp.resolve("pyproject.toml"), "[tool.pyfix.flake8-annotations]\nmypy-init = true\n");
    SettingsException e =
        assertThrows(SettingsException.class, () -> configuration(NONE).forFolder(tmp));
    assertTrue(
        e.getMessage().contains("'mypy-init' in [tool.pyfix.flake8-annotations] is not"),
        e.getMessage());
  }

  @Test
  void eachFolderIsResolvedOnceAndSharesItsProject() throws IOException, SettingsException {
    Files.writeString(tmp.resolve("pyproject.toml"), "[tool.pyfix]\nline-length = 70\n");
    Path deep = Files.createDirectories(tmp.resolve("a/b/c"));
    Configuration configuration = configuration(NONE);
    ProjectSettings first = configuration.forFolder(deep);
    assertEquals(70, first.settings().lineLength());
    // a settings file written later is not seen: folders are looked up once per run
    Files.writeString(deep.resolve("pyfix.toml"), "line-length = 60\n");
    assertSame(first, configuration.forFolder(deep));
    assertSame(first, configuration.forFile(tmp.resolve("a/x.py")));
  }

  @Test
  void requiresPythonGivesTheLowestAllowedVersion() {
    assertEquals(PythonVersion.PY39, RequiresPython.lowest(">=3.9"));
    assertEquals(PythonVersion.PY38, RequiresPython.lowest(">=3.8,<4"));
    assertEquals(PythonVersion.PY310, RequiresPython.lowest("~=3.10"));
    assertEquals(PythonVersion.PY310, RequiresPython.lowest("~=3.10.2"));
    assertEquals(PythonVersion.PY311, RequiresPython.lowest("==3.11.*"));
    assertEquals(PythonVersion.PY312, RequiresPython.lowest(" >= 3.9 , >=3.12, != 3.13.*"));
    assertEquals(PythonVersion.PY38, RequiresPython.lowest(">3.8"));
    assertEquals(PythonVersion.PY38, RequiresPython.lowest(">=3.6"));
    assertEquals(PythonVersion.PY38, RequiresPython.lowest(">=2.7, >=3"));
    assertEquals(PythonVersion.PY314, RequiresPython.lowest(">=3.99"));
    assertEquals(null, RequiresPython.lowest("<4"));
    assertThrows(IllegalArgumentException.class, () -> RequiresPython.lowest("python3.9"));
  }

  @Test
  void closestKeyAllowsTyposSwapsAndUnderscores() {
    List<String> keys = SettingsKey.names();
    assertEquals("line-length", Suggestions.closest("line_lenght", keys));
    assertEquals("line-length", Suggestions.closest("line_length", keys));
    assertEquals("extend-exclude", Suggestions.closest("extend-exlude", keys));
    assertEquals("select", Suggestions.closest("Selct", keys));
    assertEquals(null, Suggestions.closest("colour", keys));
  }

  @Test
  void globsMatchNamesAnywhereAndSlashedPathsFromTheRoot() {
    Path root = Path.of("/p");
    assertTrue(PathGlob.of("build").matches(root, Path.of("/p/a/build")));
    assertTrue(PathGlob.of("*_pb2.py").matches(root, Path.of("/p/x/m_pb2.py")));
    assertTrue(PathGlob.of("tests/**").matches(root, Path.of("/p/tests/a/b.py")));
    assertTrue(PathGlob.of("tests/**/*.py").matches(root, Path.of("/p/tests/b.py")));
    assertTrue(PathGlob.of("**/gen/*.py").matches(root, Path.of("/p/gen/b.py")));
    assertTrue(PathGlob.of("{gen,out}/**/*.py").matches(root, Path.of("/p/gen/b.py")));
    assertTrue(PathGlob.of("**/{gen,out}/*.py").matches(root, Path.of("/p/out/b.py")));
    assertTrue(PathGlob.of("{a,b}/**/{c,d}/*.py").matches(root, Path.of("/p/a/x/d/b.py")));
    assertTrue(PathGlob.of("./docs/").matches(root, Path.of("/p/docs")));
    assertFalse(PathGlob.of("docs").matches(root, Path.of("/p/docs2")));
    assertFalse(PathGlob.of("src/*.py").matches(root, Path.of("/p/src/pkg/a.py")));
    assertFalse(PathGlob.of("tests/**").matches(root, Path.of("/q/tests/a.py")));
    assertThrows(IllegalArgumentException.class, () -> PathGlob.of("a[b"));
  }

  @Test
  void ruffsGlobsLetAStarMatchSlashesAsGlobsetDoes() {
    Path root = Path.of("/p");
    assertTrue(PathGlob.ruff("*/migrations/*").matches(root, Path.of("/p/a/b/migrations/m.py")));
    assertFalse(PathGlob.ruff("*/migrations/*").matches(root, Path.of("/p/migrations/m.py")));
    assertTrue(PathGlob.ruff("tests/*.py").matches(root, Path.of("/p/tests/unit/t.py")));
    assertTrue(PathGlob.ruff("tests/?/t.py").matches(root, Path.of("/p/tests/a/t.py")));
    assertFalse(PathGlob.ruff("tests/*/t.py").matches(root, Path.of("/p/tests/t.py")));
    assertTrue(PathGlob.ruff("{gen,out}/**/*.py").matches(root, Path.of("/p/gen/a.py")));
    assertTrue(PathGlob.ruff("{gen,out}/**").matches(root, Path.of("/p/out/x/a.py")));
    assertTrue(PathGlob.ruff("**/v[0-9]_*.py").matches(root, Path.of("/p/v1_a.py")));
    assertTrue(PathGlob.ruff("x[!a]y").matches(root, Path.of("/p/q/xby")));
    assertTrue(PathGlob.ruff("a\\*b").matches(root, Path.of("/p/a*b")));
    assertFalse(PathGlob.ruff("a\\*b").matches(root, Path.of("/p/axb")));
    assertTrue(PathGlob.ruff("**").matches(root, Path.of("/p/a/b.py")));
    assertEquals("migrations", PathGlob.ruff("migrations").literal());
    assertFalse(PathGlob.ruff("*/migrations/*").matches(root, Path.of("/q/a/migrations/m.py")));
    for (String bad : List.of("a[b", "{a,{b}}", "a}", "{a", "a\\")) {
      assertThrows(IllegalArgumentException.class, () -> PathGlob.ruff(bad), bad);
    }
  }

  @Test
  void selectorsSplitAtCommasTrimAndUpperCase() {
    assertEquals(List.of("W291", "W29", "E"), RuleSelectors.parse(List.of("w291, W29", "E,,W291")));
  }

  @Test
  void badSelectorIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleSelectors.parse(List.of("W2-9")));
    assertEquals(
        "not a rule code or prefix: 'W2-9' (expected e.g. W291, W or ALL)", e.getMessage());
  }
}
