package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports between pyfix's packages only point downward (COMMON.md, STYLE.md §1). A layer may use
 * what its allowed layers use in turn, so {@code cli} may name {@code fix.Settings}; nothing may
 * use a layer above it, and fixers never import one another (only {@code fixers.common}).
 */
class LayeringTest {
  private static final Path SOURCES = Path.of("src/main/java/pyfix");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?pyfix\\.([A-Za-z0-9_.]+);", Pattern.MULTILINE);
  // Direct edges; the allowed set of a layer is everything reachable from it.
  private static final Map<String, List<String>> EDGES =
      Map.ofEntries(
          Map.entry("cli", List.of("pyfix", "config", "files", "report", "server")),
          Map.entry("server", List.of("pyfix", "config", "files", "report")),
          Map.entry("pyfix", List.of("fix", "fixers", "parse", "source")),
          Map.entry("fixers", List.of("fixers.*", "fix")),
          Map.entry("fixers.*", List.of("fixers.common", "fix", "parse", "source")),
          Map.entry("config", List.of("fix", "parse")),
          Map.entry("report", List.of("fix", "source")),
          Map.entry("files", List.of("source")),
          Map.entry("fix", List.of("parse", "source")),
          Map.entry("parse", List.of("source")),
          Map.entry("source", List.of()));

  @Test
  void importsOnlyPointDownward() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String from = layer(SOURCES.relativize(file.getParent()).toString().replace('/', '.'));
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String target = m.group(1);
          String to =
              layer(target.contains(".") ? target.substring(0, target.lastIndexOf('.')) : "");
          if (!to.equals(from) && !permits(allowed(from), to)) {
            violations.add(SOURCES.relativize(file) + " imports pyfix." + target);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  /** The layer of a package below pyfix ("" for pyfix itself), e.g. {@code fixers.whitespace}. */
  private static String layer(String pkg) {
    if (pkg.isEmpty()) {
      return "pyfix";
    }
    String[] parts = pkg.split("\\.");
    if (parts[0].equals("fixers") && parts.length > 1) {
      return parts[1].equals("common") ? "fixers.common" : "fixers." + parts[1];
    }
    if (!EDGES.containsKey(parts[0])) {
      throw new AssertionError("package pyfix." + pkg + " has no layer: add it to LayeringTest");
    }
    return parts[0];
  }

  private static boolean permits(Set<String> allowed, String to) {
    return allowed.contains(to) || (allowed.contains("fixers.*") && to.startsWith("fixers."));
  }

  private static Set<String> allowed(String layer) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(EDGES.getOrDefault(key(layer), List.of()));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(EDGES.getOrDefault(key(next), List.of()));
      }
    }
    return seen;
  }

  /** Edges of {@code fixers.common} and of every single fixer package are those of fixers.*. */
  private static String key(String layer) {
    return layer.startsWith("fixers.") ? "fixers.*" : layer;
  }
}
