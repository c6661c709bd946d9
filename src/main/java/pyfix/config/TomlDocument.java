package pyfix.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A TOML file read into a tree, which keeps its text to find the line of a key: Jackson locates
 * syntax errors, but a tree node no longer knows where it was written.
 */
final class TomlDocument {
  /** A factory, not a TomlMapper: building an ObjectMapper costs more start-up than the parse. */
  private static final TomlFactory FACTORY = new TomlFactory();

  private final Path file;
  private final List<String> lines;
  private final JsonNode root;

  private TomlDocument(Path file, String text, JsonNode root) {
    this(file, text.lines().toList(), root);
  }

  private TomlDocument(Path file, List<String> lines, JsonNode root) {
    this.file = file;
    this.lines = lines;
    this.root = root;
  }

  /** Reads and parses {@code file}. */
  static TomlDocument read(Path file) throws SettingsException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SettingsException(file, 0, 0, "no such settings file");
    } catch (IOException e) {
      throw new SettingsException(file, 0, 0, "cannot read: " + e);
    }
    try {
      return new TomlDocument(file, text, parse(text));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      throw new SettingsException(file, line, column, "invalid TOML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new SettingsException(file, 0, 0, "invalid TOML: " + e.getMessage());
    }
  }

  /** Parses {@code text}, naming {@code file} in errors. */
  static TomlDocument parse(Path file, String text) throws SettingsException {
    try {
      return new TomlDocument(file, text, parse(text));
    } catch (IOException e) {
      throw new SettingsException(file, 0, 0, "invalid TOML: " + e.getMessage());
    }
  }

  private static JsonNode parse(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      parser.nextToken();
      return node(parser);
    }
  }

  /** The value at the parser's current token, with everything inside it. */
  private static JsonNode node(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode table = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          table.set(name, node(parser));
        }
        yield table;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(node(parser));
        }
        yield array;
      }
      case VALUE_STRING -> nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT ->
          parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? nodes.numberNode(parser.getBigIntegerValue())
              : nodes.numberNode(parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      default -> nodes.pojoNode(parser.getEmbeddedObject()); // dates and times
    };
  }

  /**
   * This document with the table at {@code path} replaced by {@code table} (tables on the way are
   * created); line lookups still read this file's text.
   */
  TomlDocument with(List<String> path, ObjectNode table) {
    ObjectNode copy =
        root instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
    if (path.isEmpty()) {
      return new TomlDocument(file, lines, table);
    }
    ObjectNode node = copy;
    for (String key : path.subList(0, path.size() - 1)) {
      node = node.get(key) instanceof ObjectNode child ? child : node.putObject(key);
    }
    node.set(path.get(path.size() - 1), table);
    return new TomlDocument(file, lines, copy);
  }

  /** The file read. */
  Path file() {
    return file;
  }

  /** The table at {@code path} (empty: the whole document), or null when it is absent. */
  JsonNode table(List<String> path) throws SettingsException {
    JsonNode node = root;
    for (int i = 0; i < path.size(); i++) {
      node = node.get(path.get(i));
      if (node == null) {
        return null;
      }
      if (!node.isObject()) {
        List<String> above = path.subList(0, i);
        String where = above.isEmpty() ? "" : " in [" + String.join(".", above) + "]";
        throw error(above, path.get(i), "'" + path.get(i) + "'" + where + " must be a table");
      }
    }
    return node;
  }

  /** An error about {@code key} of the table at {@code table}, at the line that sets it. */
  SettingsException error(List<String> table, String key, String message) {
    return new SettingsException(file, lineOf(table, key), 0, message);
  }

  /** The first line that sets {@code key} in {@code table}, in any of TOML's ways, or 0. */
  int lineOf(List<String> table, String key) {
    List<String> wanted = new ArrayList<>(table);
    wanted.add(key);
    List<String> header = List.of();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      List<String> path;
      if (line.startsWith("[")) {
        String inner = line.replaceFirst("^\\[+", "").replaceFirst("\\]+\\s*(#.*)?$", "");
        header = dotted(inner);
        path = header;
      } else {
        int eq = line.indexOf('=');
        if (eq < 0 || line.startsWith("#")) {
          continue;
        }
        path = new ArrayList<>(header);
        path.addAll(dotted(line.substring(0, eq)));
      }
      if (path.size() >= wanted.size() && path.subList(0, wanted.size()).equals(wanted)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The parts of a dotted TOML key such as {@code tool."pyfix".src}, without quotes. */
  private static List<String> dotted(String key) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    char quote = 0;
    for (char c : key.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          part.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '.') {
        parts.add(part.toString().strip());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString().strip());
    return parts;
  }
}
