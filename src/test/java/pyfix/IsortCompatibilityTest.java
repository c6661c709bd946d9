package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks each I001 approval case against {@code isort --profile black}: isort must print the
 * approved output for the case's input, except for the cases fixers/I001.md lists under
 * "Differences from isort". Skipped when isort is not installed.
 */
class IsortCompatibilityTest {
  private static final Pattern LISTED =
      Pattern.compile("^- `(I001/[a-z0-9_]+)`", Pattern.MULTILINE);

  @TestFactory
  Stream<DynamicTest> approvedOutputsMatchIsort() throws Exception {
    Assumptions.assumeTrue(isortInstalled(), "isort is not installed; skipping the comparison");
    String doc = Files.readString(Path.of("fixers/I001.md"));
    String differences = doc.substring(doc.indexOf("## Differences from isort"));
    List<String> listed = new ArrayList<>();
    Matcher m = LISTED.matcher(differences);
    while (m.find()) {
      listed.add(m.group(1));
    }
    List<FixerCase> cases =
        FixerCase.all().stream()
            .filter(c -> c.code().equals("I001") && !c.noop() && !listed.contains(c.name()))
            .toList();
    Map<String, String> printed = isort(cases);
    return cases.stream()
        .map(
            c ->
                dynamicTest(
                    c.name(),
                    () ->
                        assertEquals(
                            c.approved("").orElseThrow(),
                            printed.get(c.name()),
                            c.name() + ": isort prints otherwise")));
  }

  /**
   * What isort prints for each case, by case name: one isort run per set of options over copies of
   * the inputs, from an empty folder so that no case file counts as first party.
   */
  private static Map<String, String> isort(List<FixerCase> cases) throws Exception {
    Map<List<String>, List<FixerCase>> byOptions = new LinkedHashMap<>();
    for (FixerCase c : cases) {
      byOptions.computeIfAbsent(options(c), k -> new ArrayList<>()).add(c);
    }
    Path root = Files.createTempDirectory("isort");
    Path empty = Files.createDirectory(root.resolve("cwd"));
    Map<String, String> printed = new HashMap<>();
    int group = 0;
    for (Map.Entry<List<String>, List<FixerCase>> e : byOptions.entrySet()) {
      Path dir = Files.createDirectory(root.resolve("g" + group++));
      List<String> command = new ArrayList<>(e.getKey());
      for (FixerCase c : e.getValue()) {
        Path copy = dir.resolve(c.input().getFileName());
        Files.write(copy, c.text().getBytes(StandardCharsets.UTF_8));
        command.add(copy.toString());
      }
      Process p =
          new ProcessBuilder(command)
              .directory(empty.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.waitFor(120, TimeUnit.SECONDS);
      for (FixerCase c : e.getValue()) {
        Path copy = dir.resolve(c.input().getFileName());
        printed.put(c.name(), new String(Files.readAllBytes(copy), StandardCharsets.UTF_8));
        Files.delete(copy);
      }
      Files.delete(dir);
    }
    Files.delete(empty);
    Files.delete(root);
    return printed;
  }

  private static List<String> options(FixerCase c) {
    List<String> command = new ArrayList<>(List.of("isort", "--profile", "black", "-q"));
    var settings = c.settings(false);
    command.addAll(List.of("--line-length", String.valueOf(settings.lineLength())));
    for (String module : settings.options().isort().knownFirstParty()) {
      command.addAll(List.of("--project", module));
    }
    return command;
  }

  private static boolean isortInstalled() {
    try {
      Process p = new ProcessBuilder("isort", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
