package pyfix.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One option of another tool's settings (isort's or Ruff's), as written in a TOML table or an INI
 * section, read as the type its key needs.
 *
 * @param key the key as written, e.g. {@code force_single_line} or {@code force-single-line}
 * @param node the TOML value, or null for an INI value
 * @param text the INI value, or null for a TOML value
 * @param origin the file and table it is set in
 * @param line the line that sets it, or 0
 */
record ToolOption(String key, JsonNode node, String text, Origin origin, int line) {

  /** The key in isort's spelling: lower case with underscores. */
  String name() {
    return key.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /** How the value is written, for messages. */
  String written() {
    return node != null ? node.toString() : text;
  }

  SettingsException error(String message) {
    return new SettingsException(
        origin.file(), line, 0, "'" + key + "' in " + origin.detail() + " " + message);
  }

  boolean bool() throws SettingsException {
    if (node != null && node.isBoolean()) {
      return node.asBoolean();
    }
    String t = node != null && node.isTextual() ? node.asText() : text;
    if (t != null) {
      switch (t.strip().toLowerCase(Locale.ROOT)) {
        case "true", "1", "yes", "on" -> {
          return true;
        }
        case "false", "0", "no", "off" -> {
          return false;
        }
        default -> {}
      }
    }
    throw error("must be true or false, not " + written());
  }

  int integer() throws SettingsException {
    if (node != null && node.isIntegralNumber()) {
      return node.asInt();
    }
    if (node != null && node.isBoolean()) {
      return node.asBoolean() ? 1 : 0; // isort takes `force_grid_wrap = false` as Python does: 0
    }
    String t = node != null && node.isTextual() ? node.asText() : text;
    try {
      if (t != null) {
        return Integer.parseInt(t.strip());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error("must be a whole number, not " + written());
  }

  String string() throws SettingsException {
    if (node != null && !node.isTextual()) {
      throw error("must be a string, not " + written());
    }
    return (node != null ? node.asText() : text).strip();
  }

  /** A list as flake8 reads one: text split at commas and any whitespace ({@code E203 W503}). */
  List<String> words() throws SettingsException {
    List<String> out = new ArrayList<>();
    for (String part : string().split("[,\\s]+")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return List.copyOf(out);
  }

  /** A list: a TOML array of strings, or text split at commas and line breaks. */
  List<String> list() throws SettingsException {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          throw error("must be a list of strings, but holds " + item);
        }
        out.add(item.asText());
      }
      return List.copyOf(out);
    }
    for (String part : string().split("[,\\n]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return List.copyOf(out);
  }
}
