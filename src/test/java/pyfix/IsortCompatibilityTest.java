package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  Stream<DynamicTest> approvedOutputsMatchIsort() throws IOException {
    Assumptions.assumeTrue(isortInstalled(), "isort is not installed; skipping the comparison");
    String doc = Files.readString(Path.of("fixers/I001.md"));
    String differences = doc.substring(doc.indexOf("## Differences from isort"));
    List<String> listed = new ArrayList<>();
    Matcher m = LISTED.matcher(differences);
    while (m.find()) {
      listed.add(m.group(1));
    }
    return FixerCase.all().stream()
        .filter(c -> c.code().equals("I001") && !c.noop() && !listed.contains(c.name()))
        .map(c -> dynamicTest(c.name(), () -> compare(c)));
  }

  private static void compare(FixerCase c) throws Exception {
    List<String> command = new ArrayList<>(List.of("isort", "--profile", "black"));
    var settings = c.settings(false);
    command.addAll(List.of("--line-length", String.valueOf(settings.lineLength())));
    for (String module : settings.knownFirstParty()) {
      command.addAll(List.of("--project", module));
    }
    command.add("-");
    Path empty = Files.createTempDirectory("isort");
    try {
      Process p = new ProcessBuilder(command).directory(empty.toFile()).start();
      try (var in = p.getOutputStream()) {
        in.write(c.text().getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      assertEquals(c.approved("").orElseThrow(), out, c.name() + ": isort prints otherwise");
    } finally {
      Files.delete(empty);
    }
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
