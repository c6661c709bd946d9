package pyfix.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.IsortWrapping;
import pyfix.fix.options.SorterOptions;

/**
 * Builds I001's {@link SorterOptions} from isort's or Ruff's options, both spellings, over the
 * defaults each tool documents; names every option it cannot honour in a warning.
 */
final class SorterConfig {
  /** isort's profiles whose options pyfix implements, each with its settings (isort 5.6.4). */
  private static final Map<String, String> PROFILES =
      Map.of(
          "black",
          "multi_line_output=3 include_trailing_comma=true force_grid_wrap=0 use_parentheses=true"
              + " ensure_newline_before_comments=true line_length=88 split_on_trailing_comma=true",
          "django",
          "combine_as_imports=true include_trailing_comma=true multi_line_output=5 line_length=79",
          "pycharm",
          "multi_line_output=3 force_grid_wrap=2 lines_after_imports=2",
          "attrs",
          "force_grid_wrap=0 include_trailing_comma=true lines_after_imports=2"
              + " lines_between_types=1 multi_line_output=3 use_parentheses=true",
          "hug",
          "multi_line_output=3 include_trailing_comma=true force_grid_wrap=0 use_parentheses=true"
              + " line_length=100",
          "google",
          "force_single_line=true force_sort_within_sections=true lexicographical=true"
              + " single_line_exclusions=typing order_by_type=false group_by_package=true",
          "open_stack",
          "force_single_line=true force_sort_within_sections=true lexicographical=true");

  /** isort 5.6.4's names of its wrap modes, by number. */
  private static final List<String> WRAP_MODES =
      List.of(
          "GRID",
          "VERTICAL",
          "HANGING_INDENT",
          "VERTICAL_HANGING_INDENT",
          "VERTICAL_GRID",
          "VERTICAL_GRID_GROUPED",
          "VERTICAL_GRID_GROUPED_NO_COMMA",
          "NOQA",
          "VERTICAL_HANGING_INDENT_BRACKET",
          "VERTICAL_PREFIX_FROM_MODULE_IMPORT",
          "HANGING_INDENT_WITH_PARENTHESES",
          "BACKSLASH_GRID");

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
          Map.entry("classes", ""),
          Map.entry("constants", ""),
          Map.entry("variables", ""),
          Map.entry("no_sections", "false"),
          Map.entry("length_sort_straight", "false"),
          Map.entry("force_alphabetical_sort", "false"),
          Map.entry("combine_star", "false"),
          Map.entry("lines_between_sections", "1"),
          Map.entry("forced_separate", ""),
          Map.entry("float_to_top", "false"),
          Map.entry("remove_redundant_aliases", "false"),
          Map.entry("honor_noqa", "false"),
          Map.entry("no_inline_sort", "false"),
          Map.entry("only_sections", "false"),
          Map.entry("treat_all_comments_as_code", "false"),
          Map.entry("ignore_comments", "false"),
          Map.entry("honor_case_in_force_sorted_sections", "false"),
          Map.entry("sort_relative_in_force_sorted_sections", "false"),
          Map.entry("dedup_headings", "false"));

  /**
   * Options of {@link #NEUTRAL} that change no file isort leaves as it is: the imports of such a
   * file are already at the top ({@code float_to_top}), with no star import beside names from its
   * module ({@code combine_star}) and no {@code import os as os} ({@code
   * remove_redundant_aliases}). Under any other of them, a file clean under isort may be sorted
   * otherwise, so I001 is off.
   */
  private static final Set<String> ALIKE_ON_CLEAN_FILES =
      Set.of("float_to_top", "combine_star", "remove_redundant_aliases");

  /** Whether {@code name} (isort's spelling) is an option isort or Ruff's isort rules have. */
  static boolean knows(String name) {
    return KNOWN.contains(name)
        || NEUTRAL.containsKey(name)
        || NO_EFFECT.contains(name)
        || name.startsWith(KNOWN_PREFIX)
        || name.startsWith(HEADING_PREFIX);
  }

  /** isort's prefix of the comment put above a section, its own and a project's. */
  private static final String HEADING_PREFIX = "import_heading_";

  /** isort's prefix of the module lists of sections, its own and a project's. */
  private static final String KNOWN_PREFIX = "known_";

  /** isort's module lists of its standard sections; any other {@code known_<name>} is custom. */
  private static final List<String> STANDARD_KNOWN =
      List.of(
          "known_first_party",
          "known_third_party",
          "known_local_folder",
          "known_standard_library",
          "known_future_library");

  private static final List<String> KNOWN =
      List.of(
          "profile",
          "line_length",
          "force_single_line",
          "single_line_exclusions",
          "force_sort_within_sections",
          "force_alphabetical_sort_within_sections",
          "order_by_type",
          "case_sensitive",
          "combine_as_imports",
          "force_wrap_aliases",
          "lines_after_imports",
          "lines_between_types",
          "known_local_folder",
          "extra_standard_library",
          "known_standard_library",
          "sections",
          "no_lines_before",
          "reverse_relative",
          "split_on_trailing_comma",
          "from_first",
          "length_sort",
          "force_to_top",
          "lexicographical",
          "group_by_package",
          "default_section",
          "multi_line_output",
          "include_trailing_comma",
          "use_parentheses",
          "indent",
          "wrap_length",
          "force_grid_wrap",
          "balanced_wrapping",
          "ensure_newline_before_comments");

  /**
   * The options, what each was set to and where, and the warnings; {@code sortsOtherwise}: an
   * option isort applies that pyfix cannot, under which I001 is off.
   */
  record Result(
      SorterOptions options, List<String> shown, List<String> warnings, boolean sortsOtherwise) {}

  private final ImportStyle style;
  private final List<String> shown = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private int lineLength;
  private boolean forceSingleLine;
  private List<String> singleLineExclusions = List.of();
  private boolean forceSortWithinSections;
  private boolean orderByType = true;
  // isort compares the names of a `from` import in lower case, and so by no type
  private boolean alphabeticalNames;
  // an option set that makes isort sort otherwise than pyfix can
  private boolean sortsOtherwise;
  private boolean caseSensitive;
  private boolean combineAsImports;
  private boolean forceWrapAliases;
  private int linesAfterImports = -1;
  private int linesBetweenTypes;
  private List<String> knownLocalFolder = List.of();
  private List<String> extraStandardLibrary = List.of();
  private List<String> standardLibrary;
  private List<String> sectionOrder = SorterOptions.SECTIONS;
  // the sections isort's `sections` (or Ruff's `section-order`) names, as written
  private List<String> declaredSections = SorterOptions.SECTIONS;
  private List<String> noLinesBefore = List.of();
  private boolean closestRelativeFirst;
  private boolean splitOnTrailingComma;
  private boolean fromFirst;
  private boolean lengthSort;
  private List<String> forceToTop = List.of();
  private List<String> requiredImports = List.of();
  private Boolean detectSamePackage;
  private final Map<String, String> headings = new LinkedHashMap<>();
  private boolean lexicographical;
  private boolean groupByPackage;
  private String defaultSection = "third-party";
  // the modules of custom sections, by section id, and the option that listed them
  private final Map<String, List<String>> custom = new LinkedHashMap<>();
  private final Map<String, ToolOption> customOrigin = new LinkedHashMap<>();
  private int wrapMode = IsortWrapping.BLACK.mode();
  private boolean includeTrailingComma = true;
  private boolean useParentheses = true;
  private String indent = "    ";
  // isort indents with its `indent`, 4 spaces unless set; pyfix's default follows the file
  private boolean fileIndent;
  private int wrapLength;
  private int forceGridWrap;
  private boolean balancedWrapping;
  private boolean newlineBeforeComments = true;
  // pyfix's default is isort's black profile
  private boolean blackProfile = true;

  private SorterConfig(ImportStyle style, boolean configured) {
    this.style = style;
    if (style == ImportStyle.RUFF || !configured) {
      // Ruff wraps at its line-length, which pyfix's line-length already adopts
      splitOnTrailingComma = true;
      fileIndent = !configured;
    } else {
      // isort's own defaults, without a profile
      lineLength = 79;
      wrapMode = IsortWrapping.ISORT_DEFAULT.mode();
      includeTrailingComma = false;
      useParentheses = false;
      newlineBeforeComments = false;
      blackProfile = false;
    }
  }

  /**
   * The sorter for {@code style} with {@code options} applied in order (a later one wins) over the
   * last {@code profile} among them; {@code configured} is false when no tool configures the
   * sorter, which leaves pyfix's default.
   */
  static Result build(ImportStyle style, boolean configured, List<ToolOption> options)
      throws SettingsException {
    SorterConfig c = new SorterConfig(style, configured);
    // isort applies the profile first and every other option over it, wherever it is written; a
    // command line's profile replaces the settings file's
    ToolOption profile = null;
    for (ToolOption o : options) {
      profile = o.name().equals("profile") ? o : profile;
    }
    if (profile != null) {
      c.apply(profile);
    }
    for (ToolOption o : options) {
      if (!o.name().equals("profile")) {
        c.apply(o);
      }
    }
    return c.result();
  }

  private void apply(ToolOption o) throws SettingsException {
    String name = o.name();
    if (name.equals("sections") && o.node() != null && o.node().isObject()) {
      ruffSections(o); // Ruff's custom sections, not isort's list of section names
      return;
    }
    if (name.startsWith(HEADING_PREFIX)) {
      String section = name.substring(HEADING_PREFIX.length());
      String id = sectionId(section);
      headings.put(id != null ? id : section.toLowerCase(Locale.ROOT), o.string());
      shown.add(o.key() + " = " + o.written() + "  # " + describe(o.origin()));
      return;
    }
    if (name.startsWith(KNOWN_PREFIX) && !STANDARD_KNOWN.contains(name)) {
      customSection(name.substring(KNOWN_PREFIX.length()), o.list(), o);
      return;
    }
    switch (name) {
      case "profile" -> profile(o);
      case "line_length", "line_width" -> lineLength = positive(o);
      case "force_single_line" -> forceSingleLine = o.bool();
      case "single_line_exclusions" -> singleLineExclusions = o.list();
      case "force_sort_within_sections" -> forceSortWithinSections = o.bool();
      case "order_by_type" -> orderByType = o.bool();
      case "force_alphabetical_sort_within_sections" -> alphabeticalNames = o.bool();
      case "case_sensitive" -> caseSensitive = o.bool();
      case "combine_as_imports", "combine_as" -> combineAsImports = o.bool();
      case "force_wrap_aliases" -> forceWrapAliases = o.bool();
      case "lines_after_imports" -> linesAfterImports = atLeast(o, -1);
      case "lines_between_types" -> linesBetweenTypes = atLeast(o, 0);
      case "known_local_folder" -> knownLocalFolder = o.list();
      case "extra_standard_library" -> extraStandardLibrary = o.list();
      case "known_standard_library" -> standardLibrary = o.list();
      case "sections", "section_order" -> {
        sectionOrder = sections(o, true);
        declaredSections = sections(o, false);
      }
      case "no_lines_before" -> noLinesBefore = sections(o, false);
      case "reverse_relative" -> closestRelativeFirst = o.bool();
      case "relative_imports_order" -> closestRelativeFirst = relativeOrder(o);
      case "split_on_trailing_comma" -> splitOnTrailingComma = o.bool();
      case "from_first" -> fromFirst = o.bool();
      case "length_sort" -> lengthSort = o.bool();
      case "required_imports", "add_imports" -> requiredImports = requiredImports(o);
      case "detect_same_package" -> detectSamePackage = o.bool();
      case "force_to_top" -> forceToTop = o.list();
      case "lexicographical" -> lexicographical = o.bool();
      case "group_by_package" -> groupByPackage = o.bool();
      case "default_section" -> defaultSection = defaultSection(o);
      case "multi_line_output" -> wrapMode = wrapMode(o);
      case "include_trailing_comma" -> includeTrailingComma = o.bool();
      case "use_parentheses" -> useParentheses = o.bool();
      case "indent" -> {
        indent = indent(o);
        fileIndent = false;
      }
      case "wrap_length" -> wrapLength = atLeast(o, 0);
      case "force_grid_wrap" -> forceGridWrap = atLeast(o, 0);
      case "balanced_wrapping" -> balancedWrapping = o.bool();
      case "ensure_newline_before_comments" -> newlineBeforeComments = o.bool();
      default -> {
        if (NEUTRAL.containsKey(name)) {
          if (neutral(o, NEUTRAL.get(name))) {
            return;
          } else if (ALIKE_ON_CLEAN_FILES.contains(name)) {
            warn(o, "is not supported; I001 sorts as if it were not set");
          } else {
            off(o, "is not supported");
          }
        } else if (!NO_EFFECT.contains(name)) {
          warn(o, "is not an option pyfix knows; I001 ignores it");
        }
        return;
      }
    }
    shown.add(o.key() + " = " + o.written() + "  # " + describe(o.origin()));
  }

  /** The required imports as written, each checked to be one {@code import} or {@code from}. */
  private static List<String> requiredImports(ToolOption o) throws SettingsException {
    for (String i : o.list()) {
      if (!i.strip().matches("(from\\s+\\S+\\s+)?import\\s+[\\w.]+(\\s+as\\s+\\w+)?")) {
        throw o.error(
            "must list single imports such as \"from __future__ import annotations\", not "
                + o.written());
      }
    }
    return o.list();
  }

  private void profile(ToolOption o) throws SettingsException {
    String profile = o.string();
    String settings = PROFILES.get(profile);
    if (settings == null) {
      off(
          o,
          "names a profile pyfix does not support (only "
              + String.join(", ", PROFILES.keySet().stream().sorted().toList())
              + ")");
      return;
    }
    blackProfile = profile.equals("black");
    for (String setting : settings.split(" ")) {
      String[] kv = setting.split("=");
      String value = kv[1];
      switch (kv[0]) {
        case "multi_line_output" -> wrapMode = Integer.parseInt(value);
        case "include_trailing_comma" -> includeTrailingComma = Boolean.parseBoolean(value);
        case "use_parentheses" -> useParentheses = Boolean.parseBoolean(value);
        case "force_grid_wrap" -> forceGridWrap = Integer.parseInt(value);
        case "ensure_newline_before_comments" -> newlineBeforeComments = true;
        case "line_length" -> lineLength = Integer.parseInt(value);
        case "split_on_trailing_comma" -> splitOnTrailingComma = true;
        case "combine_as_imports" -> combineAsImports = true;
        case "lines_after_imports" -> linesAfterImports = Integer.parseInt(value);
        case "lines_between_types" -> linesBetweenTypes = Integer.parseInt(value);
        case "force_single_line" -> forceSingleLine = true;
        case "force_sort_within_sections" -> forceSortWithinSections = true;
        case "lexicographical" -> lexicographical = true;
        case "group_by_package" -> groupByPackage = true;
        case "order_by_type" -> orderByType = false;
        case "single_line_exclusions" -> singleLineExclusions = List.of(value);
        default -> throw new IllegalStateException("profile setting " + setting);
      }
    }
  }

  /**
   * A wrap mode by number or by isort's name; a mode isort lacks is an error, one pyfix does not
   * print a warning (the mode before it stays).
   */
  private int wrapMode(ToolOption o) throws SettingsException {
    String v = o.node() != null && o.node().isIntegralNumber() ? o.node().asText() : o.string();
    int mode = WRAP_MODES.indexOf(v.strip().toUpperCase(Locale.ROOT));
    if (mode < 0 && v.strip().matches("[0-9]+")) {
      mode = Integer.parseInt(v.strip());
    }
    if (mode < 0 || mode >= WRAP_MODES.size()) {
      throw o.error(
          "is " + v + "; isort's wrap modes are 0 to 11 (" + String.join(", ", WRAP_MODES) + ")");
    }
    if (!IsortWrapping.MODES.contains(mode)) {
      off(o, "is " + mode + " " + WRAP_MODES.get(mode) + ", which pyfix does not print");
      return wrapMode;
    }
    return mode;
  }

  /** isort's indent: a number of spaces, "tab", or the text itself (quotes allowed). */
  private static String indent(ToolOption o) throws SettingsException {
    // a TOML string as written: `indent = "    "` is four spaces, which string() would strip
    String v =
        o.node() != null && (o.node().isIntegralNumber() || o.node().isTextual())
            ? o.node().asText()
            : o.string();
    if (v.strip().matches("[0-9]+")) {
      return " ".repeat(Integer.parseInt(v.strip()));
    }
    String text = v.replaceAll("^['\"]|['\"]$", "");
    if (text.equalsIgnoreCase("tab")) {
      return "\t";
    }
    if (text.isEmpty() || !text.isBlank()) {
      throw o.error("must be a number of spaces, \"tab\", or spaces");
    }
    return text;
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

  private void ruffSections(ToolOption o) throws SettingsException {
    for (Iterator<Map.Entry<String, JsonNode>> it = o.node().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      customSection(
          e.getKey(), new ToolOption(e.getKey(), e.getValue(), null, o.origin(), 0).list(), o);
    }
  }

  private void customSection(String name, List<String> modules, ToolOption o) {
    String id = name.toLowerCase(Locale.ROOT);
    custom.put(id, modules);
    customOrigin.put(id, o);
    shown.add(o.key() + " = " + o.written() + "  # " + describe(o.origin()));
  }

  /**
   * The custom sections the section order names; a section listed there without modules stays
   * empty, and modules of a section it does not name are ignored, as isort does; Ruff places them
   * in such a section too, and then in the default section (see {@link #leftOutSections}).
   */
  private Map<String, List<String>> customSections() {
    if (style == ImportStyle.RUFF) {
      List<String> order = new ArrayList<>(sectionOrder);
      customOrigin.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
      sectionOrder = List.copyOf(order);
    }
    Map<String, List<String>> sections = new LinkedHashMap<>();
    for (String id : sectionOrder) {
      if (!SorterOptions.SECTIONS.contains(id)) {
        sections.put(id, custom.getOrDefault(id, List.of()));
      }
    }
    for (Map.Entry<String, ToolOption> e : customOrigin.entrySet()) {
      if (!sections.containsKey(e.getKey())) {
        warn(
            e.getValue(),
            "lists modules of the section '"
                + e.getKey()
                + "', which the section order does not name; I001 ignores them");
      }
    }
    if (!sectionOrder.contains(defaultSection)) {
      warnings.add(
          "default-section '"
              + defaultSection
              + "' is not in the section order; I001 uses third party");
      defaultSection = "third-party";
    } else if (defaultSection.equals("future")) {
      // an unknown module sorted among `from __future__` imports could come before them
      warnings.add(
          "default-section 'future' would put imports before __future__ ones; I001 uses third party");
      defaultSection = "third-party";
    }
    return sections;
  }

  /**
   * The sections Ruff's section order leaves out, whose modules Ruff sorts into the default section
   * (which, left out itself, comes last); pyfix keeps {@code __future__} imports first.
   */
  private List<String> leftOutSections() {
    if (style != ImportStyle.RUFF) {
      return List.of();
    }
    return sectionOrder.stream()
        .filter(id -> !declaredSections.contains(id))
        .filter(id -> !id.equals("future") && !id.equals(defaultSection))
        .toList();
  }

  private Result result() {
    Map<String, List<String>> customSections = customSections();
    if (style == ImportStyle.ISORT) {
      // isort places a module by a known list only in a section `sections` names: with no STDLIB
      // there, `sys` falls to the default section
      if (!declaredSections.contains("standard-library")) {
        standardLibrary = List.of();
        extraStandardLibrary = List.of();
      }
      if (!declaredSections.contains("local-folder")) {
        knownLocalFolder = List.of();
      }
    }
    if (alphabeticalNames && caseSensitive) {
      sortsOtherwise = true;
      warnings.add(
          "force_alphabetical_sort_within_sections with case_sensitive is not supported; I001 is"
              + " off under these settings, as it would sort otherwise than isort");
    }
    SorterOptions options =
        new SorterOptions(
            style,
            lineLength,
            forceSingleLine,
            singleLineExclusions,
            forceSortWithinSections,
            orderByType,
            alphabeticalNames,
            caseSensitive,
            combineAsImports,
            forceWrapAliases,
            linesAfterImports,
            linesBetweenTypes,
            knownLocalFolder,
            extraStandardLibrary,
            standardLibrary,
            sectionOrder,
            noLinesBefore,
            closestRelativeFirst,
            splitOnTrailingComma,
            fromFirst,
            lengthSort,
            forceToTop,
            lexicographical,
            groupByPackage,
            defaultSection,
            customSections,
            leftOutSections(),
            new IsortWrapping(
                wrapMode,
                includeTrailingComma,
                useParentheses,
                indent,
                wrapLength,
                forceGridWrap,
                balancedWrapping,
                newlineBeforeComments,
                fileIndent),
            requiredImports,
            detectSamePackage != null ? detectSamePackage : style == ImportStyle.RUFF,
            headings,
            blackProfile);
    return new Result(options, List.copyOf(shown), List.copyOf(warnings), sortsOtherwise);
  }

  /** Warns that I001 is off, as it would sort files otherwise than isort under {@code o}. */
  private void off(ToolOption o, String why) {
    sortsOtherwise = true;
    String tool = style == ImportStyle.RUFF ? "Ruff" : "isort";
    warn(
        o,
        why
            + "; I001 is off under these settings (unless the command line selects it), as it"
            + " would sort otherwise than "
            + tool);
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

  /** A section name in isort's spelling (STDLIB) or Ruff's (standard-library) as pyfix's id. */
  private static String sectionId(String name) {
    return switch (name.toLowerCase(Locale.ROOT).replace("_", "-")) {
      case "future" -> "future";
      case "stdlib", "standard-library" -> "standard-library";
      case "thirdparty", "third-party" -> "third-party";
      case "firstparty", "first-party" -> "first-party";
      case "localfolder", "local-folder" -> "local-folder";
      default -> null;
    };
  }

  private static String defaultSection(ToolOption o) throws SettingsException {
    String id = sectionId(o.string());
    return id == null ? o.string().toLowerCase(Locale.ROOT) : id;
  }

  /** Section names in isort's spelling (STDLIB) or Ruff's (standard-library), as pyfix's ids. */
  private List<String> sections(ToolOption o, boolean complete) throws SettingsException {
    List<String> ids = new ArrayList<>();
    for (String s : o.list()) {
      String standard = sectionId(s);
      // any other name is a section of the project's own
      String id = standard != null ? standard : s.toLowerCase(Locale.ROOT);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    if (complete) {
      // the standard sections a custom order leaves out go at the end, where Ruff adds them;
      // isort places no known module in them (see result())
      for (String id : SorterOptions.SECTIONS) {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      // Python rejects `from __future__` after any other import, whatever the order says
      ids.remove("future");
      ids.add(0, "future");
    }
    return List.copyOf(ids);
  }
}
