package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every import between pyfix's packages is an edge of the layering table (DESIGN.md, STYLE.md §1):
 * an import that the table does not list fails, even when it points downward. Fixers never import
 * one another, only {@code fixers.common}.
 */
class LayeringTest {
  private static final Path SOURCES = Path.of("src/main/java/pyfix");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?pyfix\\.([A-Za-z0-9_.]+);", Pattern.MULTILINE);
  // Layers from the bottom up; every edge of the table points to an earlier one.
  private static final List<String> ORDER =
      List.of(
          "source",
          "parse",
          "semantic",
          "fix",
          "fixers.common",
          "fixers.*",
          "fixers",
          "config",
          "files",
          "report",
          "pyfix",
          "server",
          "cli");
  // The allowed direct imports of each layer; "fixers.*" stands for every single fixer package.
  private static final Map<String, List<String>> EDGES =
      Map.ofEntries(
          Map.entry(
              "cli",
              List.of(
                  "pyfix", "config", "files", "report", "server", "fixers", "fix", "parse",
                  "source")),
          Map.entry(
              "server", List.of("pyfix", "config", "files", "report", "fixers", "fix", "source")),
          Map.entry("pyfix", List.of("fixers", "fixers.*", "fix", "semantic", "parse", "source")),
          Map.entry("report", List.of("fix", "source")),
          Map.entry("files", List.of("source")),
          Map.entry("config", List.of("fix", "parse")),
          Map.entry("fixers", List.of("fixers.*", "fix")),
          Map.entry("fixers.*", List.of("fixers.common", "fix", "semantic", "parse", "source")),
          Map.entry("fixers.common", List.of("fix", "semantic", "parse", "source")),
          Map.entry("fix", List.of("semantic", "parse", "source")),
          Map.entry("semantic", List.of("parse", "source")),
          Map.entry("parse", List.of("source")),
          Map.entry("source", List.of()));

  @Test
  void everyEdgeOfTheTablePointsDown() {
    assertEquals(ORDER.size(), EDGES.size(), "every layer has a row");
    List<String> upward = new ArrayList<>();
    EDGES.forEach(
        (from, targets) ->
            targets.stream()
                .filter(to -> ORDER.indexOf(to) >= ORDER.indexOf(from))
                .forEach(to -> upward.add(from + " -> " + to)));
    assertEquals(List.of(), upward);
  }

  @Test
  void importsAreEdgesOfTheTable() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String from = layer(SOURCES.relativize(file.getParent()).toString().replace('/', '.'));
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String target = m.group(1);
          String to =
              layer(target.contains(".") ? target.substring(0, target.lastIndexOf('.')) : "");
          if (!to.equals(from) && !EDGES.get(key(from)).contains(key(to))) {
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
      return "fixers." + parts[1];
    }
    if (!EDGES.containsKey(parts[0])) {
      throw new AssertionError("package pyfix." + pkg + " has no layer: add it to LayeringTest");
    }
    return parts[0];
  }

  /** The row of the table for {@code layer}: one fixer package stands for them all. */
  private static String key(String layer) {
    return layer.startsWith("fixers.") && !layer.equals("fixers.common") ? "fixers.*" : layer;
  }
}
