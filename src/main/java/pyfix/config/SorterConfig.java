package pyfix.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.SorterOptions;

/**
 * Builds I001's {@link SorterOptions} from isort's or Ruff's options, both spellings, over the
 * defaults each tool documents; names every option it cannot honour in a warning.
 */
final class SorterConfig {
  /**
   * isort's wrapping options with the values its black profile sets, the only ones pyfix prints.
   */
  private static final Map<String, String> BLACK_WRAPPING =
      Map.of(
          "multi_line_output", "3",
          "include_trailing_comma", "true",
          "force_grid_wrap", "0",
          "use_parentheses", "true",
          "ensure_newline_before_comments", "true");

  /** isort's defaults for those options, without a profile. */
  private static final Map<String, String> ISORT_WRAPPING =
      Map.of(
          "multi_line_output", "0",
          "include_trailing_comma", "false",
          "force_grid_wrap", "0",
          "use_parentheses", "false",
          "ensure_newline_before_comments", "false");

  /** Options that change nothing I001 prints, or that other settings already read. */
  private static final List<String> NO_EFFECT =
      List.of(
          "known_first_party",
          "known_third_party",
          "src_paths",
          "src",
          "skip",
          "extend_skip",
          "skip_glob",
          "extend_skip_glob",
          "skip_gitignore",
          "quiet",
          "verbose",
          "atomic",
          "color_output",
          "filter_files",
          "py_version",
          "virtual_env",
          "conda_env",
          "supported_extensions",
          "blocked_extensions",
          "overwrite_in_place",
          "show_diff",
          "only_modified",
          "jobs");

  /** Options pyfix does not implement, with the value under which they change nothing. */
  private static final Map<String, String> NEUTRAL =
      Map.ofEntries(
          Map.entry("force_to_top", ""),
          Map.entry("required_imports", ""),
          Map.entry("add_imports", ""),
          Map.entry("classes", ""),
          Map.entry("constants", ""),
          Map.entry("variables", ""),
          Map.entry("no_sections", "false"),
          Map.entry("sections_table", ""),
          Map.entry("length_sort_straight", "false"),
          Map.entry("default_section", "third_party"),
          Map.entry("detect_same_package", "true"),
          Map.entry("force_alphabetical_sort", "false"),
          Map.entry("force_alphabetical_sort_within_sections", "false"),
          Map.entry("lexicographical", "false"),
          Map.entry("group_by_package", "false"),
          Map.entry("combine_star", "false"),
          Map.entry("lines_between_sections", "1"),
          Map.entry("known_standard_library", ""),
          Map.entry("forced_separate", ""),
          Map.entry("import_heading_stdlib", ""),
          Map.entry("import_heading_thirdparty", ""),
          Map.entry("import_heading_firstparty", ""),
          Map.entry("import_heading_localfolder", ""),
          Map.entry("import_heading_future", ""),
          Map.entry("float_to_top", "false"),
          Map.entry("remove_redundant_aliases", "false"),
          Map.entry("honor_noqa", "false"),
          Map.entry("wrap_length", "0"),
          Map.entry("indent", "    "),
          Map.entry("balanced_wrapping", "false"),
          Map.entry("no_inline_sort", "false"),
          Map.entry("only_sections", "false"),
          Map.entry("treat_all_comments_as_code", "false"),
          Map.entry("ignore_comments", "false"),
          Map.entry("honor_case_in_force_sorted_sections", "false"),
          Map.entry("sort_relative_in_force_sorted_sections", "false"),
          Map.entry("dedup_headings", "false"));

  /** The options, what each was set to and where, and the warnings. */
  record Result(SorterOptions options, List<String> shown, List<String> warnings) {}

  private final ImportStyle style;
  private final List<String> shown = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, String> wrapping = new LinkedHashMap<>();
  private final Map<String, Origin> wrappingOrigin = new LinkedHashMap<>();

  private int lineLength;
  private boolean forceSingleLine;
  private List<String> singleLineExclusions = List.of();
  private boolean forceSortWithinSections;
  private boolean orderByType = true;
  private boolean caseSensitive;
  private boolean combineAsImports;
  private boolean forceWrapAliases;
  private int linesAfterImports = -1;
  private int linesBetweenTypes;
  private List<String> knownLocalFolder = List.of();
  private List<String> extraStandardLibrary = List.of();
  private List<String> sectionOrder = SorterOptions.SECTIONS;
  private List<String> noLinesBefore = List.of();
  private boolean closestRelativeFirst;
  private boolean splitOnTrailingComma;
  private boolean fromFirst;
  private boolean lengthSort;

  private SorterConfig(ImportStyle style, boolean configured) {
    this.style = style;
    if (style == ImportStyle.RUFF || !configured) {
      // Ruff wraps at its line-length, which pyfix's line-length already adopts
      splitOnTrailingComma = true;
      wrapping.putAll(BLACK_WRAPPING);
    } else {
      lineLength = 79;
      wrapping.putAll(ISORT_WRAPPING);
    }
  }

  /**
   * The sorter for {@code style} with {@code options} applied in order (a later one wins); {@code
   * configured} is false when no tool configures the sorter, which leaves pyfix's default.
   */
  static Result build(ImportStyle style, boolean configured, List<ToolOption> options)
      throws SettingsException {
    SorterConfig c = new SorterConfig(style, configured);
    for (ToolOption o : options) {
      c.apply(o);
    }
    return c.result();
  }

  private void apply(ToolOption o) throws SettingsException {
    String name = o.name();
    if (name.equals("sections") && o.node() != null && o.node().isObject()) {
      name = "sections_table"; // Ruff's custom sections, not isort's list of section names
    }
    switch (name) {
      case "profile" -> profile(o);
      case "line_length", "line_width" -> lineLength = positive(o);
      case "force_single_line" -> forceSingleLine = o.bool();
      case "single_line_exclusions" -> singleLineExclusions = o.list();
      case "force_sort_within_sections" -> forceSortWithinSections = o.bool();
      case "order_by_type" -> orderByType = o.bool();
      case "case_sensitive" -> caseSensitive = o.bool();
      case "combine_as_imports", "combine_as" -> combineAsImports = o.bool();
      case "force_wrap_aliases" -> forceWrapAliases = o.bool();
      case "lines_after_imports" -> linesAfterImports = atLeast(o, -1);
      case "lines_between_types" -> linesBetweenTypes = atLeast(o, 0);
      case "known_local_folder" -> knownLocalFolder = o.list();
      case "extra_standard_library" -> extraStandardLibrary = o.list();
      case "sections", "section_order" -> sectionOrder = sections(o, true);
      case "no_lines_before" -> noLinesBefore = sections(o, false);
      case "reverse_relative" -> closestRelativeFirst = o.bool();
      case "relative_imports_order" -> closestRelativeFirst = relativeOrder(o);
      case "split_on_trailing_comma" -> splitOnTrailingComma = o.bool();
      case "from_first" -> fromFirst = o.bool();
      case "length_sort" -> lengthSort = o.bool();
      default -> {
        if (BLACK_WRAPPING.containsKey(name)) {
          wrapping.put(name, wrappingValue(o));
          wrappingOrigin.put(name, o.origin());
        } else if (NEUTRAL.containsKey(name)) {
          if (!neutral(o, NEUTRAL.get(name))) {
            warn(o, "is not supported; I001 sorts as if it were not set");
          }
        } else if (!NO_EFFECT.contains(name)) {
          warn(o, "is not an option pyfix knows; I001 ignores it");
        }
        return;
      }
    }
    shown.add(o.key() + " = " + o.written() + "  # " + describe(o.origin()));
  }

  private void profile(ToolOption o) throws SettingsException {
    String profile = o.string();
    if (!profile.equals("black")) {
      warn(o, "names a profile pyfix does not support (only \"black\"); I001 ignores it");
      return;
    }
    lineLength = 88;
    splitOnTrailingComma = true;
    wrapping.putAll(BLACK_WRAPPING);
    wrappingOrigin.clear();
  }

  private static String wrappingValue(ToolOption o) throws SettingsException {
    if (o.name().equals("multi_line_output")) {
      String v = o.node() != null && o.node().isIntegralNumber() ? o.node().asText() : o.string();
      return v.equalsIgnoreCase("VERTICAL_HANGING_INDENT") ? "3" : v;
    }
    if (o.name().equals("force_grid_wrap")) {
      return String.valueOf(o.integer());
    }
    return String.valueOf(o.bool());
  }

  private static boolean neutral(ToolOption o, String neutral) {
    if (o.node() != null) {
      if (o.node().isArray() || o.node().isObject()) {
        return o.node().isEmpty();
      }
      return o.node().asText().replace('-', '_').equalsIgnoreCase(neutral);
    }
    String v = o.text().strip();
    return v.equalsIgnoreCase(neutral)
        || neutral.equals("third_party") && v.equalsIgnoreCase("THIRDPARTY");
  }

  private Result result() {
    for (Map.Entry<String, String> e : wrapping.entrySet()) {
      if (!BLACK_WRAPPING.get(e.getKey()).equals(e.getValue())) {
        Origin origin = wrappingOrigin.get(e.getKey());
        String where =
            origin == null ? "isort's default without profile = \"black\"" : describe(origin);
        warnings.add(
            e.getKey()
                + " = "
                + e.getValue()
                + " ("
                + where
                + ") is not supported; I001 wraps imports as isort's black profile does");
      }
    }
    SorterOptions options =
        new SorterOptions(
            style,
            lineLength,
            forceSingleLine,
            singleLineExclusions,
            forceSortWithinSections,
            orderByType,
            caseSensitive,
            combineAsImports,
            forceWrapAliases,
            linesAfterImports,
            linesBetweenTypes,
            knownLocalFolder,
            extraStandardLibrary,
            sectionOrder,
            noLinesBefore,
            closestRelativeFirst,
            splitOnTrailingComma,
            fromFirst,
            lengthSort);
    return new Result(options, List.copyOf(shown), List.copyOf(warnings));
  }

  private void warn(ToolOption o, String message) {
    warnings.add("'" + o.key() + "' in " + describe(o.origin()) + " " + message);
  }

  private static String describe(Origin origin) {
    String file = origin.file() == null ? "" : origin.file().getFileName().toString();
    return origin.detail().isEmpty() ? file : (file + " " + origin.detail()).strip();
  }

  private static int positive(ToolOption o) throws SettingsException {
    int v = o.integer();
    if (v < 1) {
      throw o.error("must be positive, not " + v);
    }
    return v;
  }

  private static int atLeast(ToolOption o, int least) throws SettingsException {
    int v = o.integer();
    if (v < least) {
      throw o.error("must be " + least + " or more, not " + v);
    }
    return v;
  }

  private static boolean relativeOrder(ToolOption o) throws SettingsException {
    return switch (o.string()) {
      case "closest-to-furthest" -> true;
      case "furthest-to-closest" -> false;
      default -> throw o.error("must be \"furthest-to-closest\" or \"closest-to-furthest\"");
    };
  }

  /** Section names in isort's spelling (STDLIB) or Ruff's (standard-library), as pyfix's ids. */
  private List<String> sections(ToolOption o, boolean complete) throws SettingsException {
    List<String> ids = new ArrayList<>();
    for (String s : o.list()) {
      String id =
          switch (s.toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "future" -> "future";
            case "stdlib", "standard-library" -> "standard-library";
            case "thirdparty", "third-party" -> "third-party";
            case "firstparty", "first-party" -> "first-party";
            case "localfolder", "local-folder" -> "local-folder";
            default -> null;
          };
      if (id == null) {
        warn(o, "names the section '" + s + "', which pyfix does not support; it is left out");
      } else if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    if (complete) {
      // isort and Ruff add the standard sections a custom order leaves out, at the end
      for (String id : SorterOptions.SECTIONS) {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    return List.copyOf(ids);
  }
}
