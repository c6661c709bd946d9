package pyfix.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyfix.parse.PythonVersion;

/** The top-level modules of CPython's standard library (isort's list, all versions together). */
public final class StandardLibrary {
  private static final Set<String> TOP_LEVEL = Set.copyOf(lines("stdlib-modules.txt"));

  /**
   * Where Ruff's list differs from {@link #TOP_LEVEL}: for each name, one digit per version from
   * 3.8 to 3.14, 1 where Ruff counts it as standard library for that target.
   */
  private static final Map<String, String> RUFF_BY_VERSION = ruffVersions();

  /** The submodules that importing their package leaves unimported ({@code logging.config}). */
  private static final Set<String> SEPARATE_SUBMODULES = Set.copyOf(lines("stdlib-submodules.txt"));

  private StandardLibrary() {}

  /**
   * The first of the dotted prefixes of absolute {@code module} ({@code a.b} of {@code a.b.c}) that
   * is a standard-library submodule its package does not import itself, or null: importing {@code
   * module} then makes that submodule an attribute of its package for the whole program.
   */
  public static String separateSubmodule(String module) {
    for (int dot = module.indexOf('.'); dot > 0; dot = module.indexOf('.', dot + 1)) {
      int end = module.indexOf('.', dot + 1);
      String prefix = end < 0 ? module : module.substring(0, end);
      if (SEPARATE_SUBMODULES.contains(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  /** Whether the top-level package of absolute {@code module} is in the standard library. */
  public static boolean contains(String module) {
    return !module.startsWith(".") && TOP_LEVEL.contains(top(module));
  }

  /**
   * Whether Ruff's sorter counts {@code module}'s top-level package as standard library for the
   * target {@code version}; for a null version, whether it does for some target.
   */
  public static boolean containsForRuff(String module, PythonVersion version) {
    String versions = module.startsWith(".") ? null : RUFF_BY_VERSION.get(top(module));
    if (versions == null) {
      return contains(module);
    }
    return version == null ? versions.contains("1") : versions.charAt(version.ordinal()) == '1';
  }

  /**
   * Whether absolute {@code module}'s top-level package is in the standard library of every Python
   * from 3.8 to 3.14 (by Ruff's table: not {@code binhex}, removed in 3.11, nor {@code
   * annotationlib}, added in 3.14, nor {@code test}, which distributions ship apart).
   */
  public static boolean inEveryVersion(String module) {
    String versions = module.startsWith(".") ? null : RUFF_BY_VERSION.get(top(module));
    return versions == null ? contains(module) : versions.indexOf('0') < 0;
  }

  private static String top(String module) {
    int dot = module.indexOf('.');
    return dot < 0 ? module : module.substring(0, dot);
  }

  private static Map<String, String> ruffVersions() {
    Map<String, String> byName = new HashMap<>();
    for (String line : lines("ruff-stdlib-versions.txt")) {
      String[] parts = line.split(" ");
      if (parts.length != 2 || parts[1].length() != PythonVersion.values().length) {
        throw new IllegalStateException("ruff-stdlib-versions.txt: bad line " + line);
      }
      byName.put(parts[0], parts[1]);
    }
    return Map.copyOf(byName);
  }

  /** The lines of a resource in {@code /pyfix/imports/}, without blanks and comments. */
  private static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = StandardLibrary.class.getResourceAsStream("/pyfix/imports/" + resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
