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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pyfix.testing.Oracle;

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
    Oracle.ISORT.require();
    String doc = Files.readString(Path.of("fixers/I001.md"));
    String differences = doc.substring(doc.indexOf("## Differences from isort"));
    List<String> listed = new ArrayList<>();
    Matcher m = LISTED.matcher(differences);
    while (m.find()) {
      listed.add(m.group(1));
    }
    List<FixerCase> cases =
        FixerCase.all().stream()
            .filter(c -> c.code().equals("I001") && sorted(c).isPresent())
            .filter(c -> !listed.contains(c.name()))
            .filter(c -> !c.flagValues("--import-style").contains("ruff"))
            .toList();
    Map<String, String> printed = isort(cases);
    return cases.stream()
        .map(
            c ->
                dynamicTest(
                    c.name(),
                    () ->
                        assertEquals(
                            sorted(c).orElseThrow(),
                            printed.get(c.name()),
                            c.name() + ": isort prints otherwise")));
  }

  /**
   * The case's output with every fix applied, as isort prints it: the {@code --unsafe-fixes} one
   * where the SAFE run leaves part of the sort out (a move isort makes freely, which pyfix calls
   * UNSAFE); none for a case no fix changes.
   */
  private static Optional<String> sorted(FixerCase c) {
    return c.approved(".unsafe").or(() -> c.noop() ? Optional.empty() : c.approved(""));
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
      List<String> args = new ArrayList<>(e.getKey());
      for (FixerCase c : e.getValue()) {
        Path copy = dir.resolve(copyName(c));
        Files.write(copy, c.text().getBytes(StandardCharsets.UTF_8));
        args.add(copy.toString());
      }
      Oracle.ISORT.run(empty, args);
      for (FixerCase c : e.getValue()) {
        Path copy = dir.resolve(copyName(c));
        printed.put(c.name(), new String(Files.readAllBytes(copy), StandardCharsets.UTF_8));
        Files.delete(copy);
      }
      Files.delete(dir);
    }
    Files.delete(empty);
    Files.delete(root);
    return printed;
  }

  // isort writes stubs (.pyi) with one blank line after the imports
  private static String copyName(FixerCase c) {
    String name = c.input().getFileName().toString();
    return c.settings(false).stub() ? name + "i" : name;
  }

  /**
   * isort's arguments for a case: the black profile, the case's line length and first-party
   * modules, and its {@code --import-option}s through a settings folder written for that set.
   */
  private static List<String> options(FixerCase c) throws IOException {
    var settings = c.settings(false);
    List<String> own = c.flagValues("--import-option");
    // a case may name its own profile among its options, in place of the black profile
    String profile = "black";
    List<String> rest = new ArrayList<>();
    for (String option : own) {
      if (option.startsWith("profile=")) {
        profile = iniValue(option.substring("profile=".length()));
      } else {
        rest.add(option);
      }
    }
    List<String> command = new ArrayList<>(List.of("--profile", profile, "-q"));
    int sorterWidth = settings.options().isort().sorter().lineLength();
    String width = String.valueOf(sorterWidth > 0 ? sorterWidth : settings.lineLength());
    command.addAll(List.of("--line-length", width));
    for (String module : settings.options().isort().knownFirstParty()) {
      command.addAll(List.of("--project", module));
    }
    for (String module : settings.options().isort().knownThirdParty()) {
      command.addAll(List.of("--thirdparty", module));
    }
    // the command line would win over the settings file's own line_length
    List<String> ini =
        new ArrayList<>(List.of("[settings]", "profile=" + profile, "line_length=" + width));
    for (String option : rest) {
      int eq = option.indexOf('=');
      ini.add(option.substring(0, eq) + "=" + iniValue(option.substring(eq + 1)));
    }
    if (ini.size() > 3) {
      command.removeAll(List.of("--line-length", width));
      // isort 5.6.4 reads a settings folder's .isort.cfg; it ignores a file named otherwise
      Path dir = Files.createTempDirectory("isort-settings");
      Path cfg = Files.write(dir.resolve(".isort.cfg"), ini);
      cfg.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      command.addAll(List.of("--settings-path", dir.toString()));
    }
    return command;
  }

  /** A TOML value as isort's INI files write it: lists comma-separated, strings unquoted. */
  private static String iniValue(String toml) {
    String v = toml.strip();
    if (v.startsWith("[")) {
      v = v.substring(1, v.length() - 1);
    }
    // a case writes a space inside a value as TOML's \u0020, its flags being split at spaces
    return v.replace("\"", "").replace(" ", "").replace("\\u0020", " ");
  }
}
