package pyfix.fixers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pyfix.fix.Settings;
import pyfix.fix.options.IsortOptions;
import pyfix.fix.options.RuleOptions;

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
}
