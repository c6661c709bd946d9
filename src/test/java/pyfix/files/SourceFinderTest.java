package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.files.SourceFinder.Found;
import pyfix.files.SourceFinder.PathError;
import pyfix.files.SourceFinder.SourcePath;

class SourceFinderTest {
  @TempDir Path tmp;

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Path p = tmp.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x = 1\n");
    }
  }

  private List<String> found(String... roots) {
    return new SourceFinder(tmp)
        .find(List.of(roots)).files().stream().map(p -> p.display().toString()).toList();
  }

  @Test
  void walksForPythonFilesSorted() throws IOException {
    touch("src/b.py", "src/a.pyi", "src/pkg/c.py", "src/readme.txt", "src/a.py");
    assertEquals(List.of("src/a.py", "src/a.pyi", "src/b.py", "src/pkg/c.py"), found("src"));
  }

  @Test
  void skipsHiddenToolAndBuildFolders() throws IOException {
    touch(
        "p/ok.py",
        "p/.hidden/x.py",
        "p/__pycache__/x.py",
        "p/.git/x.py",
        "p/.venv/x.py",
        "p/venv/x.py",
        "p/build/x.py",
        "p/dist/x.py",
        "p/node_modules/x.py",
        "p/.tox/x.py",
        "p/sub/build/x.py");
    assertEquals(List.of("p/ok.py"), found("p"));
  }

  @Test
  void explicitPathsAreAlwaysTaken() throws IOException {
    touch("build/gen.py", "tool", "venv/lib/x.py", "venv/lib/build/y.py");
    assertEquals(
        List.of("build/gen.py", "tool", "venv/lib/x.py"),
        found("tool", "build/gen.py", "venv/lib"));
  }

  @Test
  void dotRootAndDotSlashPathsAreShownPlain() throws IOException {
    touch("a.py", "pkg/b.py");
    assertEquals(List.of("a.py", "pkg/b.py"), found("."));
    assertEquals(List.of("pkg/b.py"), found("./pkg/b.py"));
  }

  @Test
  void eachFileIsTakenOnce() throws IOException {
    touch("src/a.py");
    assertEquals(List.of("src/a.py"), found("src", "src/a.py", "./src"));
  }

  @Test
  void missingPathIsAnError() throws IOException {
    touch("a.py");
    Found found = new SourceFinder(tmp).find(List.of("a.py", "nope.py"));
    assertEquals(
        List.of(new SourcePath(Path.of("a.py"), tmp.resolve("a.py").toRealPath())), found.files());
    assertEquals(List.of(new PathError("nope.py", "no such file or directory")), found.errors());
  }

  @Test
  void symbolicLinksAreNotFollowedOutOfTheRoots() throws IOException {
    touch("outside/secret.py", "outside/dir/deep.py", "root/real.py");
    Path root = tmp.resolve("root");
    Files.createSymbolicLink(root.resolve("out.py"), tmp.resolve("outside/secret.py"));
    Files.createSymbolicLink(root.resolve("outdir"), tmp.resolve("outside/dir"));
    Files.createSymbolicLink(root.resolve("alias.py"), root.resolve("real.py"));
    Files.createSymbolicLink(root.resolve("loop"), root);
    assertEquals(List.of("root/real.py"), found("root"));
  }

  @Test
  void fileReachedDirectlyAndByLinkIsShownUnderItsOwnName() throws IOException {
    touch("root/real.py", "other/target.py");
    Files.createSymbolicLink(tmp.resolve("root/link.py"), tmp.resolve("other/target.py"));
    assertEquals(List.of("other/target.py", "root/real.py"), found("root", "other"));
  }

  @Test
  void linkInsideTheRootsIsWrittenThroughItsTarget() throws IOException {
    touch("root/build/gen.py");
    Files.createSymbolicLink(tmp.resolve("root/gen.py"), tmp.resolve("root/build/gen.py"));
    assertEquals(
        List.of(
            new SourcePath(Path.of("root/gen.py"), tmp.resolve("root/build/gen.py").toRealPath())),
        new SourceFinder(tmp).find(List.of("root")).files());
  }
}
