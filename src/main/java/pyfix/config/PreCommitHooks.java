package pyfix.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hooks a project's {@code .pre-commit-config.yaml} runs, by id ({@code black}, {@code isort},
 * {@code pyupgrade}, {@code flake8}, {@code ruff}), and whether a hook installs {@code
 * flake8-bugbear}: the tools the project is kept clean with when their settings files say nothing.
 *
 * @param file the configuration file, or null when the folder has none
 * @param ids the hook ids
 * @param bugbear whether the file names {@code flake8-bugbear} (a flake8 hook's extra dependency)
 */
record PreCommitHooks(Path file, Set<String> ids, boolean bugbear) {
  static final String FILE_NAME = ".pre-commit-config.yaml";

  private static final PreCommitHooks NONE = new PreCommitHooks(null, Set.of(), false);

  // `- id: black` or `id: black` on its own line; a YAML parser is not needed for one key
  private static final Pattern HOOK_ID =
      Pattern.compile("^[ \\t-]*id:[ \\t]*['\"]?([\\w.-]+)", Pattern.MULTILINE);

  /** The hooks of {@code dir}'s {@code .pre-commit-config.yaml}; none when it has none. */
  static PreCommitHooks in(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // absent or unreadable: pre-commit itself could not run it either
      return NONE;
    }
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = HOOK_ID.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return new PreCommitHooks(file, ids, text.contains("flake8-bugbear"));
  }

  /** Whether a hook runs with one of {@code names} as its id. */
  boolean runs(String... names) {
    for (String name : names) {
      if (ids.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
