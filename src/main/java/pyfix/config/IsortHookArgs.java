package pyfix.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options an {@code isort} pre-commit hook passes on isort's command line ({@code args:
 * [--profile, black]}), as the settings-file options they stand for: what the hook runs is what the
 * project is kept clean with.
 */
final class IsortHookArgs {
  // short and long flags, and the setting each sets; the flags without a value set it to true
  private static final Map<String, String> WITH_VALUE =
      Map.ofEntries(
          Map.entry("profile", "profile"),
          Map.entry("l", "line_length"),
          Map.entry("line-length", "line_length"),
          Map.entry("line-width", "line_length"),
          Map.entry("w", "line_length"),
          Map.entry("m", "multi_line_output"),
          Map.entry("multi-line", "multi_line_output"),
          Map.entry("lai", "lines_after_imports"),
          Map.entry("lines-after-imports", "lines_after_imports"),
          Map.entry("wl", "wrap_length"),
          Map.entry("wrap-length", "wrap_length"),
          Map.entry("p", "known_first_party"),
          Map.entry("project", "known_first_party"),
          Map.entry("o", "known_third_party"),
          Map.entry("thirdparty", "known_third_party"),
          Map.entry("src", "src_paths"),
          Map.entry("src-path", "src_paths"),
          Map.entry("a", "add_imports"),
          Map.entry("add-import", "add_imports"));
  private static final Map<String, String> FLAGS =
      Map.ofEntries(
          Map.entry("tc", "include_trailing_comma"),
          Map.entry("trailing-comma", "include_trailing_comma"),
          Map.entry("up", "use_parentheses"),
          Map.entry("use-parentheses", "use_parentheses"),
          Map.entry("sl", "force_single_line"),
          Map.entry("force-single-line-imports", "force_single_line"),
          Map.entry("ca", "combine_as_imports"),
          Map.entry("combine-as", "combine_as_imports"),
          Map.entry("fss", "force_sort_within_sections"),
          Map.entry("force-sort-within-sections", "force_sort_within_sections"),
          Map.entry("e", "balanced_wrapping"),
          Map.entry("balanced", "balanced_wrapping"),
          Map.entry("ensure-newline-before-comments", "ensure_newline_before_comments"),
          Map.entry("case-sensitive", "case_sensitive"),
          Map.entry("order-by-type", "order_by_type"),
          Map.entry("dt", "order_by_type=false"),
          Map.entry("dont-order-by-type", "order_by_type=false"),
          Map.entry("fgw", "force_grid_wrap=2"),
          Map.entry("force-grid-wrap", "force_grid_wrap=2"));
  // flags that change what isort checks or prints about it, not how it sorts; those with a value
  private static final Set<String> IGNORED =
      Set.of(
          "filter-files",
          "check-only",
          "c",
          "check",
          "diff",
          "d",
          "q",
          "quiet",
          "v",
          "verbose",
          "atomic",
          "color",
          "show-files",
          "only-modified",
          "overwrite-in-place",
          "skip-gitignore",
          "gitignore",
          "resolve-all-configs",
          "dont-follow-links",
          "stdout");
  private static final Set<String> IGNORED_WITH_VALUE =
      Set.of(
          "settings-path",
          "sp",
          "settings-file",
          "settings",
          "s",
          "skip",
          "sg",
          "skip-glob",
          "extend-skip",
          "extend-skip-glob",
          "py",
          "python-version",
          "j",
          "jobs",
          "ext",
          "extension",
          "supported-extension");

  private IsortHookArgs() {}

  /** The settings {@code args} stand for; other flags become options SorterConfig warns about. */
  static List<ToolOption> options(List<String> args, Origin origin) {
    List<ToolOption> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-")) {
        continue; // a file name
      }
      String flag = arg.replaceFirst("^-+", "");
      String value = null;
      int eq = flag.indexOf('=');
      if (eq >= 0) {
        value = flag.substring(eq + 1);
        flag = flag.substring(0, eq);
      }
      if (IGNORED.contains(flag)) {
        continue;
      }
      String setting = WITH_VALUE.get(flag);
      if (setting != null || IGNORED_WITH_VALUE.contains(flag)) {
        if (value == null && i + 1 < args.size()) {
          value = args.get(++i);
        }
        if (setting != null && value != null) {
          out.add(new ToolOption(setting, null, value, origin, 0));
        }
        continue;
      }
      String set = FLAGS.getOrDefault(flag, flag.replace('-', '_'));
      int at = set.indexOf('=');
      out.add(
          new ToolOption(
              at < 0 ? set : set.substring(0, at),
              null,
              value != null ? value : at < 0 ? "true" : set.substring(at + 1),
              origin,
              0));
    }
    return out;
  }
}
