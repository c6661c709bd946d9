package pyfix.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program the tests compare pyfix with (python3, black, isort), run with three outcomes: absent
 * (the test is skipped and the reason printed; under CI, {@code CI=true} or {@code
 * -Dpyfix.requireOracles=true}, it fails instead), failed (the test fails and shows the program's
 * standard error), or its standard output. A crash of the program is never a skip.
 */
public final class Oracle {
  /** The python3 on the path. */
  public static final Oracle PYTHON3 = new Oracle("python3", List.of("python3"), List.of());

  /**
   * Debian's python3 with {@code python3-nbformat}: the notebook tests write and validate notebooks
   * with it (a python3 earlier on the path may not have nbformat).
   */
  public static final Oracle NBFORMAT =
      new Oracle("python3-nbformat", List.of("/usr/bin/python3"), List.of("-c", "import nbformat"));

  /** Black, the formatter E501 agrees with. */
  public static final Oracle BLACK = new Oracle("black", List.of("black"), List.of("--version"));

  /** isort, the import sorter I001 agrees with. */
  public static final Oracle ISORT = new Oracle("isort", List.of("isort"), List.of("--version"));

  private static final long TIMEOUT_MINUTES = 30;

  private final String name;
  private final List<String> command;
  private final List<String> probe;
  private Boolean present;

  Oracle(String name, List<String> command, List<String> probe) {
    this.name = name;
    this.command = command;
    this.probe = probe;
  }

  /** What a run gave: exit code, standard output and standard error. */
  public record Result(int exitCode, String out, String err) {}

  /** Whether absent oracles fail the tests (CI) rather than skip them. */
  public static boolean required() {
    return "true".equals(System.getenv("CI")) || Boolean.getBoolean("pyfix.requireOracles");
  }

  /** Whether the program can be started here. */
  public synchronized boolean present() {
    if (present == null) {
      try {
        present = start(Path.of("."), probe, null).exitCode == 0;
      } catch (IOException e) {
        present = false;
      }
    }
    return present;
  }

  /** Skips the calling test, printing why, when the program is absent; fails it under CI. */
  public void require() {
    if (present()) {
      return;
    }
    String reason = name + " is not installed";
    if (required()) {
      fail(reason + ", and CI requires every oracle (CI=true or -Dpyfix.requireOracles)");
    }
    System.out.println("skipped: " + reason);
    Assumptions.abort(reason);
  }

  /** Runs the program with {@code args}; its standard output, or the test fails. */
  public String run(String... args) {
    return run(Path.of("."), List.of(args));
  }

  /** Runs the program with {@code args} in {@code dir}; its standard output, or the test fails. */
  public String run(Path dir, List<String> args) {
    Result r = call(dir, args, null);
    if (r.exitCode != 0) {
      fail(
          name
              + " "
              + String.join(" ", args)
              + " failed with exit code "
              + r.exitCode
              + ":\n"
              + r.err
              + r.out);
    }
    return r.out;
  }

  /** Runs the test resource {@code resource} as a script of this Python with {@code args}. */
  public String runScript(String resource, String... args) {
    require();
    try (InputStream in = Oracle.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      Path script = Files.createTempFile("pyfix-", ".py");
      try {
        Files.write(script, in.readAllBytes());
        List<String> all = new ArrayList<>(List.of(script.toString()));
        all.addAll(List.of(args));
        return run(Path.of("."), all);
      } finally {
        Files.deleteIfExists(script);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the program with {@code args} in {@code dir}, {@code input} on its standard input (none
   * when null), for a test that reads the exit code itself; skips or fails when it is absent.
   */
  public Result call(Path dir, List<String> args, byte[] input) {
    require();
    try {
      return start(dir, args, input);
    } catch (IOException e) {
      throw new UncheckedIOException(name + " could not be started", e);
    }
  }

  private Result start(Path dir, List<String> args, byte[] input) throws IOException {
    List<String> all = new ArrayList<>(command);
    all.addAll(args);
    Process p = new ProcessBuilder(all).directory(dir.toFile()).start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
    try (var stdin = p.getOutputStream()) {
      if (input != null) {
        stdin.write(input);
      }
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail(name + " did not finish within " + TIMEOUT_MINUTES + " minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
    return new Result(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
  }

  private static byte[] drain(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
