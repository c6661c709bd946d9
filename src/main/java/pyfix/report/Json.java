package pyfix.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import pyfix.fix.Applicability;

/** JSON as tools and people read it: two-space indentation, {@code "key": value}, LF. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A new, empty object. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code node} pretty-printed, with a final line break. */
  static String pretty(JsonNode node) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /**
   * How JSON and SARIF name an applicability: {@code safe}, {@code unsafe}, {@code display-only}.
   */
  static String applicability(Applicability a) {
    return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code {"line": l, "column": c}}. */
  static ObjectNode position(Position p) {
    ObjectNode node = object();
    node.put("line", p.line());
    node.put("column", p.column());
    return node;
  }
}
