package pyfix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.fix.options.NamingOptions;

class NamingTablesTest {
  @TempDir Path tmp;

  private NamingOptions naming(String pyproject) throws IOException, SettingsException {
    Files.writeString(tmp.resolve("pyproject.toml"), pyproject);
    CommandLineSettings none = new CommandLineSettings(null, null, List.of(), List.of(), false);
    return new Configuration(tmp, none, null, false, selector -> true)
        .forFolder(tmp)
        .settings()
        .options()
        .naming();
  }

  @Test
  void pyfixTablesReplaceOrExtendTheDefaults() throws IOException, SettingsException {
    NamingOptions n =
        naming(
            """
            [tool.pyfix.pep8-naming]
            ignore-names = ["X*"]
            extend-ignore-names = ["df"]
            [tool.pyfix.flake8-builtins]
            builtins-ignorelist = ["id"]
            [tool.pyfix.flake8-import-conventions]
            extend-aliases = { "dask.dataframe" = "dd" }
            """);
    assertEquals(List.of("X*", "df"), n.ignoreNames());
    assertTrue(n.ignores("X_train") && n.ignores("df") && !n.ignores("setUp"));
    assertEquals(List.of("id"), n.builtinsIgnorelist());
    assertEquals("dd", n.importAliases().get("dask.dataframe"));
    assertEquals("np", n.importAliases().get("numpy"));
  }

  @Test
  void ruffsTablesAreAdoptedWhenPyfixHasNone() throws IOException, SettingsException {
    NamingOptions n =
        naming(
            """
            [tool.ruff.lint.pep8-naming]
            extend-ignore-names = ["visit*"]
            classmethod-decorators = ["validator"]
            [tool.ruff.lint.flake8-builtins]
            ignorelist = ["type"]
            [tool.ruff.lint.flake8-import-conventions]
            aliases = { numpy = "numpy" }
            banned-aliases = { "numpy" = ["nmp"] }
            """);
    assertTrue(n.ignores("visitNode") && n.ignores("setUp"));
    assertEquals(List.of("type"), n.builtinsIgnorelist());
    assertEquals(Map.of("numpy", "numpy"), n.importAliases());
  }

  @Test
  void anUnknownOrMistypedKeyIsAnErrorNamingIt() {
    SettingsException unknown =
        assertThrows(
            SettingsException.class,
            () -> naming("[tool.pyfix.pep8-naming]\nignore-name = [\"x\"]\n"));
    assertTrue(unknown.getMessage().contains("did you mean 'ignore-names'"), unknown.getMessage());
    SettingsException mistyped =
        assertThrows(
            SettingsException.class,
            () -> naming("[tool.pyfix.flake8-import-conventions]\naliases = [\"np\"]\n"));
    assertTrue(mistyped.getMessage().contains("must be a table of strings"), mistyped.getMessage());
  }

  @Test
  void globsMatchAsPep8NamingReadsThem() {
    NamingOptions n =
        new NamingOptions(List.of("test_*", "?x", "[A-C]*", "[!a-z]z"), List.of(), Map.of());
    assertTrue(n.ignores("test_it") && n.ignores("ax") && n.ignores("Bar") && n.ignores("Zz"));
    assertTrue(!n.ignores("testit") && !n.ignores("axx") && !n.ignores("Dar") && !n.ignores("az"));
  }
}
