package pyfix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import pyfix.testing.Oracle;

/** The real-code corpus: the installed CPython standard library and its site-packages. */
public final class Corpus {
  /** Files every stdlib corpus test must compare at least: CPython 3.11's has about 1,790. */
  public static final int STDLIB_FLOOR = 1700;

  private static Optional<Path> stdlib;

  private Corpus() {}

  /**
   * The standard library folder of the machine's python3, if it has one; skips the calling test
   * when python3 is absent (fails it under CI), fails it when python3 does.
   */
  public static synchronized Optional<Path> stdlib() {
    if (stdlib == null) {
      String folder =
          Oracle.PYTHON3.run("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])");
      stdlib = Optional.of(Path.of(folder.strip())).filter(Files::isDirectory);
      if (stdlib.isEmpty() && Oracle.required()) {
        throw new AssertionError("python3 names no standard library folder: " + folder.strip());
      }
    }
    return stdlib;
  }

  /**
   * Fails the calling test when fewer than {@code floor} corpus files were compared: a corpus test
   * that quietly checked nothing must not pass.
   */
  public static void assertCompared(String test, int compared, int floor) {
    System.out.println(test + ": " + compared + " corpus files compared");
    if (compared < floor) {
      throw new AssertionError(
          test + " compared " + compared + " corpus files, fewer than the floor of " + floor);
    }
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
}
