package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.testing.PatchTools;

/**
 * The hooks in {@code .pre-commit-hooks.yaml} work as a user's project runs them: pre-commit clones
 * this checkout, builds pyfix there on first use, and runs it on the project's files.
 *
 * <p>pre-commit needs a commit to clone, so the test commits a snapshot of the working tree (the
 * files git would add) to a throw-away repository, whatever state this checkout is in. The build
 * shares ~/.m2 with this one; it is not offline, because `mvn verify` runs this test before the
 * package phase has fetched the plugins that packaging needs (shade) on a fresh machine.
 */
class PreCommitTest {
  private static final Path CHECKOUT = Path.of("").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void hooksReportFixAndThenPass() throws Exception {
    assumeTrue(onPath("git") && onPath("pre-commit") && onPath("mvn"), skipReason());
    Path repo = tmp.resolve("pyfix");
    String rev = snapshot(repo);
    Path project = Files.createDirectories(tmp.resolve("project"));
    git(project, "init", "-q");
    String bad = "import os \n\n\ndef f():\n    \n    return os.sep\t\n";
    Files.writeString(project.resolve("bad.py"), bad);
    // a Black-formatted line no rule can shorten: E501 reports it on every run
    String longString = "MESSAGE = \"" + "x".repeat(100) + "\"\n";
    Files.writeString(project.resolve("long.py"), longString);
    Files.writeString(project.resolve("check.yaml"), config(repo, rev, "pyfix-check"));
    Files.writeString(project.resolve("fix.yaml"), config(repo, rev, "pyfix"));
    git(project, "add", "-A");

    Run check = preCommit(project, "check.yaml");
    assertEquals(1, check.code(), check.output());
    assertTrue(
        check.output().contains("bad.py:1:10: W291 [*] Trailing whitespace"), check.output());
    assertTrue(check.output().contains("long.py:1:89: E501"), check.output());
    assertEquals(bad, Files.readString(project.resolve("bad.py")));

    Run first = preCommit(project, "fix.yaml");
    assertEquals(1, first.code(), first.output());
    assertTrue(first.output().contains("files were modified by this hook"), first.output());
    assertEquals(
        "import os\n\n\ndef f():\n\n    return os.sep\n",
        Files.readString(project.resolve("bad.py")));

    // the long string is still there, but the fixing hook passes: it changed nothing
    Run second = preCommit(project, "fix.yaml");
    assertEquals(0, second.code(), second.output());
    assertEquals(longString, Files.readString(project.resolve("long.py")));
    Run checked = preCommit(project, "check.yaml");
    assertEquals(1, checked.code(), checked.output());
    assertTrue(checked.output().contains("long.py:1:89: E501"), checked.output());
    assertTrue(!checked.output().contains("bad.py"), checked.output());

    // a file that cannot be parsed fails the fixing hook, and is left as it is
    String broken = "def f(:\n    pass \n";
    Files.writeString(project.resolve("broken.py"), broken);
    git(project, "add", "-A");
    Run unparsable = preCommit(project, "fix.yaml");
    assertEquals(1, unparsable.code(), unparsable.output());
    assertTrue(unparsable.output().contains("broken.py:1:7: error:"), unparsable.output());
    assertEquals(broken, Files.readString(project.resolve("broken.py")));

    // a CI container's C locale: a file with a non-ASCII name is fixed, and its diff applies
    Files.delete(project.resolve("broken.py"));
    Path cafe = project.resolve("caf\u00e9.py");
    Files.writeString(cafe, bad);
    git(project, "add", "-A");
    Run inC = preCommit(project, "fix.yaml", Map.of("LC_ALL", "C"));
    assertEquals(1, inC.code(), inC.output());
    assertEquals("import os\n\n\ndef f():\n\n    return os.sep\n", Files.readString(cafe));
    Files.writeString(cafe, bad);
    ProcessBuilder diff =
        new ProcessBuilder(launcher().toString(), "diff", cafe.getFileName().toString())
            .directory(project.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    diff.environment().put("LC_ALL", "C");
    Process p = diff.start();
    byte[] patch = p.getInputStream().readAllBytes();
    assertEquals(1, p.waitFor());
    PatchTools.apply(project, patch, "git", "apply", "-");
    assertEquals("import os\n\n\ndef f():\n\n    return os.sep\n", Files.readString(cafe));

    // a name that is not UTF-8 at all (Latin-1 bytes, from an old system), under the C locale,
    // found by walking the folder: Java cannot spell it, so the shell makes it and checks results
    Run latin1 =
        run(
            project,
            Map.of("LC_ALL", "C", "PYFIX", launcher().toString()),
            "sh",
            "-c",
            String.join(
                "\n",
                "set -e",
                "f=$(printf 'na\\357ve.py'); patch=$(mktemp)",
                "printf 'x = 1   \\n' > \"$f\"",
                "code=0; \"$PYFIX\" diff . > \"$patch\" || code=$?",
                "test $code = 1 || { echo \"diff exited $code\"; exit 1; }",
                "head -2 \"$patch\"",
                "git apply \"$patch\"",
                "test \"$(cat \"$f\")\" = 'x = 1' || { echo 'git apply: not fixed'; exit 1; }",
                "printf 'x = 1   \\n' > \"$f\"",
                "\"$PYFIX\" fix . || true",
                "test \"$(cat \"$f\")\" = 'x = 1' || { echo 'fix: not fixed'; exit 1; }",
                "test \"$(ls | grep -c ve.py)\" = 1 || { echo 'fix made another file'; exit 1; }",
                "rm \"$f\" \"$patch\""));
    assertEquals(0, latin1.code(), latin1.output());
    assertTrue(
        latin1.output().contains("--- \"a/na\\357ve.py\"\n+++ \"b/na\\357ve.py\"\n"),
        latin1.output());
  }

  /** The launcher in pre-commit's clone, whose jar the hooks built. */
  private Path launcher() throws IOException {
    try (Stream<Path> clones = Files.list(tmp.resolve("cache"))) {
      return clones
          .map(clone -> clone.resolve("scripts/pyfix"))
          .filter(Files::isExecutable)
          .findFirst()
          .orElseThrow();
    }
  }

  /** A pre-commit configuration that runs {@code hook} from {@code repo} at {@code rev}. */
  private static String config(Path repo, String rev, String hook) {
    return "repos:\n"
        + "  - repo: "
        + repo
        + "\n    rev: "
        + rev
        + "\n    hooks:\n      - id: "
        + hook
        + "\n";
  }

  private static String skipReason() {
    return "PreCommitTest skipped: needs git, pre-commit and mvn on PATH";
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    System.out.println(skipReason() + " (" + command + " is missing)");
    return false;
  }

  /**
   * Commits the files of this checkout that git would add, as they are now, to a new repository at
   * {@code dir}, and returns the commit's id.
   */
  private static String snapshot(Path dir) throws Exception {
    Files.createDirectories(dir);
    String files =
        run(
                CHECKOUT,
                Map.of(),
                "git",
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard")
            .output();
    for (String name : files.split("\0")) {
      Path from = CHECKOUT.resolve(name);
      if (name.isEmpty() || !Files.isRegularFile(from)) {
        continue; // deleted in the working tree
      }
      Path to = dir.resolve(name);
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
    git(dir, "init", "-q");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "snapshot");
    return git(dir, "rev-parse", "HEAD").strip();
  }

  private static String git(Path dir, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=pyfix test",
                "-c",
                "user.email=test@pyfix.invalid",
                "-c",
                "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Run r = run(dir, Map.of(), command.toArray(String[]::new));
    assertEquals(0, r.code(), String.join(" ", command) + "\n" + r.output());
    return r.output();
  }

  private Run preCommit(Path project, String config) throws Exception {
    return preCommit(project, config, Map.of());
  }

  private Run preCommit(Path project, String config, Map<String, String> locale) throws Exception {
    Map<String, String> env = new HashMap<>(locale);
    env.put("PRE_COMMIT_HOME", tmp.resolve("cache").toString());
    env.put("PYFIX_MAVEN_ARGS", "-Dmaven.test.skip=true");
    return run(project, env, "pre-commit", "run", "--all-files", "--config", config);
  }

  private record Run(int code, String output) {}

  private static Run run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + out);
    }
    return new Run(p.exitValue(), out);
  }
}
