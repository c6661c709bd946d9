package pyfix.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * @param bugbear whether the file names {@code flake8-bugbear} outside comments (a flake8 hook's
 *     extra dependency)
 * @param args the {@code args} of the hooks pyfix reads them from ({@code isort}, {@code black},
 *     {@code flake8}, {@code ruff}, {@code ruff-check}, {@code ruff-format}), by id
 */
record PreCommitHooks(Path file, Set<String> ids, boolean bugbear, Map<String, List<String>> args) {
  static final String FILE_NAME = ".pre-commit-config.yaml";

  private static final PreCommitHooks NONE = new PreCommitHooks(null, Set.of(), false, Map.of());

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
    Map<String, List<String>> args = new HashMap<>();
    for (String id : List.of("isort", "black", "flake8", "ruff", "ruff-check", "ruff-format")) {
      args.put(id, args(text, id));
    }
    // a commented-out dependency installs nothing
    boolean bugbear =
        text.lines()
            .map(PreCommitHooks::withoutComment)
            .anyMatch(l -> l.contains("flake8-bugbear"));
    return new PreCommitHooks(file, ids, bugbear, Map.copyOf(args));
  }

  /** The {@code args} of the hook {@code id}; none when it has none or pyfix does not read them. */
  List<String> argsOf(String id) {
    return args.getOrDefault(id, List.of());
  }

  // `args: [--profile, black]` on one line, or `args:` then `- --profile=black` lines
  private static final Pattern ARGS = Pattern.compile("^([ \\t-]*)args:[ \\t]*(.*)$");
  private static final Pattern ITEM = Pattern.compile("^[ \\t]*-[ \\t]+(.*)$");

  /** The {@code args} of the hook {@code id}, as written (quotes removed), in order. */
  static List<String> args(String text, String id) {
    String[] lines = text.split("\\r?\\n|\\r");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher hook = HOOK_ID.matcher(lines[i]);
      if (!hook.find() || !hook.group(1).equals(id)) {
        continue;
      }
      for (int k = i + 1; k < lines.length && !HOOK_ID.matcher(lines[k]).find(); k++) {
        Matcher args = ARGS.matcher(lines[k]);
        if (!args.matches()) {
          continue;
        }
        String flow = withoutComment(args.group(2));
        if (flow.startsWith("[")) {
          // a flow list may go on over the next lines, up to its `]`
          StringBuilder list = new StringBuilder(flow);
          for (int j = k + 1; list.indexOf("]") < 0 && j < lines.length; j++) {
            list.append(' ').append(withoutComment(lines[j]));
          }
          int close = list.lastIndexOf("]");
          for (String item : flowItems(list.substring(1, close > 0 ? close : list.length()))) {
            addItem(out, item);
          }
        } else {
          for (int j = k + 1; j < lines.length; j++) {
            if (lines[j].isBlank() || lines[j].strip().startsWith("#")) {
              continue; // YAML lets blank and comment lines sit between a block list's items
            }
            Matcher item = ITEM.matcher(lines[j]);
            if (!item.matches() || HOOK_ID.matcher(lines[j]).find()) {
              break;
            }
            addItem(out, withoutComment(item.group(1)));
          }
        }
        return out;
      }
    }
    return out;
  }

  private static String withoutComment(String line) {
    return line.replaceAll("(^|\\s+)#.*$", "").strip();
  }

  /** The items of a YAML flow list's inside, split at commas outside quotes. */
  private static List<String> flowItems(String inside) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    char quote = 0;
    for (char c : inside.toCharArray()) {
      if (quote == 0 && c == ',') {
        items.add(item.toString());
        item.setLength(0);
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = quote == 0 ? c : quote == c ? 0 : quote;
      }
      item.append(c);
    }
    items.add(item.toString());
    return items;
  }

  private static void addItem(List<String> out, String item) {
    String s = item.strip();
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      s = s.substring(1, s.length() - 1);
    }
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /**
   * The value of option {@code names} (long or short: {@code --name=value}, {@code --name value},
   * {@code -lvalue}) in {@code args}, the last one given; null when absent.
   */
  static String option(List<String> args, String... names) {
    String value = null;
    for (int i = 0; i < args.size(); i++) {
      for (String name : names) {
        String a = args.get(i);
        if (a.startsWith(name + "=")) {
          value = a.substring(name.length() + 1);
        } else if (a.equals(name) && i + 1 < args.size()) {
          value = args.get(i + 1);
        } else if (name.length() == 2 && a.length() > 2 && a.startsWith(name)) {
          value = a.substring(2); // a short option with its value written on: -l100
        }
      }
    }
    return value;
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
