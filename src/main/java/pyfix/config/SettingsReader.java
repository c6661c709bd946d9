package pyfix.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.PycodestyleOptions;
import pyfix.parse.PythonVersion;

/**
 * Reads the settings in one file: the keys of {@code [tool.pyfix]} (or the top level of {@code
 * pyfix.toml}), checked strictly, then what other tools' tables say where pyfix's own keys are
 * silent.
 */
final class SettingsReader {
  private static final List<String> PYFIX_TABLE = List.of("tool", "pyfix");
  private static final List<String> RUFF_TABLE = List.of("tool", "ruff");
  private static final List<String> RUFF_LINT_TABLE = List.of("tool", "ruff", "lint");

  private record Adopted(SettingsKey key, List<String> table, String name) {}

  private static final List<String> BLACK_TABLE = List.of("tool", "black");
  private static final List<String> PROJECT_TABLE = List.of("project");

  /**
   * Where a key not set for pyfix is adopted from, first match winning. Black reads its keys with
   * {@code _} for {@code -} too ({@code line_length}); Ruff does not.
   */
  private static final List<Adopted> ADOPTED =
      List.of(
          new Adopted(SettingsKey.LINE_LENGTH, BLACK_TABLE, "line-length"),
          new Adopted(SettingsKey.LINE_LENGTH, BLACK_TABLE, "line_length"),
          new Adopted(SettingsKey.LINE_LENGTH, RUFF_TABLE, "line-length"),
          // Ruff's and Black's own target-version win over requires-python, as in each tool
          new Adopted(SettingsKey.TARGET_VERSION, RUFF_TABLE, "target-version"),
          new Adopted(SettingsKey.TARGET_VERSION, BLACK_TABLE, "target-version"),
          new Adopted(SettingsKey.TARGET_VERSION, BLACK_TABLE, "target_version"),
          new Adopted(SettingsKey.TARGET_VERSION, PROJECT_TABLE, "requires-python"),
          new Adopted(SettingsKey.SRC, RUFF_TABLE, "src"),
          new Adopted(SettingsKey.EXTEND_SAFE_FIXES, RUFF_LINT_TABLE, "extend-safe-fixes"),
          new Adopted(SettingsKey.EXTEND_SAFE_FIXES, RUFF_TABLE, "extend-safe-fixes"),
          new Adopted(SettingsKey.EXTEND_UNSAFE_FIXES, RUFF_LINT_TABLE, "extend-unsafe-fixes"),
          new Adopted(SettingsKey.EXTEND_UNSAFE_FIXES, RUFF_TABLE, "extend-unsafe-fixes"),
          new Adopted(SettingsKey.FIXABLE, RUFF_LINT_TABLE, "fixable"),
          new Adopted(SettingsKey.FIXABLE, RUFF_TABLE, "fixable"),
          new Adopted(SettingsKey.UNFIXABLE, RUFF_LINT_TABLE, "unfixable"),
          new Adopted(SettingsKey.UNFIXABLE, RUFF_TABLE, "unfixable"),
          new Adopted(
              SettingsKey.IGNORE_INIT_MODULE_IMPORTS,
              RUFF_LINT_TABLE,
              "ignore-init-module-imports"),
          new Adopted(
              SettingsKey.IGNORE_INIT_MODULE_IMPORTS, RUFF_TABLE, "ignore-init-module-imports"),
          new Adopted(SettingsKey.DUMMY_VARIABLE_RGX, RUFF_LINT_TABLE, "dummy-variable-rgx"),
          new Adopted(SettingsKey.DUMMY_VARIABLE_RGX, RUFF_TABLE, "dummy-variable-rgx"),
          new Adopted(
              SettingsKey.ALLOWED_UNUSED_IMPORTS,
              List.of("tool", "ruff", "lint", "pyflakes"),
              "allowed-unused-imports"),
          new Adopted(
              SettingsKey.ALLOWED_UNUSED_IMPORTS,
              List.of("tool", "ruff", "pyflakes"),
              "allowed-unused-imports"));

  private final Predicate<String> knownSelector;

  /** A reader that accepts a rule selector when {@code knownSelector} names at least one rule. */
  SettingsReader(Predicate<String> knownSelector) {
    this.knownSelector = knownSelector;
  }

  /**
   * The settings in {@code file}, or null when it is a {@code pyproject.toml} that says nothing
   * pyfix reads. {@code pyproject} is the {@code pyproject.toml} beside a {@code pyfix.toml} to
   * adopt from, or null.
   */
  FileLayer read(Path file, Path pyproject) throws SettingsException {
    TomlDocument doc = TomlDocument.read(file);
    boolean own = !file.getFileName().toString().equals("pyproject.toml");
    List<String> table = own ? List.of() : PYFIX_TABLE;
    FileLayer layer = new FileLayer();
    JsonNode pyfix = doc.table(table);
    boolean relevant = pyfix != null;
    if (pyfix != null) {
      readOwn(doc, table, pyfix, layer);
    }
    TomlDocument adoptFrom = own ? (pyproject == null ? null : TomlDocument.read(pyproject)) : doc;
    if (adoptFrom != null) {
      adoptFrom = RuffExtend.resolve(adoptFrom, RUFF_TABLE);
    }
    Path dir = file.toAbsolutePath().getParent();
    relevant |= adopt(adoptFrom, ToolSettings.ruffToml(dir), layer);
    relevant |= ToolSettings.adopt(dir, adoptFrom, layer, knownSelector);
    if (!relevant && !own && layer.has(SettingsKey.TARGET_VERSION)) {
      layer.markRequiresPythonOnly();
      return layer;
    }
    return relevant || own ? layer : null;
  }

  /**
   * The settings other tools give in {@code dir}, which has no pyfix settings file, or null when no
   * tool is configured there.
   */
  FileLayer readTools(Path dir) throws SettingsException {
    FileLayer layer = new FileLayer();
    boolean relevant = adopt(null, ToolSettings.ruffToml(dir), layer);
    return ToolSettings.adopt(dir, null, layer, knownSelector) || relevant ? layer : null;
  }

  private void readOwn(TomlDocument doc, List<String> table, JsonNode node, FileLayer layer)
      throws SettingsException {
    Origin origin = new Origin(doc.file(), table.isEmpty() ? "" : "[tool.pyfix]");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      SettingsKey key = SettingsKey.named(e.getKey());
      if (key == null) {
        String hint = Suggestions.closest(e.getKey(), SettingsKey.names());
        throw doc.error(
            table,
            e.getKey(),
            "unknown key '"
                + e.getKey()
                + "'"
                + (table.isEmpty() ? "" : " in [tool.pyfix]")
                + (hint != null
                    ? " (did you mean '" + hint + "'?)"
                    : " (valid keys: " + String.join(", ", SettingsKey.names()) + ")"));
      }
      Value v = new Value(doc, table, e.getKey(), e.getValue());
      layer.set(key, value(key, v), origin);
    }
  }

  private Object value(SettingsKey key, Value v) throws SettingsException {
    return switch (key) {
      case LINE_LENGTH -> v.lineLength();
      case TARGET_VERSION -> v.targetVersion();
      case SELECT,
          EXTEND_SELECT,
          IGNORE,
          EXTEND_SAFE_FIXES,
          EXTEND_UNSAFE_FIXES,
          FIXABLE,
          UNFIXABLE ->
          v.selectors(knownSelector);
      case UNSAFE_FIXES, IGNORE_INIT_MODULE_IMPORTS -> v.bool();
      case EXCLUDE, EXTEND_EXCLUDE -> v.globs();
      case PER_FILE_IGNORES -> perFileIgnores(v);
      case KNOWN_FIRST_PARTY, KNOWN_THIRD_PARTY, SRC, ALLOWED_UNUSED_IMPORTS -> v.strings();
      case IMPORT_STYLE -> v.importStyle();
      case MAX_COMPLEXITY, MAX_FUNCTION_LINES, MAX_MODULE_LINES -> v.limit();
      case ISORT -> v.toolOptions();
      case FLAKE8_ANNOTATIONS -> RuleTables.annotations(v.toolOptions());
      case PYDOCSTYLE -> RuleTables.docstrings(v.toolOptions());
      case PYCODESTYLE -> RuleTables.pycodestyle(v.toolOptions(), PycodestyleOptions.TASK_TAGS);
      case CACHE_DIR -> v.text();
      case DUMMY_VARIABLE_RGX -> v.regex();
      case PEP8_NAMING, FLAKE8_BUILTINS, FLAKE8_IMPORT_CONVENTIONS -> v.namingTable(key);
    };
  }

  private Map<PathGlob, List<String>> perFileIgnores(Value v) throws SettingsException {
    if (!v.node().isObject()) {
      throw v.error("must be a table of globs to lists of rule codes");
    }
    Map<PathGlob, List<String>> ignores = new LinkedHashMap<>();
    List<String> table = new ArrayList<>(v.table());
    table.add(v.name());
    for (Iterator<Map.Entry<String, JsonNode>> it = v.node().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Value glob = new Value(v.doc(), table, e.getKey(), e.getValue());
      ignores.put(glob.glob(e.getKey()), glob.selectors(knownSelector));
    }
    return ignores;
  }

  /**
   * Fills what {@code layer} lacks from other tools' settings in {@code pyproject} (or null) and
   * {@code ruffToml}, Ruff's own file, which replaces {@code [tool.ruff]} as it does for Ruff;
   * whether any of them but {@code requires-python}, which configures no tool, was there.
   */
  private static boolean adopt(TomlDocument pyproject, TomlDocument ruffToml, FileLayer layer)
      throws SettingsException {
    boolean any = false;
    for (Adopted a : ADOPTED) {
      // Ruff's own file holds [tool.ruff]'s keys at its top level and [tool.ruff.lint] as [lint].
      boolean inRuffToml =
          ruffToml != null && a.table().size() >= 2 && a.table().subList(0, 2).equals(RUFF_TABLE);
      TomlDocument doc = inRuffToml ? ruffToml : pyproject;
      List<String> path = inRuffToml ? a.table().subList(2, a.table().size()) : a.table();
      if (doc == null) {
        continue;
      }
      JsonNode table = doc.table(path);
      JsonNode node = table == null ? null : table.get(a.name());
      if (node == null) {
        continue;
      }
      any |= !a.table().equals(PROJECT_TABLE);
      if (layer.has(a.key())) {
        continue;
      }
      Value v = new Value(doc, path, a.name(), node);
      Object value =
          switch (a.key()) {
            case LINE_LENGTH -> v.lineLength();
            case IGNORE_INIT_MODULE_IMPORTS -> v.bool();
            case DUMMY_VARIABLE_RGX -> v.regex();
            case TARGET_VERSION ->
                a.name().equals("requires-python") ? v.requiresPython() : v.toolTargetVersion();
            // Ruff's src may hold globs, which it expands against its file's folder
            case SRC ->
                RuffSrc.expand(v.namesOrCommaList(), doc.file().toAbsolutePath().getParent());
            default -> v.namesOrCommaList();
          };
      if (value != null) {
        String detail = (path.isEmpty() ? "" : "[" + String.join(".", path) + "] ") + a.name();
        if (a.key() == SettingsKey.TARGET_VERSION) {
          detail += " = " + (node.isTextual() ? "\"" + node.asText() + "\"" : node.toString());
        }
        layer.set(a.key(), value, new Origin(doc.file(), detail));
      }
    }
    return any;
  }

  /** One value in a settings file, read as the type its key needs. */
  private record Value(TomlDocument doc, List<String> table, String name, JsonNode node) {
    SettingsException error(String message) {
      String where = table.isEmpty() ? "" : " in [" + String.join(".", table) + "]";
      return doc.error(table, name, "'" + name + "'" + where + " " + message);
    }

    Integer lineLength() throws SettingsException {
      if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > 10_000) {
        throw error("must be a whole number from 1 to 10000, not " + node);
      }
      return node.asInt();
    }

    Integer limit() throws SettingsException {
      if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > 1_000_000) {
        throw error("must be a positive whole number, not " + node);
      }
      return node.asInt();
    }

    PythonVersion targetVersion() throws SettingsException {
      for (PythonVersion p : PythonVersion.values()) {
        if (node.isTextual() && p.id().equals(node.asText())) {
          return p;
        }
      }
      List<String> ids = new ArrayList<>();
      for (PythonVersion p : PythonVersion.values()) {
        ids.add(p.id());
      }
      throw error("must be one of " + String.join(", ", ids) + ", not " + node);
    }

    /**
     * Ruff's {@code "py38"} or Black's {@code ["py38", "py39"]}: the oldest, clamped to pyfix's.
     */
    PythonVersion toolTargetVersion() throws SettingsException {
      int lowest = Integer.MAX_VALUE;
      for (String id : node.isArray() ? strings() : List.of(node.asText())) {
        if (!id.matches("py3\\d+")) {
          throw error("must name versions such as \"py39\", not " + node);
        }
        lowest = Math.min(lowest, Integer.parseInt(id.substring(3)));
      }
      PythonVersion[] known = PythonVersion.values();
      for (PythonVersion p : known) {
        if (p.id().equals("py3" + lowest)) {
          return p;
        }
      }
      return lowest < 8 ? known[0] : lowest == Integer.MAX_VALUE ? null : known[known.length - 1];
    }

    ImportStyle importStyle() throws SettingsException {
      for (ImportStyle s : ImportStyle.values()) {
        if (node.isTextual() && s.id().equals(node.asText())) {
          return s;
        }
      }
      throw error("must be \"isort\" or \"ruff\", not " + node);
    }

    /** A table of isort or Ruff sorter options, either spelling. */
    List<ToolOption> toolOptions() throws SettingsException {
      if (!node.isObject()) {
        throw error("must be a table of isort or Ruff import-sorting options");
      }
      List<String> path = new ArrayList<>(table);
      path.add(name);
      Origin origin = new Origin(doc.file(), "[" + String.join(".", path) + "]");
      List<ToolOption> options = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        options.add(
            new ToolOption(e.getKey(), e.getValue(), null, origin, doc.lineOf(path, e.getKey())));
      }
      return List.copyOf(options);
    }

    PythonVersion requiresPython() throws SettingsException {
      if (!node.isTextual()) {
        throw error("must be a string such as \">=3.9\", not " + node);
      }
      try {
        return RequiresPython.lowest(node.asText());
      } catch (IllegalArgumentException e) {
        throw error("cannot be read: " + e.getMessage());
      }
    }

    /** One of the naming rules' tables, checked strictly. */
    Map<String, Object> namingTable(SettingsKey key) throws SettingsException {
      List<String> path = new ArrayList<>(table);
      path.add(name);
      return NamingTables.read(doc, path, key, node, false);
    }

    String text() throws SettingsException {
      if (!node.isTextual() || node.asText().isEmpty()) {
        throw error("must be a folder name, not " + node);
      }
      return node.asText();
    }

    /** A regular expression, checked as one. */
    String regex() throws SettingsException {
      if (!node.isTextual()) {
        throw error("must be a regular expression, not " + node);
      }
      try {
        Pattern.compile(node.asText());
      } catch (PatternSyntaxException e) {
        throw error("is not a regular expression: " + e.getDescription());
      }
      return node.asText();
    }

    Boolean bool() throws SettingsException {
      if (!node.isBoolean()) {
        throw error("must be true or false, not " + node);
      }
      return node.asBoolean();
    }

    List<String> strings() throws SettingsException {
      if (!node.isArray()) {
        throw error("must be a list of strings, not " + node);
      }
      List<String> out = new ArrayList<>();
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          throw error("must be a list of strings, but holds " + item);
        }
        out.add(item.asText());
      }
      return List.copyOf(out);
    }

    /** isort also takes {@code "a,b"} for a list of names. */
    List<String> namesOrCommaList() throws SettingsException {
      if (!node.isTextual()) {
        return strings();
      }
      List<String> out = new ArrayList<>();
      for (String part : node.asText().split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return List.copyOf(out);
    }

    List<String> selectors(Predicate<String> known) throws SettingsException {
      List<String> selectors;
      try {
        selectors = RuleSelectors.parse(strings());
      } catch (IllegalArgumentException e) {
        throw error("holds " + e.getMessage());
      }
      for (String s : selectors) {
        if (!known.test(s)) {
          throw error("holds " + s + ", which no rule matches (pyfix explain lists the rules)");
        }
      }
      return selectors;
    }

    List<PathGlob> globs() throws SettingsException {
      List<PathGlob> globs = new ArrayList<>();
      for (String s : strings()) {
        globs.add(glob(s));
      }
      return List.copyOf(globs);
    }

    PathGlob glob(String pattern) throws SettingsException {
      try {
        return PathGlob.of(pattern);
      } catch (IllegalArgumentException e) {
        throw error("holds " + e.getMessage());
      }
    }
  }
}
