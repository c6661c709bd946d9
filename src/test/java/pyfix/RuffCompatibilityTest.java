package pyfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks each I001 case written for Ruff's style ({@code --import-style=ruff}) against Ruff's
 * WebAssembly build run by node: Ruff's fixes must give the approved output. The module is looked
 * for in {@code $RUFF_WASM_DIR} (default {@code ~/.cache/pyfix/ruff-wasm}), where {@code .ci/run}
 * installs it with npm; without node or the module the test skips, except in CI.
 */
class RuffCompatibilityTest {
  /**
   * Applies Ruff's I001 fixes to each case until none is left: reads a JSON array of {@code
   * {settings, text}} on stdin and writes the array of outputs, loading the wasm module once.
   */
  private static final String SCRIPT =
      """
      const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs');
      const fix = (settings, text) => {
        const ws = new Workspace(settings, PositionEncoding.Utf16);
        for (let round = 0; round < 10; round++) {
          const edits = ws.check(text).filter(d => d.fix).flatMap(d => d.fix.edits);
          if (!edits.length) break;
          const starts = [0];
          for (let i = 0; i < text.length; i++) if (text[i] === '\\n') starts.push(i + 1);
          const at = (l) => starts[l.row - 1] + l.column - 1;
          edits.sort((a, b) => at(b.location) - at(a.location));
          for (const e of edits) {
            text = text.slice(0, at(e.location)) + (e.content || '') + text.slice(at(e.end_location));
          }
        }
        return text;
      };
      const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
      process.stdout.write(JSON.stringify(cases.map(c => fix(c.settings, c.text))));
      """;

  @TestFactory
  Stream<DynamicTest> approvedOutputsMatchRuff() throws Exception {
    Path modules = modulesOrSkip();
    List<FixerCase> cases =
        FixerCase.all().stream()
            .filter(c -> c.code().equals("I001") && !c.noop())
            .filter(c -> c.flagValues("--import-style").contains("ruff"))
            // the wasm build checks every text as a .py file; stub cases cannot be compared
            .filter(c -> !c.settings(false).stub())
            .toList();
    assertTrue(cases.size() > 10, "the Ruff-style cases are missing");
    List<String> printed = ruff(cases, modules);
    return IntStream.range(0, cases.size())
        .mapToObj(
            i ->
                dynamicTest(
                    cases.get(i).name(),
                    () ->
                        assertEquals(
                            cases.get(i).approved("").orElseThrow(),
                            printed.get(i),
                            cases.get(i).name() + ": Ruff prints otherwise")));
  }

  /**
   * Import blocks as Ruff prints them stay as they are: pyfix must not rewrite a file clean under
   * Ruff. The blocks are random (seeded) mixes of straight, one-line and parenthesized imports with
   * comments everywhere Ruff places them differently from isort: after {@code (}, after names, on
   * lines of their own, after {@code )}, pragmas among them.
   */
  @Test
  void blocksRuffPrintedStayAsTheyAre() throws Exception {
    Path modules = modulesOrSkip();
    List<FixerCase> cases = new ArrayList<>();
    Random random = new Random(33);
    for (int i = 0; i < 200; i++) {
      cases.add(new FixerCase("I001", Path.of("generated" + i + ".py"), randomBlock(random)));
    }
    List<String> printed = ruff(cases, modules);
    int changed = 0;
    StringBuilder first = new StringBuilder();
    for (int i = 0; i < cases.size(); i++) {
      String clean = printed.get(i);
      String again = Pyfix.fix(clean, cases.get(i).settings(false)).output();
      if (!again.equals(clean)) {
        changed++;
        if (first.isEmpty()) {
          first.append("Ruff printed:\n").append(clean).append("pyfix made:\n").append(again);
        }
      }
    }
    assertEquals(0, changed, "pyfix rewrote Ruff's output in " + changed + " blocks; " + first);
  }

  private static final String[] MODULES = {"os", "sys", "a", "b", "x.y", "collections"};
  private static final String[] NAMES = {"aa", "bb", "Cc", "DD", "ee as ff", "gg as gg"};
  private static final String[] COMMENTS = {
    "# c%d", "#c%d", "# noqa: F401", "# type: ignore", "# pylint: disable=x%d"
  };

  private static String randomBlock(Random random) {
    StringBuilder b = new StringBuilder("# pyfix: --import-style=ruff\n");
    int n = 0;
    for (int s = random.nextInt(4); s >= 0; s--) {
      String module = MODULES[random.nextInt(MODULES.length)];
      if (random.nextInt(4) == 0) {
        b.append("import ").append(module).append(comment(random, 3, ++n)).append('\n');
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String name : NAMES) {
        if (random.nextInt(3) == 0 || names.isEmpty() && name.startsWith("gg")) {
          // one module's names only, so that no two modules bind one name
          String prefix = module.replace('.', '_') + "_";
          names.add(prefix + name.replace(" as ", " as " + prefix));
        }
      }
      if (random.nextBoolean()) {
        b.append("from ").append(module).append(" import ").append(String.join(", ", names));
        b.append(comment(random, 2, ++n)).append('\n');
        continue;
      }
      b.append("from ").append(module).append(" import (").append(comment(random, 3, ++n));
      for (String name : names) {
        if (random.nextInt(5) == 0) {
          b.append("\n    ").append(comment(random, 1, ++n).strip());
        }
        b.append("\n    ").append(name).append(',').append(comment(random, 3, ++n));
      }
      if (random.nextInt(5) == 0) {
        b.append("\n    ").append(comment(random, 1, ++n).strip());
      }
      b.append("\n)").append(comment(random, 2, ++n)).append('\n');
    }
    return b.toString();
  }

  /** A comment after two spaces, one time in {@code oneIn}; else nothing. */
  private static String comment(Random random, int oneIn, int n) {
    return random.nextInt(oneIn) == 0
        ? "  " + String.format(COMMENTS[random.nextInt(COMMENTS.length)], n)
        : "";
  }

  /** Ruff's output for each case, from one node run. */
  private static List<String> ruff(List<FixerCase> cases, Path modules) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ArrayNode input = json.createArrayNode();
    for (FixerCase c : cases) {
      input.addObject().put("text", c.text()).set("settings", settings(c, json));
    }
    ProcessBuilder pb =
        new ProcessBuilder("node", "-e", SCRIPT).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("NODE_PATH", modules.toString());
    Process p = pb.start();
    p.getOutputStream().write(json.writeValueAsBytes(input));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "node did not finish");
    assertEquals(0, p.exitValue(), "node failed");
    List<String> printed = new ArrayList<>();
    json.readTree(out).forEach(n -> printed.add(n.asText()));
    return printed;
  }

  /** Ruff's settings for the case: its line length and isort options. */
  private static ObjectNode settings(FixerCase c, ObjectMapper json) throws IOException {
    ObjectNode isort = json.createObjectNode();
    TomlMapper toml = new TomlMapper();
    for (String option : c.flagValues("--import-option")) {
      int eq = option.indexOf('=');
      isort.set(option.substring(0, eq), toml.readTree("v = " + option.substring(eq + 1)).get("v"));
    }
    List<String> firstParty = c.settings(false).options().isort().knownFirstParty();
    if (!firstParty.isEmpty()) {
      isort.set("known-first-party", json.valueToTree(firstParty));
    }
    List<String> thirdParty = c.settings(false).options().isort().knownThirdParty();
    if (!thirdParty.isEmpty()) {
      isort.set("known-third-party", json.valueToTree(thirdParty));
    }
    ObjectNode settings = json.createObjectNode();
    settings.put("line-length", c.settings(false).lineLength());
    if (c.flags().stream().anyMatch(f -> f.startsWith("--target-version="))) {
      settings.put("target-version", c.settings(false).targetVersion().id());
    }
    ObjectNode lint = settings.putObject("lint");
    lint.putArray("select").add("I001");
    lint.set("isort", isort);
    return settings;
  }

  /** The node modules holding Ruff's wasm build; the test skips without them, except in CI. */
  private static Path modulesOrSkip() {
    Path modules = moduleDir().resolve("node_modules");
    boolean present =
        Files.isDirectory(modules.resolve("@astral-sh/ruff-wasm-nodejs")) && nodeInstalled();
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("Ruff's wasm build is missing in CI: .ci/run installs it");
    }
    Assumptions.assumeTrue(present, "node or @astral-sh/ruff-wasm-nodejs is missing; skipped");
    return modules;
  }

  private static Path moduleDir() {
    String dir = System.getenv("RUFF_WASM_DIR");
    return dir != null
        ? Path.of(dir)
        : Path.of(System.getProperty("user.home"), ".cache", "pyfix", "ruff-wasm");
  }

  private static boolean nodeInstalled() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
