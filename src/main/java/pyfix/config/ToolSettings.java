package pyfix.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import pyfix.fix.Selectors;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.PycodestyleOptions;

/**
 * Adopts what Ruff, isort and Black say in one folder: the import sorter I001 follows and its
 * options, and the files each tool excludes. Each tool's files are found as that tool finds them:
 * Ruff's {@code .ruff.toml}, {@code ruff.toml}, then {@code [tool.ruff]}; isort's first of {@code
 * .isort.cfg}, {@code [tool.isort]}, {@code setup.cfg}, {@code tox.ini}, {@code .editorconfig}.
 */
final class ToolSettings {
  /** Files besides {@code pyproject.toml} that make a folder a project root for pyfix. */
  static final List<String> FILE_NAMES =
      List.of(
          ".ruff.toml",
          "ruff.toml",
          ".isort.cfg",
          "setup.cfg",
          "tox.ini",
          ".editorconfig",
          ".flake8",
          PreCommitHooks.FILE_NAME);

  /** Whether {@code name} is one of the INI files isort reads, not a TOML file. */
  static boolean isIniFile(String name) {
    return name.endsWith(".cfg") || name.endsWith(".ini") || name.equals(".editorconfig");
  }

  private static final List<String> EDITORCONFIG_SECTIONS = List.of("*", "*.py", "**.py", "*.{py}");

  /** .editorconfig keys that are not isort's own; only isort's make it an isort settings file. */
  private static final Set<String> EDITORCONFIG_KEYS =
      Set.of(
          "root",
          "indent_style",
          "indent_size",
          "tab_width",
          "end_of_line",
          "charset",
          "trim_trailing_whitespace",
          "insert_final_newline",
          "max_line_length");

  /** The rules Ruff runs when its settings select none. */
  private static final List<String> RUFF_DEFAULT_SELECT = List.of("E4", "E7", "E9", "F");

  /**
   * Ruff's linters that pyfix has rules of: what Ruff's {@code ALL} selects here. pyfix's own PYF
   * rules are not Ruff's, so a project clean under Ruff's {@code ALL} does not get them.
   */
  static final List<String> RUFF_LINTERS =
      List.of(
          "A", "ANN", "ASYNC", "B", "BLE", "C90", "D", "E", "F", "I", "ICN", "N", "RUF", "S", "SIM",
          "T20", "UP", "W");

  // flake8 reads any capitals then digits as a code (ASYNC100, FURB101), the rest as a file pattern
  private static final Pattern FLAKE8_CODE = Pattern.compile("[A-Z]+[0-9]*");

  /** The rules flake8 runs when its settings select none (pyflakes and pycodestyle). */
  private static final List<String> FLAKE8_DEFAULT_SELECT = List.of("E", "F", "W");

  /** pyfix's rules for what Black always rewrites: trailing whitespace, one statement a line. */
  private static final List<String> BLACK_LAYOUT =
      List.of("W291", "W292", "W293", "E701", "E702", "E703");

  private final Path dir;
  private final TomlDocument pyproject;
  private final FileLayer layer;
  private final Predicate<String> knownSelector;

  private ToolSettings(
      Path dir, TomlDocument pyproject, FileLayer layer, Predicate<String> knownSelector) {
    this.dir = dir;
    this.pyproject = pyproject;
    this.layer = layer;
    this.knownSelector = knownSelector;
  }

  /**
   * Adopts into {@code layer} what the tools configured in {@code dir} say; {@code pyproject} is
   * the folder's {@code pyproject.toml}, or null; {@code knownSelector} tells the rule selectors
   * pyfix shares with Ruff. Returns whether any tool is configured there.
   */
  static boolean adopt(
      Path dir, TomlDocument pyproject, FileLayer layer, Predicate<String> knownSelector)
      throws SettingsException {
    return new ToolSettings(dir, pyproject, layer, knownSelector).adopt();
  }

  private boolean adopt() throws SettingsException {
    Table ruff = ruffRoot();
    PreCommitHooks hooks = PreCommitHooks.in(dir);
    Table isort = withIsortHookArgs(isortTable(hooks), hooks);
    Table black = pyproject == null ? null : Table.of(pyproject, List.of("tool", "black"));
    Table flake8 = withFlake8HookArgs(flake8Table(), hooks);
    boolean any =
        ruff != null || isort != null || black != null || flake8 != null || hooks.file() != null;
    adoptSelect(ruff, isort, black, flake8, hooks);
    String blackLength = PreCommitHooks.option(hooks.argsOf("black"), "--line-length", "-l");
    if (blackLength != null && !layer.has(SettingsKey.LINE_LENGTH)) {
      Origin origin = hookOrigin(hooks, "black");
      layer.set(
          SettingsKey.LINE_LENGTH,
          new ToolOption("line-length", null, blackLength, origin, 0).integer(),
          origin);
    }
    String formatLength = PreCommitHooks.option(hooks.argsOf("ruff-format"), "--line-length");
    if (formatLength != null
        && (!layer.has(SettingsKey.LINE_LENGTH) || fromRuffsTable(SettingsKey.LINE_LENGTH))) {
      Origin origin = hookOrigin(hooks, "ruff-format");
      layer.set(
          SettingsKey.LINE_LENGTH,
          new ToolOption("line-length", null, formatLength, origin, 0).integer(),
          origin);
    }
    if (ruff != null) {
      any |= ruffExcludes(ruff);
      adoptIgnore(ruff, hooks, flake8);
      adoptRuleTables(ruff);
      adoptRuffHookLength(hooks);
      ruffsDefaultLimitBesideBlacksLength(ruff, hooks);
      adoptNaming(ruff);
    } else if (flake8 != null) {
      adoptFlake8(flake8, black != null || hooks.runs("black", "black-jupyter", "ruff-format"));
    } else if (hooks.runs("ruff", "ruff-check")) {
      adoptIgnore(null, hooks, null);
      adoptRuffHookLength(hooks);
    }
    if (black != null) {
      // Black reads `extend_exclude` as `extend-exclude`
      for (String key :
          List.of(
              "exclude", "extend-exclude", "extend_exclude", "force-exclude", "force_exclude")) {
        JsonNode regex = black.node().get(key);
        if (regex != null) {
          if (!regex.isTextual()) {
            throw black
                .doc()
                .error(black.path(), key, "'" + key + "' in [tool.black] must be a regex");
          }
          try {
            layer.exclude(ToolExclude.blackRegex(regex.asText()), black.origin(key));
          } catch (IllegalArgumentException e) {
            throw black
                .doc()
                .error(black.path(), key, "'" + key + "' in [tool.black] is " + e.getMessage());
          }
        }
      }
    }
    if (isort != null) {
      isortExcludes(isort);
    }
    sorter(ruff, isort);
    return any;
  }

  /**
   * Chooses the sorter: {@code import-style}, else Ruff's I rules, else isort, else Ruff's table.
   */
  private void sorter(Table ruff, Table isortSource) throws SettingsException {
    Table ruffIsort = null;
    boolean ruffSelectsI = false;
    if (ruff != null) {
      ruffIsort = ruff.child("lint", "isort");
      if (ruffIsort == null) {
        ruffIsort = ruff.child("isort");
      }
      ruffSelectsI =
          selectsIsort(ruffOption(ruff, "select"), "select")
              || selectsIsort(ruffOption(ruff, "extend-select"), "extend-select");
    }
    ImportStyle explicit = layer.get(SettingsKey.IMPORT_STYLE);
    List<ToolOption> own = layer.get(SettingsKey.ISORT);
    ImportStyle style;
    String source;
    Table chosen;
    if (explicit != null) {
      style = explicit;
      chosen = explicit == ImportStyle.RUFF ? ruffIsort : isortSource;
      source = "import-style in " + describe(layer.origin(SettingsKey.IMPORT_STYLE));
    } else if (ruffSelectsI || isortSource == null && ruffIsort != null) {
      style = ImportStyle.RUFF;
      chosen = ruffIsort;
      source = ruffSelectsI ? "Ruff's select holds I in " + ruff.describe() : ruffIsort.describe();
    } else if (isortSource != null) {
      style = ImportStyle.ISORT;
      chosen = isortSource;
      source = isortSource.describe();
    } else if (own != null) {
      style = ImportStyle.ISORT;
      chosen = null;
      source = "[tool.pyfix.isort] (pyfix's default style: isort's black profile)";
    } else {
      return;
    }
    List<ToolOption> options = new ArrayList<>(chosen == null ? List.of() : chosen.options());
    if (own != null) {
      options.addAll(own);
    }
    boolean configured = chosen != null || explicit != null;
    layer.sorter(
        new FileLayer.Sorter(
            SorterConfig.build(style, configured, options), style.id() + ", from " + source));
    if (chosen != null) {
      adoptList(chosen, SettingsKey.KNOWN_FIRST_PARTY, "known_first_party");
      adoptList(chosen, SettingsKey.KNOWN_THIRD_PARTY, "known_third_party");
      adoptList(chosen, SettingsKey.SRC, "src_paths");
    }
  }

  /** Ruff's tables of the naming rules' options, for each that pyfix's own settings lack. */
  private void adoptNaming(Table ruff) throws SettingsException {
    for (SettingsKey key : SettingsKey.values()) {
      if (!NamingTables.isTable(key) || layer.has(key)) {
        continue;
      }
      Table t = ruffTable(ruff, key.toml());
      if (t != null) {
        layer.set(key, NamingTables.read(t.doc(), t.path(), key, t.node(), true), t.where());
      }
    }
  }

  /** isort's {@code skip} and {@code skip_glob} lists and their {@code extend_} forms. */
  private void isortExcludes(Table isort) throws SettingsException {
    for (ToolOption o : isort.options()) {
      Origin origin = new Origin(o.origin().file(), o.origin().detail() + " " + o.key());
      switch (o.name()) {
        case "skip", "extend_skip" -> {
          for (String name : o.list()) {
            layer.exclude(ToolExclude.isortSkip(name), origin);
          }
        }
        case "skip_glob", "extend_skip_glob" -> {
          for (String glob : o.list()) {
            layer.exclude(ToolExclude.isortGlob(glob), origin);
          }
        }
        default -> {}
      }
    }
  }

  private void adoptList(Table table, SettingsKey key, String name) throws SettingsException {
    if (layer.has(key)) {
      return;
    }
    for (ToolOption o : table.options()) {
      if (o.name().equals(name)) {
        layer.set(
            key, o.list(), new Origin(o.origin().file(), o.origin().detail() + " " + o.key()));
      }
    }
  }

  private static boolean selectsIsort(Table table, String key) {
    JsonNode list = table == null ? null : table.node().get(key);
    if (list != null && list.isArray()) {
      for (JsonNode code : list) {
        if (Set.of("I", "I0", "I00", "I001", "ALL").contains(code.asText())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The table of Ruff's settings {@code key} is read from, or null: {@code [lint]} when it sets the
   * key, else the top level. Ruff takes a lint option from one or the other, never both.
   */
  private static Table ruffOption(Table ruff, String key) throws SettingsException {
    Table lint = ruff.child("lint");
    return lint != null && lint.node().has(key) ? lint : ruff.node().has(key) ? ruff : null;
  }

  /** Ruff's excludes (whole run) and its per-file-ignores that turn off I001. */
  private boolean ruffExcludes(Table ruff) throws SettingsException {
    boolean any = false;
    for (Table t : new Table[] {ruff, ruff.child("lint")}) {
      if (t == null) {
        continue;
      }
      for (String key : List.of("exclude", "extend-exclude")) {
        JsonNode globs = t.node().get(key);
        if (globs == null) {
          continue;
        }
        any = true;
        for (String glob : new ToolOption(key, globs, null, t.origin(key), 0).list()) {
          try {
            layer.exclude(PathGlob.ruff(glob), t.origin(key));
          } catch (IllegalArgumentException e) {
            throw t.doc()
                .error(t.path(), key, "'" + key + "' in " + t.label() + " holds " + e.getMessage());
          }
        }
      }
    }
    for (String key : List.of("per-file-ignores", "extend-per-file-ignores")) {
      Table t = ruffOption(ruff, key);
      Table ignores = t == null ? null : t.child(key);
      if (ignores == null) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = ignores.node().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> codes =
            shared(new ToolOption(e.getKey(), e.getValue(), null, ignores.origin(e.getKey()), 0));
        try {
          layer.ignoreIn(PathGlob.ruffPerFile(e.getKey()), codes, t.origin(key));
        } catch (IllegalArgumentException ex) {
          throw ignores.doc().error(ignores.path(), e.getKey(), ex.getMessage());
        }
      }
    }
    return any;
  }

  /**
   * The rules of the tools the project runs, where pyfix's own {@code select} is not set, so that a
   * project clean under its tools gets no change from a rule none of them runs: Ruff's selection
   * (its {@code select}, of {@code [lint]} else the top level, or Ruff's default set, plus {@code
   * extend-select}); flake8's ({@code select} or its default E, F, W, plus {@code extend-select};
   * B006 when a hook installs flake8-bugbear); I001 for isort; the layout Black always rewrites.
   * pyupgrade adds nothing: UP031 and UP032 convert strings it leaves, so a project clean under it
   * would change. A tool counts when its settings are here or a pre-commit hook runs it. A code
   * pyfix does not have stays in the list and selects nothing. With no tool configured, pyfix's own
   * default rules run.
   */
  private void adoptSelect(Table ruff, Table isort, Table black, Table flake8, PreCommitHooks hooks)
      throws SettingsException {
    if (layer.has(SettingsKey.SELECT)) {
      return;
    }
    List<String> codes = new ArrayList<>();
    List<String> tools = new ArrayList<>();
    if (ruff != null || hooks.runs("ruff", "ruff-check")) {
      codes.addAll(ruffSelectors(ruff, hooks));
      tools.add("Ruff");
    }
    if (flake8 != null || hooks.runs("flake8")) {
      codes.addAll(flake8Selection(flake8, hooks.bugbear()));
      tools.add("flake8");
    }
    if (isort != null || hooks.runs("isort")) {
      codes.add("I001");
      codes.add("I002");
      tools.add("isort");
    }
    if (black != null || hooks.runs("black", "black-jupyter", "ruff-format")) {
      codes.addAll(BLACK_LAYOUT);
      tools.add("Black");
    }
    if (!tools.isEmpty()) {
      layer.set(
          SettingsKey.SELECT,
          codes.stream().distinct().toList(),
          new Origin(null, "the rules of the tools configured here: " + String.join(", ", tools)));
    }
  }

  /**
   * Ruff's selection: its settings', or its hook's {@code --select}, and {@code --extend-select}.
   */
  private static List<String> ruffSelectors(Table ruff, PreCommitHooks hooks)
      throws SettingsException {
    List<String> args = ruffHookArgs(hooks);
    String select = PreCommitHooks.option(args, "--select");
    // the command line's --select starts Ruff's selection afresh; --extend-select adds to it
    List<String> codes =
        new ArrayList<>(
            select != null
                ? ruffCodes(hookList(select))
                : ruff == null ? RUFF_DEFAULT_SELECT : ruffSelection(ruff));
    String extend = PreCommitHooks.option(args, "--extend-select");
    if (extend != null) {
      codes.addAll(ruffCodes(hookList(extend)));
    }
    return codes;
  }

  private static List<String> ruffSelection(Table ruff) throws SettingsException {
    List<String> codes = new ArrayList<>(RUFF_DEFAULT_SELECT);
    Table t = ruffOption(ruff, "select");
    if (t != null) {
      codes = new ArrayList<>(ruffCodes(t.option("select")));
    }
    t = ruffOption(ruff, "extend-select");
    if (t != null) {
      codes.addAll(ruffCodes(t.option("extend-select")));
    }
    return codes;
  }

  /** flake8's selection; its {@code B} means bugbear's default checks, not its opt-in B9. */
  private static List<String> flake8Selection(Table flake8, boolean bugbear)
      throws SettingsException {
    List<String> select = FLAKE8_DEFAULT_SELECT;
    List<String> codes = new ArrayList<>();
    if (bugbear) {
      codes.add("B0");
    }
    for (ToolOption o : flake8 == null ? List.<ToolOption>of() : flake8.options()) {
      if (o.name().equals("select")) {
        select = o.words(); // the later one, as flake8 reads a hook's after the settings file's
      } else if (o.name().equals("extend_select")) {
        codes.addAll(o.words());
      }
    }
    codes.addAll(0, select);
    // mccabe reports C901 only when max-complexity is set: its default turns it off
    boolean mccabe =
        flake8 != null
            && flake8.options().stream().anyMatch(o -> o.name().equals("max_complexity"));
    return codes.stream()
        .map(c -> c.equals("B") ? "B0" : c)
        .filter(c -> mccabe || !"C901".startsWith(c))
        .toList();
  }

  /**
   * flake8's {@code ignore} and {@code extend-ignore} as pyfix's {@code ignore}, and its {@code
   * max-line-length} (79 unless set) as E501's limit and as the line length, where pyfix's own
   * settings do not set them and Black ({@code blackFormats}) does not format the files, whose
   * length, its default 88 included, is the one lines are wrapped to; E501 then measures lines in
   * characters, as pycodestyle does.
   */
  private void adoptFlake8(Table flake8, boolean blackFormats) throws SettingsException {
    // an option given twice (the settings file's, then a hook's command line) is the later one,
    // but extend-ignore adds up
    ToolOption maxLineLength = null;
    for (ToolOption o : flake8.options()) {
      switch (o.name()) {
        case "per_file_ignores", "extend_per_file_ignores" -> flake8PerFileIgnores(o);
        case "max_complexity" -> adoptMaxComplexity(o);
        case "max_line_length" -> maxLineLength = o;
        case "exclude", "extend_exclude" -> {
          // flake8 matches each against a path's name and, holding a `/`, against the path
          // from the settings file's folder, with fnmatch's `*` crossing folders
          for (String pattern : o.words()) {
            try {
              layer.exclude(PathGlob.crossingFolders(pattern), o.origin());
            } catch (IllegalArgumentException e) {
              throw o.error("holds " + e.getMessage());
            }
          }
        }
        default -> {}
      }
    }
    if (maxLineLength != null) {
      if (!layer.has(SettingsKey.LINE_LENGTH) && !blackFormats) {
        layer.set(SettingsKey.LINE_LENGTH, maxLineLength.integer(), maxLineLength.origin());
      }
      if (!layer.has(SettingsKey.PYCODESTYLE)) { // E501's limit even beside Black's length
        layer.set(
            SettingsKey.PYCODESTYLE,
            new PycodestyleOptions(
                maxLineLength.integer(), false, true, PycodestyleOptions.TASK_TAGS),
            maxLineLength.origin());
      }
    }
    List<String> ignored = flake8Ignores(flake8);
    if (!ignored.isEmpty() && !layer.has(SettingsKey.IGNORE)) {
      layer.set(SettingsKey.IGNORE, List.copyOf(ignored), flake8.where());
    }
    if (!layer.has(SettingsKey.PYCODESTYLE)) {
      // flake8's own default, 79, where nothing sets a limit; the length lines are wrapped to
      // stays Black's where Black formats them
      final int flake8Default = 79;
      if (!layer.has(SettingsKey.LINE_LENGTH) && !blackFormats) {
        layer.set(SettingsKey.LINE_LENGTH, flake8Default, flake8.where());
      }
      layer.set(
          SettingsKey.PYCODESTYLE,
          new PycodestyleOptions(flake8Default, false, true, PycodestyleOptions.TASK_TAGS),
          flake8.where());
    }
  }

  /**
   * flake8's {@code per-file-ignores}: groups of file patterns, a colon, then codes, separated by
   * spaces, commas and line breaks ({@code tests/*.py: E501, F401}), read the way flake8 reads
   * them: a word after a code that is not a code starts the next group's patterns.
   */
  private void flake8PerFileIgnores(ToolOption o) throws SettingsException {
    List<String> patterns = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (String word : o.string().replace(":", " : ").split("[\\s,]+")) {
      if (word.isEmpty() || word.equals(":")) {
        continue;
      }
      if (FLAKE8_CODE.matcher(word).matches() && !patterns.isEmpty()) {
        codes.add(word);
        continue;
      }
      if (!codes.isEmpty()) {
        flake8IgnoreIn(o, patterns, codes);
        patterns.clear();
        codes.clear();
      }
      patterns.add(word);
    }
    flake8IgnoreIn(o, patterns, codes);
  }

  private void flake8IgnoreIn(ToolOption o, List<String> patterns, List<String> codes)
      throws SettingsException {
    List<String> kept =
        shared(new ToolOption(o.key(), null, String.join(",", codes), o.origin(), 0));
    for (String pattern : patterns) {
      try {
        layer.ignoreIn(PathGlob.crossingFolders(pattern), kept, o.origin());
      } catch (IllegalArgumentException e) {
        throw o.error("holds " + e.getMessage());
      }
    }
  }

  /** flake8's settings: the first {@code [flake8]} of setup.cfg, tox.ini and .flake8, or null. */
  private Table flake8Table() throws SettingsException {
    for (String name : List.of("setup.cfg", "tox.ini", ".flake8")) {
      Table t = ini(IniFile.read(dir.resolve(name)), List.of("flake8"), false);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * A Ruff rule list as pyfix selectors: {@code ALL} as Ruff's linters pyfix has, others as
   * written.
   */
  private static List<String> ruffCodes(ToolOption option) throws SettingsException {
    return ruffCodes(option.list());
  }

  private static List<String> ruffCodes(List<String> list) {
    List<String> codes = new ArrayList<>();
    for (String code : list) {
      if (code.equals(Selectors.ALL)) {
        codes.addAll(RUFF_LINTERS);
      } else {
        codes.add(code);
      }
    }
    return codes;
  }

  /**
   * Ruff's {@code ignore} and {@code extend-ignore} (top level and {@code [lint]}) and those of its
   * hook's command line, where pyfix's own {@code ignore} is not set: the codes pyfix shares with
   * Ruff stay off as they are for Ruff; with flake8 configured too, so do the codes flake8 ignores
   * and Ruff does not run.
   */
  private void adoptIgnore(Table ruff, PreCommitHooks hooks, Table flake8)
      throws SettingsException {
    if (layer.has(SettingsKey.IGNORE)) {
      return;
    }
    List<String> codes = new ArrayList<>();
    Origin origin = null;
    List<String> args = ruffHookArgs(hooks);
    // a --select on the hook's command line starts afresh: the settings file's ignores are gone
    boolean fresh = PreCommitHooks.option(args, "--select") != null;
    for (String key :
        ruff == null || fresh ? List.<String>of() : List.of("ignore", "extend-ignore")) {
      Table t = ruffOption(ruff, key);
      if (t != null) {
        codes.addAll(shared(t.option(key)));
        origin = origin == null ? t.origin(key) : origin;
      }
    }
    for (String option : List.of("--ignore", "--extend-ignore")) {
      String value = PreCommitHooks.option(args, option);
      if (value != null) {
        codes.addAll(hookList(value).stream().filter(knownSelector).toList());
        origin = origin == null ? hookOrigin(hooks, "ruff") : origin;
      }
    }
    if (flake8 != null) {
      // beside Ruff, a code flake8 ignores stays off where Ruff does not report it either
      List<String> ruffSelects = ruffSelectors(ruff, hooks);
      List<String> ruffIgnores = List.copyOf(codes);
      for (String code : flake8Ignores(flake8)) {
        boolean ruffRuns =
            ruffSelects.stream().anyMatch(s -> code.startsWith(s) || s.startsWith(code))
                && ruffIgnores.stream().noneMatch(code::startsWith);
        if (!ruffRuns) {
          codes.add(code);
          origin = origin == null ? flake8.where() : origin;
        }
      }
    }
    if (!codes.isEmpty()) {
      layer.set(SettingsKey.IGNORE, List.copyOf(codes), origin);
    }
  }

  /**
   * A Ruff linter hook's {@code --line-length} as E501's limit, as Ruff's command line overrides
   * its settings file's {@code line-length}; a {@code [lint.pycodestyle]} max-line-length still
   * wins, as it does in Ruff.
   */
  private void adoptRuffHookLength(PreCommitHooks hooks) throws SettingsException {
    String value = PreCommitHooks.option(ruffHookArgs(hooks), "--line-length");
    if (value == null) {
      return;
    }
    Origin origin = hookOrigin(hooks, "ruff");
    int length = new ToolOption("line-length", null, value, origin, 0).integer();
    PycodestyleOptions set = layer.get(SettingsKey.PYCODESTYLE);
    if (set == null) {
      set = PycodestyleOptions.DEFAULTS;
    } else if (set.maxLineLength() != null || !fromRuffsTable(SettingsKey.PYCODESTYLE)) {
      return;
    }
    layer.set(
        SettingsKey.PYCODESTYLE,
        new PycodestyleOptions(length, set.ignoreOverlongTaskComments(), false, set.taskTags()),
        origin);
  }

  /** Whether {@code key} was adopted from Ruff's settings. */
  private boolean fromRuffsTable(SettingsKey key) {
    Origin origin = layer.origin(key);
    return origin != null
        && (origin.detail().contains("tool.ruff")
            || origin.file() != null
                && origin.file().getFileName().toString().endsWith("ruff.toml"));
  }

  /** The args of the project's Ruff linter hook ({@code ruff} or {@code ruff-check}). */
  private static List<String> ruffHookArgs(PreCommitHooks hooks) {
    List<String> args = new ArrayList<>(hooks.argsOf("ruff"));
    args.addAll(hooks.argsOf("ruff-check"));
    return args;
  }

  /** A comma-separated list given on a hook's command line. */
  private static List<String> hookList(String value) {
    return List.of(value.split("\\s*,\\s*")).stream().filter(v -> !v.isBlank()).toList();
  }

  /**
   * flake8's ignored codes that pyfix has: its {@code ignore} (the later one, a hook's after the
   * settings file's) and every {@code extend-ignore}.
   */
  private List<String> flake8Ignores(Table flake8) throws SettingsException {
    List<String> ignore = List.of();
    List<String> extendIgnore = new ArrayList<>();
    for (ToolOption o : flake8.options()) {
      switch (o.name()) {
        case "ignore" -> ignore = sharedWords(o);
        case "extend_ignore" -> extendIgnore.addAll(sharedWords(o));
        default -> {}
      }
    }
    List<String> all = new ArrayList<>(ignore);
    all.addAll(extendIgnore);
    return all;
  }

  /** The codes of a flake8 list that name pyfix rules, split as flake8 splits lists. */
  private List<String> sharedWords(ToolOption option) throws SettingsException {
    return option.words().stream().filter(knownSelector).toList();
  }

  /**
   * The selectors of a Ruff rule list that name pyfix rules, as written; Ruff's other codes are not
   * pyfix's concern.
   */
  private List<String> shared(ToolOption option) throws SettingsException {
    List<String> out = new ArrayList<>();
    for (String code : option.list()) {
      if (knownSelector.test(code)) {
        out.add(code);
      }
    }
    return out;
  }

  /**
   * E501's limit where Ruff reports it and sets no length of its own, but Black sets a shorter one:
   * Ruff's default, 88, since Ruff never reads Black's settings (Black at 79 beside a bare Ruff:
   * Black wraps to 79, Ruff reports lines over 88). Black's length stays the one pyfix wraps to; a
   * longer one stays E501's limit too, so that pyfix reports no line its fixes would not wrap.
   */
  private void ruffsDefaultLimitBesideBlacksLength(Table ruff, PreCommitHooks hooks) {
    final int ruffsDefault = 88;
    Origin length = layer.origin(SettingsKey.LINE_LENGTH);
    boolean blacks =
        length != null
            && (length.detail().startsWith("[tool.black]")
                || length.equals(hookOrigin(hooks, "black")));
    if (!blacks
        || layer.<Integer>get(SettingsKey.LINE_LENGTH) >= ruffsDefault
        || ruff.node().has("line-length")
        || layer.has(SettingsKey.PYCODESTYLE)) {
      return;
    }
    layer.set(
        SettingsKey.PYCODESTYLE,
        new PycodestyleOptions(ruffsDefault, false, false, PycodestyleOptions.TASK_TAGS),
        new Origin(
            ruff.where().file(), "Ruff's default line-length: " + ruff.label() + " sets none"));
  }

  /** The rule families' option tables of Ruff's settings, where pyfix's own say nothing. */
  private void adoptRuleTables(Table ruff) throws SettingsException {
    Table annotations = ruffTable(ruff, "flake8-annotations");
    if (annotations != null && !layer.has(SettingsKey.FLAKE8_ANNOTATIONS)) {
      layer.set(
          SettingsKey.FLAKE8_ANNOTATIONS,
          RuleTables.annotations(annotations.options()),
          annotations.where());
    }
    Table pycodestyle = ruffTable(ruff, "pycodestyle");
    if (pycodestyle != null && !layer.has(SettingsKey.PYCODESTYLE)) {
      Table lint = ruff.child("lint");
      JsonNode tags = lint != null ? lint.node().get("task-tags") : null;
      if (tags == null) {
        tags = ruff.node().get("task-tags");
      }
      List<String> taskTags =
          tags == null
              ? PycodestyleOptions.TASK_TAGS
              : new ToolOption("task-tags", tags, null, ruff.origin("task-tags"), 0).list();
      layer.set(
          SettingsKey.PYCODESTYLE,
          RuleTables.pycodestyle(pycodestyle.options(), taskTags),
          pycodestyle.where());
    }
    Table docstrings = ruffTable(ruff, "pydocstyle");
    if (docstrings != null && !layer.has(SettingsKey.PYDOCSTYLE)) {
      layer.set(
          SettingsKey.PYDOCSTYLE, RuleTables.docstrings(docstrings.options()), docstrings.where());
    }
    Table mccabe = ruffTable(ruff, "mccabe");
    if (mccabe != null) {
      for (ToolOption o : mccabe.options()) {
        if (o.name().equals("max_complexity")) {
          adoptMaxComplexity(o);
        }
      }
    }
  }

  /** C901's limit from Ruff's or flake8's {@code max-complexity}, unless pyfix's own sets it. */
  private void adoptMaxComplexity(ToolOption o) throws SettingsException {
    if (!layer.has(SettingsKey.MAX_COMPLEXITY)) {
      layer.set(SettingsKey.MAX_COMPLEXITY, o.integer(), o.origin());
    }
  }

  /** Ruff's {@code [lint.<name>]} table, or the older top-level {@code [<name>]}, or null. */
  private static Table ruffTable(Table ruff, String name) throws SettingsException {
    Table lint = ruff.child("lint", name);
    return lint != null ? lint : ruff.child(name);
  }

  /** Ruff's settings: {@code .ruff.toml}, {@code ruff.toml}, else {@code [tool.ruff]}. */
  private Table ruffRoot() throws SettingsException {
    TomlDocument own = ruffToml(dir);
    if (own != null) {
      return Table.of(own, List.of());
    }
    return pyproject == null ? null : Table.of(pyproject, List.of("tool", "ruff"));
  }

  /**
   * Ruff's own settings file in {@code dir}, {@code .ruff.toml} before {@code ruff.toml}, or null.
   */
  static TomlDocument ruffToml(Path dir) throws SettingsException {
    for (String name : List.of(".ruff.toml", "ruff.toml")) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        return RuffExtend.resolve(TomlDocument.read(file), List.of());
      }
    }
    return null;
  }

  private static Origin hookOrigin(PreCommitHooks hooks, String id) {
    return new Origin(hooks.file(), id + " hook args");
  }

  /**
   * flake8's options a flake8 hook passes on its command line, as its settings file spells them.
   */
  private static final List<String> FLAKE8_HOOK_OPTIONS =
      List.of(
          "max-line-length",
          "max-complexity",
          "select",
          "extend-select",
          "ignore",
          "extend-ignore",
          "per-file-ignores",
          "exclude",
          "extend-exclude");

  /**
   * flake8's settings with the flake8 hook's command-line options after them; those of a hook alone
   * when only a hook runs flake8.
   */
  private static Table withFlake8HookArgs(Table flake8, PreCommitHooks hooks) {
    Origin origin = hookOrigin(hooks, "flake8");
    List<ToolOption> args = new ArrayList<>();
    for (String name : FLAKE8_HOOK_OPTIONS) {
      String value = PreCommitHooks.option(hooks.argsOf("flake8"), "--" + name);
      if (value != null) {
        args.add(new ToolOption(name, null, value, origin, 0));
      }
    }
    // a bare hook still runs flake8, with its defaults (max-line-length 79)
    boolean bareHook = flake8 == null && hooks.runs("flake8");
    return args.isEmpty() && !bareHook ? flake8 : withOptions(flake8, args, origin);
  }

  /** {@code table}'s options and then {@code more}; a table of {@code more} alone when null. */
  private static Table withOptions(Table table, List<ToolOption> more, Origin origin) {
    if (table == null) {
      return new Table(null, List.of(), null, more, origin);
    }
    List<ToolOption> all = new ArrayList<>(table.options());
    all.addAll(more);
    return new Table(table.doc(), table.path(), table.node(), all, table.where());
  }

  /**
   * isort's settings with the isort hook's command-line options over them, as isort reads them; a
   * hook alone runs isort with its own defaults and those options.
   */
  private static Table withIsortHookArgs(Table isort, PreCommitHooks hooks) {
    if (!hooks.runs("isort")) {
      return isort;
    }
    Origin origin = hookOrigin(hooks, "isort");
    return withOptions(isort, IsortHookArgs.options(hooks.argsOf("isort"), origin), origin);
  }

  /**
   * isort's settings: those in the file or folder an isort hook names with {@code --settings-path}
   * (isort then reads no other), else the first settings file in this folder that has any.
   */
  private Table isortTable(PreCommitHooks hooks) throws SettingsException {
    String named =
        hooks.runs("isort")
            ? PreCommitHooks.option(
                hooks.argsOf("isort"), "--settings-path", "--sp", "--settings-file", "--settings")
            : null;
    if (named == null) {
      return isortTableIn(dir, pyproject);
    }
    Path path = dir.resolve(named).normalize();
    if (Files.isDirectory(path)) {
      Path toml = path.resolve("pyproject.toml");
      return isortTableIn(path, Files.isRegularFile(toml) ? TomlDocument.read(toml) : null);
    }
    String name = path.getFileName().toString();
    if (name.endsWith(".toml")) {
      return Table.of(TomlDocument.read(path), List.of("tool", "isort"));
    }
    if (!Files.isRegularFile(path)) {
      throw new SettingsException(
          hooks.file(), 0, 0, "the isort hook's settings path " + named + " does not exist");
    }
    return isortIni(path);
  }

  /**
   * isort's settings in {@code folder}, from the first of its files that holds options, as isort
   * searches them; a file whose isort sections are empty is passed over, and still says the project
   * uses isort when no other file there holds any.
   */
  private static Table isortTableIn(Path folder, TomlDocument pyproject) throws SettingsException {
    Table empty = null;
    for (String name : List.of(".isort.cfg", "pyproject.toml", "setup.cfg", "tox.ini")) {
      Table t =
          !name.equals("pyproject.toml")
              ? isortIni(folder.resolve(name))
              : pyproject == null ? null : Table.of(pyproject, List.of("tool", "isort"));
      if (t != null && !t.options().isEmpty()) {
        return t;
      }
      empty = empty == null ? t : empty;
    }
    Table editorconfig = isortIni(folder.resolve(".editorconfig"));
    return editorconfig != null ? editorconfig : empty;
  }

  /** isort's sections of one of its INI files, chosen by the file's name, or null. */
  private static Table isortIni(Path file) throws SettingsException {
    IniFile ini = IniFile.read(file);
    return switch (file.getFileName().toString()) {
      case ".isort.cfg" -> ini(ini, List.of("settings", "isort"), false);
      case ".editorconfig" -> ini(ini, EDITORCONFIG_SECTIONS, true);
      default -> ini(ini, List.of("isort", "tool:isort"), false);
    };
  }

  /**
   * The options of {@code sections} merged as isort merges them, a later section's key replacing an
   * earlier one's; null when the file has none of them.
   */
  private static Table ini(IniFile file, List<String> sections, boolean editorconfig) {
    if (file == null) {
      return null;
    }
    Map<String, ToolOption> options = new LinkedHashMap<>();
    String label = null;
    String present = null; // a section without keys still says the project uses the tool
    for (String section : sections) {
      Map<String, IniFile.Entry> entries = file.section(section);
      if (entries == null) {
        continue;
      }
      present = present == null && !editorconfig ? section : present;
      for (Map.Entry<String, IniFile.Entry> e : entries.entrySet()) {
        String key = e.getKey().replace('-', '_');
        // an editor's own keys do not make .editorconfig an isort settings file
        if (editorconfig && (EDITORCONFIG_KEYS.contains(key) || !SorterConfig.knows(key))) {
          continue;
        }
        IniFile.Entry entry = e.getValue();
        Origin origin = new Origin(file.file(), "[" + entry.section() + "]");
        options.put(
            e.getKey(), new ToolOption(entry.key(), null, entry.value(), origin, entry.line()));
        label = label == null ? section : label;
      }
    }
    label = label == null ? present : label;
    return label == null
        ? null
        : new Table(
            null,
            List.of(),
            null,
            List.copyOf(options.values()),
            new Origin(file.file(), "[" + label + "]"));
  }

  private static String describe(Origin origin) {
    String file = origin.file() == null ? "" : origin.file().getFileName().toString();
    return (file + " " + origin.detail()).strip();
  }

  /** One table of a tool's settings: a TOML table, or INI options. */
  record Table(
      TomlDocument doc, List<String> path, JsonNode node, List<ToolOption> options, Origin where) {

    static Table of(TomlDocument doc, List<String> path) throws SettingsException {
      JsonNode node = doc.table(path);
      if (node == null) {
        return null;
      }
      String label = path.isEmpty() ? "" : "[" + String.join(".", path) + "]";
      List<ToolOption> options = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isObject() || e.getKey().equals("sections")) {
          options.add(
              new ToolOption(
                  e.getKey(),
                  e.getValue(),
                  null,
                  new Origin(doc.file(), label),
                  doc.lineOf(path, e.getKey())));
        }
      }
      return new Table(doc, path, node, options, new Origin(doc.file(), label));
    }

    Table child(String... names) throws SettingsException {
      List<String> p = new ArrayList<>(path);
      p.addAll(List.of(names));
      return doc == null ? null : of(doc, p);
    }

    String label() {
      return where.detail().isEmpty() ? where.file().getFileName().toString() : where.detail();
    }

    Origin origin(String key) {
      return new Origin(where.file(), (where.detail() + " " + key).strip());
    }

    /** The value of {@code key}, which this table holds, as an option. */
    ToolOption option(String key) {
      return new ToolOption(key, node.get(key), null, origin(key), 0);
    }

    String describe() {
      return ToolSettings.describe(where);
    }
  }
}
