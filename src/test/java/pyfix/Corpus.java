package pyfix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real-code corpus: the installed CPython standard library and its site-packages. */
public final class Corpus {
  private static Optional<Path> stdlib;

  private Corpus() {}

  /** The standard library folder of the machine's python3, if there is one. */
  public static synchronized Optional<Path> stdlib() {
    if (stdlib == null) {
      stdlib =
          Python.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])")
              .map(String::strip)
              .map(Path::of)
              .filter(Files::isDirectory);
    }
    return stdlib;
  }

  /** The site-packages folder inside the standard library, if there is one. */
  public static Optional<Path> sitePackages() {
    return stdlib().map(p -> p.resolve("site-packages")).filter(Files::isDirectory);
  }

  /** The .py and .pyi files of the standard library itself, site-packages excluded, sorted. */
  public static List<Path> stdlibFiles() {
    return stdlib().map(root -> files(root, root.resolve("site-packages"))).orElse(List.of());
  }

  /** The .py and .pyi files in site-packages, sorted. */
  public static List<Path> sitePackagesFiles() {
    return sitePackages().map(root -> files(root, null)).orElse(List.of());
  }

  /** Both corpora, standard library first. */
  public static List<Path> allFiles() {
    List<Path> all = new ArrayList<>(stdlibFiles());
    all.addAll(sitePackagesFiles());
    return all;
  }

  /** Why corpus tests are skipped here, printed by them. */
  public static String missingReason() {
    return "python3 with a standard library is not installed: corpus tests skipped";
  }

  private static List<Path> files(Path root, Path excluded) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> excluded == null || !p.startsWith(excluded))
          .filter(p -> p.toString().endsWith(".py") || p.toString().endsWith(".pyi"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot walk " + root, e);
    }
  }

  /**
   * Debian's python3, which has {@code python3-nbformat}: the notebook tests write and validate
   * notebooks with it (the pyenv python3 on the path does not have nbformat).
   */
  public static final class Nbformat {
    /** The interpreter. */
    public static final String PYTHON = "/usr/bin/python3";

    private Nbformat() {}

    /** Whether {@link #PYTHON} exists and can import nbformat. */
    public static boolean available() {
      return Files.isExecutable(Path.of(PYTHON)) && run("-c", "import nbformat").isPresent();
    }

    /**
     * Runs {@code /usr/bin/python3 args...}: its output (standard error included) if it succeeded;
     * otherwise it prints that output, for the test log, and returns nothing.
     */
    public static Optional<String> run(String... args) {
      List<String> command = new ArrayList<>(List.of(PYTHON));
      command.addAll(List.of(args));
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
          System.out.println(out);
          return Optional.empty();
        }
        return Optional.of(out);
      } catch (IOException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  /** Runs python3 scripts for tests. */
  public static final class Python {
    private Python() {}

    /** Runs {@code python3 -c code args...} and returns its standard output, if it succeeded. */
    public static Optional<String> run(String code, String... args) {
      List<String> command = new ArrayList<>(List.of("python3", "-c", code));
      command.addAll(List.of(args));
      return exec(command);
    }

    /**
     * Runs the test resource {@code resource} (an absolute resource path) as a python3 script with
     * {@code args}, and returns its standard output, if it succeeded.
     */
    public static Optional<String> runScript(String resource, String... args) {
      try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no test resource " + resource);
        }
        Path script = Files.createTempFile("pyfix-", ".py");
        try {
          Files.write(script, in.readAllBytes());
          List<String> command = new ArrayList<>(List.of("python3", script.toString()));
          command.addAll(List.of(args));
          return exec(command);
        } finally {
          Files.deleteIfExists(script);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Optional<String> exec(List<String> command) {
      try {
        Process p =
            new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
          return Optional.empty();
        }
        return Optional.of(out);
      } catch (IOException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }
}
