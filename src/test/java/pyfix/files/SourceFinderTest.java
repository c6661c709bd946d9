package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** Excludes folders and files by name, and named paths only with {@code force}. */
  private record ByName(Set<String> names, boolean force) implements SourceFinder.Excludes {
    @Override
    public boolean walked(Path path) {
      return names.contains(path.getFileName().toString());
    }

    @Override
    public boolean named(Path path) {
      return force && walked(path);
    }
  }

  private List<String> found(SourceFinder finder, String... roots) {
    Found found = finder.find(List.of(roots));
    assertEquals(List.of(), found.errors());
    return found.files().stream().map(p -> p.display().toString()).toList();
  }

  private List<String> foundRespectingGitignore(String... roots) {
    return found(new SourceFinder(tmp, SourceFinder.Excludes.NONE, true, Map.of()), roots);
  }

  @Test
  void excludedFoldersAreNotEntered() throws IOException {
    touch("p/ok.py", "p/.hidden/x.py", "p/build/x.py", "p/sub/build/x.py", "p/skip.py");
    SourceFinder finder =
        new SourceFinder(tmp, new ByName(Set.of("build", "skip.py"), false), false, Map.of());
    assertEquals(List.of("p/.hidden/x.py", "p/ok.py"), found(finder, "p"));
  }

  @Test
  void explicitPathsAreTakenUnlessExcludesAreForced() throws IOException {
    touch("build/gen.py", "tool", "venv/lib/x.py", "venv/lib/build/y.py");
    Set<String> names = Set.of("build", "venv", "tool");
    assertEquals(
        List.of("build/gen.py", "tool", "venv/lib/x.py"),
        found(
            new SourceFinder(tmp, new ByName(names, false), false, Map.of()),
            "tool",
            "build/gen.py",
            "venv/lib"));
    assertEquals(
        List.of("build/gen.py", "venv/lib/x.py"),
        found(
            new SourceFinder(tmp, new ByName(names, true), false, Map.of()),
            "tool",
            "build/gen.py",
            "venv/lib"));
  }

  @Test
  void gitignoreFilesApplyFromTheRepositoryTopDown() throws IOException {
    touch(
        "repo/.git/HEAD",
        "repo/.git/info/exclude",
        "repo/a.py",
        "repo/gen_a.py",
        "repo/keep_gen.py",
        "repo/out/x.py",
        "repo/pkg/b.py",
        "repo/pkg/local.py",
        "repo/pkg/gen_c.py",
        "repo/pkg/sub/gen_d.py",
        "repo/pkg/sub/secret.py");
    Files.writeString(
        tmp.resolve("repo/.gitignore"), "# generated\ngen_*.py\n!keep_gen.py\nout/\n");
    Files.writeString(tmp.resolve("repo/pkg/.gitignore"), "/local.py\n!gen_c.py\n");
    Files.writeString(tmp.resolve("repo/.git/info/exclude"), "secret.py\n");
    assertEquals(
        List.of("repo/a.py", "repo/keep_gen.py", "repo/pkg/b.py", "repo/pkg/gen_c.py"),
        foundRespectingGitignore("repo"));
    // a walk that starts below the top still honours the .gitignore files above it
    assertEquals(
        List.of("repo/pkg/b.py", "repo/pkg/gen_c.py"), foundRespectingGitignore("repo/pkg"));
    // and a file named explicitly is always taken
    assertEquals(List.of("repo/gen_a.py"), foundRespectingGitignore("repo/gen_a.py"));
    assertEquals(List.of("repo/out/x.py"), foundRespectingGitignore("repo/out"));
    assertEquals(9, found(new SourceFinder(tmp), "repo").size());
  }

  @Test
  void outsideARepositoryOnlyGitignoreFilesInTheWalkCount() throws IOException {
    touch("p/a.py", "p/q/b.py", "p/q/c.py");
    Files.writeString(tmp.resolve("p/.gitignore"), "b.py\n");
    Files.writeString(tmp.resolve("p/q/.gitignore"), "c.py\n");
    assertEquals(List.of("p/a.py"), foundRespectingGitignore("p"));
    // p/.gitignore is above this walk and there is no repository to tie them together
    assertEquals(List.of("p/q/b.py"), foundRespectingGitignore("p/q"));
  }

  @Test
  void aByteOrderMarkBeforeAGitignoresFirstPatternIsSkippedAsGitSkipsIt() throws IOException {
    touch("p/gen1.py", "p/gen2.py", "p/ok.py");
    Files.write(
        tmp.resolve("p/.gitignore"),
        "\ufeffgen1.py\r\ngen2.py\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(List.of("p/ok.py"), foundRespectingGitignore("p"));
  }

  @Test
  void globalExcludesApplyInsideARepository() throws IOException {
    touch("repo/.git/HEAD", "repo/a.py", "repo/scratch.py", "home/.config/git/ignore");
    touch("plain/scratch.py");
    Files.writeString(tmp.resolve("home/.config/git/ignore"), "scratch.py\n");
    Map<String, String> env = Map.of("HOME", tmp.resolve("home").toString());
    SourceFinder finder = new SourceFinder(tmp, SourceFinder.Excludes.NONE, true, env);
    assertEquals(List.of("plain/scratch.py", "repo/a.py"), found(finder, "repo", "plain"));
    Map<String, String> xdg =
        Map.of("HOME", "/nonexistent", "XDG_CONFIG_HOME", tmp.resolve("home/.config").toString());
    assertEquals(
        List.of("repo/a.py"),
        found(new SourceFinder(tmp, SourceFinder.Excludes.NONE, true, xdg), "repo"));
  }

  @Test
  void globalExcludesFileCanBeSetInGitconfig() throws IOException {
    touch("home/.gitconfig", "home/my-ignores", "repo/.git/HEAD", "repo/a.py", "repo/b.py");
    Files.writeString(
        tmp.resolve("home/.gitconfig"),
        "[user]\n\tname = x\n[core]\n\texcludesFile = \"~/my-ignores\"\n");
    Files.writeString(tmp.resolve("home/my-ignores"), "b.py\n");
    Map<String, String> env = Map.of("HOME", tmp.resolve("home").toString());
    assertEquals(
        List.of("repo/a.py"),
        found(new SourceFinder(tmp, SourceFinder.Excludes.NONE, true, env), "repo"));
  }

  @Test
  void folderThatCannotBeOpenedIsReportedAndSkipped() throws IOException {
    // root may open every folder, but not one whose path is longer than the system allows
    touch("p/a.py");
    String name = "d".repeat(250);
    Path deep = tmp.resolve("p/deep");
    nest(name, 20, deep);
    try {
      Found found = new SourceFinder(tmp).find(List.of("p"));
      assertEquals(
          List.of(Path.of("p/a.py")), found.files().stream().map(SourcePath::display).toList());
      assertEquals(1, found.errors().size(), found.errors().toString());
      assertTrue(
          found.errors().get(0).path().startsWith("p/deep/" + name), found.errors().get(0).path());
    } finally {
      unnest(name, deep);
    }
  }

  /**
   * Makes {@code target} hold {@code levels} nested folders {@code name/c}, moving short paths
   * only: the JDK, like the system, cannot name a path past the limit.
   */
  private void nest(String name, int levels, Path target) throws IOException {
    Path chain = Files.createDirectory(tmp.resolve("c"));
    for (int i = 0; i < levels; i++) {
      Path holder = Files.createDirectories(tmp.resolve("h").resolve(name));
      Files.move(chain, holder.resolve("c"));
      Files.move(tmp.resolve("h"), chain);
    }
    Files.move(chain, target);
  }

  /** Removes what {@link #nest} made, level by level from the top. */
  private void unnest(String name, Path target) throws IOException {
    Path top = target;
    while (Files.isDirectory(top.resolve(name))) {
      Path next = tmp.resolve("u" + top.getFileName());
      Files.move(top.resolve(name).resolve("c"), next);
      Files.delete(top.resolve(name));
      Files.delete(top);
      top = next;
    }
    Files.delete(top);
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
        new SourceFinder(tmp, new ByName(Set.of("build"), false), false, Map.of())
            .find(List.of("root"))
            .files());
  }
}
