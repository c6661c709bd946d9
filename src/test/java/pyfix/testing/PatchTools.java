package pyfix.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Applies unified diffs with the real {@code git apply} and {@code patch -p1}. */
public final class PatchTools {
  private PatchTools() {}

  /** Whether {@code tool --version} runs here. */
  public static boolean available(String tool) {
    try {
      return run(Path.of("."), null, tool, "--version").exitCode == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Skips the test, with the reason printed, unless {@code tool} runs here. */
  public static void assumeAvailable(String tool) {
    boolean ok = available(tool);
    if (!ok) {
      System.out.println("skipped: " + tool + " is not installed");
    }
    assumeTrue(ok, tool + " is not installed");
  }

  /**
   * Applies {@code diff} (UTF-8) in {@code dir} with {@code command}; fails on a rejected patch.
   */
  public static void apply(Path dir, String diff, String... command) throws IOException {
    apply(dir, diff.getBytes(StandardCharsets.UTF_8), command);
  }

  /** Applies the patch {@code diff}, given as bytes, with {@code command} in {@code dir}. */
  public static void apply(Path dir, byte[] diff, String... command) throws IOException {
    Result r = run(dir, diff, command);
    if (r.exitCode != 0) {
      throw new AssertionError(
          String.join(" ", command)
              + " failed ("
              + r.exitCode
              + "):\n"
              + r.output
              + "\n--- diff was:\n"
              + diff);
    }
  }

  /** The exit code and combined output of a finished process. */
  public record Result(int exitCode, String output) {}

  /** Runs {@code command} in {@code dir} with {@code stdin}, waiting at most a minute. */
  public static Result run(Path dir, byte[] stdin, String... command) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      if (stdin != null) {
        p.getOutputStream().write(stdin);
      }
      p.getOutputStream().close();
      InputStream out = p.getInputStream();
      String output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(cmd + " timed out");
      }
      return new Result(p.exitValue(), output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /**
   * Writes {@code before} to {@code dir/name}, applies {@code diff} with each tool, returns
   * results.
   */
  public static List<String> applyWithBoth(Path dir, String name, String before, String diff)
      throws IOException {
    List<String> results = new ArrayList<>();
    String[][] tools = {{"git", "apply", "-"}, {"patch", "-p1", "--quiet", "--batch"}};
    for (String[] tool : tools) {
      Path work = Files.createTempDirectory(dir, tool[0]);
      Path file = work.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, before.getBytes(StandardCharsets.UTF_8));
      apply(work, diff, tool);
      results.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    return results;
  }
}
