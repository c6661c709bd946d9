package pyfix.fixers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pyfix.config.SorterOptionsReader;
import pyfix.fix.Settings;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.IsortOptions;
import pyfix.fix.options.RuleOptions;
import pyfix.parse.PythonVersion;

class ModuleSectionsTest {
  private static Settings with(IsortOptions isort) {
    return Settings.defaults().withOptions(RuleOptions.DEFAULTS.with(isort));
  }

  @Test
  void modulesFoundInSrcFoldersAreFirstParty() {
    Path src = Path.of("project", "src");
    Settings s = with(new IsortOptions(List.of(), List.of(), List.of(src), Map.of("app", src)));
    assertEquals(Section.FIRST_PARTY.id(), ModuleSections.of("app.views", s));
    assertEquals(Section.THIRD_PARTY.id(), ModuleSections.of("requests", s));
    assertEquals(
        "app is a package or module in the src folder " + src,
        ModuleSections.place("app", s).reason());
  }

  @Test
  void settingsWinOverTheStandardLibraryList() {
    Settings s = with(new IsortOptions(List.of("os"), List.of("json"), List.of(), Map.of()));
    assertEquals(Section.FIRST_PARTY.id(), ModuleSections.of("os.path", s));
    assertEquals(Section.THIRD_PARTY.id(), ModuleSections.of("json", s));
    assertEquals(Section.STANDARD_LIBRARY.id(), ModuleSections.of("sys", s));
    assertEquals(Section.FUTURE.id(), ModuleSections.of("__future__", s));
    assertEquals(Section.LOCAL.id(), ModuleSections.of("..pkg", s));
  }

  @Test
  void standardLibraryCoversOlderAndNewerPythons() {
    Settings s = Settings.defaults();
    for (String module : List.of("distutils", "imp", "asyncore", "tomllib", "_weakref", "test")) {
      assertEquals(Section.STANDARD_LIBRARY.id(), ModuleSections.of(module, s), module);
    }
  }

  @Test
  void ruffsStandardLibraryIsTheStatedTargetsOrElseEveryVersions() throws Exception {
    IsortOptions ruff =
        IsortOptions.DEFAULTS.withSorter(SorterOptionsReader.read(ImportStyle.RUFF, ""));
    Settings none = with(ruff);
    Settings py39 = with(ruff.withStdlibVersion(PythonVersion.PY39));
    Settings py312 = with(ruff.withStdlibVersion(PythonVersion.PY312));
    String std = Section.STANDARD_LIBRARY.id();
    String third = Section.THIRD_PARTY.id();
    assertEquals(std, ModuleSections.of("tomllib", none));
    assertEquals(std, ModuleSections.of("distutils.core", none));
    assertEquals(third, ModuleSections.of("test.support", none)); // never Ruff's
    assertEquals(third, ModuleSections.of("tomllib", py39));
    assertEquals(std, ModuleSections.of("distutils", py39));
    assertEquals(std, ModuleSections.of("tomllib", py312));
    assertEquals(third, ModuleSections.of("distutils", py312));
    assertEquals(std, ModuleSections.of("os.path", py312));
    assertEquals(
        "distutils is in the standard library of Python py39 (the target version)",
        ModuleSections.place("distutils", py39).reason());
  }

  @Test
  void ruffPutsModulesOfSectionsTheOrderLeavesOutInTheDefaultSection() throws Exception {
    String table =
        """
        section-order = ["local-folder", "first-party"]
        sections = { mine = ["mine"] }
        """;
    Settings s =
        with(IsortOptions.DEFAULTS.withSorter(SorterOptionsReader.read(ImportStyle.RUFF, table)));
    String third = Section.THIRD_PARTY.id();
    assertEquals(third, ModuleSections.of("os", s));
    assertEquals(third, ModuleSections.of("mine.x", s));
    assertEquals(Section.FUTURE.id(), ModuleSections.of("__future__", s)); // kept first
    assertEquals(Section.LOCAL.id(), ModuleSections.of(".x", s));
    assertEquals(
        "the section mine lists mine, but section-order leaves out mine, so Ruff sorts it into"
            + " default-section",
        ModuleSections.place("mine", s).reason());
    assertEquals("mine", ModuleSections.matched("mine", s).id());
  }
}
