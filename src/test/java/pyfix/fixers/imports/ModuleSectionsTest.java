package pyfix.fixers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.fix.Settings;

class ModuleSectionsTest {
  @TempDir Path project;

  @Test
  void srcFoldersMakePackagesAndModulesFirstParty() throws IOException {
    Files.createDirectories(project.resolve("src/app"));
    Files.writeString(project.resolve("tool.py"), "");
    Files.writeString(project.resolve("stubbed.pyi"), "");
    Settings s =
        Settings.defaults()
            .withImports(List.of(), List.of(), List.of(project, project.resolve("src")));
    assertEquals(Section.FIRST_PARTY, ModuleSections.of("app.views", s));
    assertEquals(Section.FIRST_PARTY, ModuleSections.of("tool", s));
    assertEquals(Section.FIRST_PARTY, ModuleSections.of("stubbed", s));
    assertEquals(Section.THIRD_PARTY, ModuleSections.of("requests", s));
  }

  @Test
  void settingsWinOverTheStandardLibraryList() {
    Settings s = Settings.defaults().withImports(List.of("os"), List.of("json"), List.of());
    assertEquals(Section.FIRST_PARTY, ModuleSections.of("os.path", s));
    assertEquals(Section.THIRD_PARTY, ModuleSections.of("json", s));
    assertEquals(Section.STANDARD_LIBRARY, ModuleSections.of("sys", s));
    assertEquals(Section.FUTURE, ModuleSections.of("__future__", s));
    assertEquals(Section.LOCAL, ModuleSections.of("..pkg", s));
  }

  @Test
  void standardLibraryCoversOlderAndNewerPythons() {
    Settings s = Settings.defaults();
    for (String module : List.of("distutils", "imp", "asyncore", "tomllib", "_weakref", "test")) {
      assertEquals(Section.STANDARD_LIBRARY, ModuleSections.of(module, s), module);
    }
  }
}
