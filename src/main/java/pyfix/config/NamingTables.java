package pyfix.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pyfix.fix.options.NamingOptions;

/**
 * Reads the naming rules' tables, as Ruff names them: {@code pep8-naming}, {@code flake8-builtins}
 * and {@code flake8-import-conventions}, each a table of its own under {@code [tool.pyfix]} or
 * adopted from Ruff's {@code lint} table.
 */
final class NamingTables {
  /** The keys each table accepts, each true when it is a table of strings, else a list. */
  private static final Map<SettingsKey, Map<String, Boolean>> KEYS =
      Map.of(
          SettingsKey.PEP8_NAMING,
          Map.of("ignore-names", false, "extend-ignore-names", false),
          SettingsKey.FLAKE8_BUILTINS,
          Map.of("builtins-ignorelist", false, "ignorelist", false),
          SettingsKey.FLAKE8_IMPORT_CONVENTIONS,
          Map.of("aliases", true, "extend-aliases", true));

  private NamingTables() {}

  /** Whether {@code key} is one of the naming tables. */
  static boolean isTable(SettingsKey key) {
    return KEYS.containsKey(key);
  }

  /**
   * The options in the table {@code node} of {@code key} at {@code path} in {@code doc}, each a
   * {@code List<String>} or a {@code Map<String, String>}. A key pyfix does not read is an error,
   * unless {@code adopted} (Ruff's table may hold options of rules pyfix does not have).
   */
  static Map<String, Object> read(
      TomlDocument doc, List<String> path, SettingsKey key, JsonNode node, boolean adopted)
      throws SettingsException {
    String where = "[" + String.join(".", path) + "]";
    if (!node.isObject()) {
      throw doc.error(
          path.subList(0, path.size() - 1), key.toml(), "'" + key.toml() + "' must be a table");
    }
    Map<String, Boolean> known = KEYS.get(key);
    Map<String, Object> options = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      Boolean isMap = known.get(name);
      if (isMap == null && adopted) {
        continue;
      } else if (isMap == null) {
        String hint = Suggestions.closest(name, List.copyOf(known.keySet()));
        throw doc.error(
            path,
            name,
            "unknown key '"
                + name
                + "' in "
                + where
                + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
      }
      String problem = "'" + name + "' in " + where + " must be a ";
      options.put(
          name,
          isMap
              ? strings(doc, path, name, e.getValue(), problem + "table of strings")
              : list(doc, path, name, e.getValue(), problem + "list of strings"));
    }
    return options;
  }

  private static List<String> list(
      TomlDocument doc, List<String> path, String name, JsonNode node, String problem)
      throws SettingsException {
    List<String> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (!node.isArray() || !item.isTextual()) {
        throw doc.error(path, name, problem);
      }
      out.add(item.asText());
    }
    if (!node.isArray()) {
      throw doc.error(path, name, problem);
    }
    return List.copyOf(out);
  }

  private static Map<String, String> strings(
      TomlDocument doc, List<String> path, String name, JsonNode node, String problem)
      throws SettingsException {
    if (!node.isObject()) {
      throw doc.error(path, name, problem);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isTextual()) {
        throw doc.error(path, name, problem);
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return Map.copyOf(out);
  }

  /** The naming options {@code layer}'s tables give, each option else its default. */
  static NamingOptions options(FileLayer layer) {
    NamingOptions d = NamingOptions.DEFAULTS;
    Map<String, Object> naming = table(layer, SettingsKey.PEP8_NAMING);
    Map<String, Object> builtins = table(layer, SettingsKey.FLAKE8_BUILTINS);
    Map<String, Object> conventions = table(layer, SettingsKey.FLAKE8_IMPORT_CONVENTIONS);
    List<String> ignore = new ArrayList<>(list(naming, "ignore-names", d.ignoreNames()));
    ignore.addAll(list(naming, "extend-ignore-names", List.of()));
    List<String> ignorelist =
        list(builtins, "ignorelist", list(builtins, "builtins-ignorelist", d.builtinsIgnorelist()));
    Map<String, String> aliases =
        new LinkedHashMap<>(map(conventions, "aliases", d.importAliases()));
    aliases.putAll(map(conventions, "extend-aliases", Map.of()));
    return new NamingOptions(ignore, ignorelist, aliases);
  }

  private static Map<String, Object> table(FileLayer layer, SettingsKey key) {
    Map<String, Object> t = layer.get(key);
    return t == null ? Map.of() : t;
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<String, Object> table, String name, List<String> fallback) {
    return table.get(name) instanceof List<?> l ? (List<String>) l : fallback;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> map(
      Map<String, Object> table, String name, Map<String, String> fallback) {
    return table.get(name) instanceof Map<?, ?> m ? (Map<String, String>) m : fallback;
  }
}
