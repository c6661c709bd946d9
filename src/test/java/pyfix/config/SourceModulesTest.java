package pyfix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceModulesTest {
  @TempDir Path project;

  @Test
  void findsPackagesModulesAndStubsInTheFirstFolderThatHoldsThem() throws IOException {
    Path src = project.resolve("src");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(project.resolve("tool.py"), "");
    Files.writeString(project.resolve("stubbed.pyi"), "");
    Files.writeString(project.resolve("notes.txt"), "");
    Files.writeString(src.resolve("tool.py"), "");
    assertEquals(
        Map.of("app", src, "src", project, "tool", project, "stubbed", project),
        SourceModules.in(List.of(project, src, project.resolve("missing")), false));
  }

  @Test
  void asIsortASrcFolderAlsoMakesItsOwnNameFirstParty() throws IOException {
    Path pkg = project.resolve("mypkg");
    Files.createDirectories(pkg);
    Files.writeString(pkg.resolve("core.py"), "");
    assertEquals(Map.of("core", pkg), SourceModules.in(List.of(pkg), false));
    assertEquals(Map.of("core", pkg, "mypkg", pkg), SourceModules.in(List.of(pkg), true));
  }
}
