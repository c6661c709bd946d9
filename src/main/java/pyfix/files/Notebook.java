package pyfix.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Jupyter notebook (nbformat 4) as text: its code cells' sources and where each {@code source}
 * value sits in the JSON, so that {@link #withSources} rewrites those values and keeps every other
 * byte, the layout nbformat or any other writer chose included.
 */
public final class Notebook {
  /**
   * JSON as Python's {@code json} reads it ({@code NaN} and {@code Infinity} too, strings of any
   * length, as a big image in an output is), but with duplicate keys refused.
   */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

  private final String json;
  private final List<Cell> cells;
  private final boolean escapeNonAscii;

  private Notebook(String json, List<Cell> cells, boolean escapeNonAscii) {
    this.json = json;
    this.cells = List.copyOf(cells);
    this.escapeNonAscii = escapeNonAscii;
  }

  /**
   * Reads the notebook in {@code json}; a notebook in a language other than Python has no cells to
   * fix.
   *
   * @throws NotebookException when {@code json} is not a notebook, or repeats a key in an object
   */
  public static Notebook parse(String json) throws NotebookException {
    JsonNode tree;
    try (JsonParser parser = MAPPER.createParser(json)) {
      tree = MAPPER.readTree(parser);
      if (tree != null && parser.nextToken() != null) {
        // as Python's json.load and nbformat refuse it ("Extra data"); a fix would keep it
        JsonLocation where = parser.currentTokenLocation();
        throw new NotebookException(
            "not valid JSON: more text after the notebook's closing brace",
            where.getLineNr(),
            Math.max(1, where.getColumnNr()));
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = JsonErrors.describe(e);
      if (where == null || where.getLineNr() < 1) {
        throw new NotebookException(message);
      }
      throw new NotebookException(message, where.getLineNr(), Math.max(1, where.getColumnNr()));
    } catch (IOException e) {
      throw new NotebookException("not valid JSON: " + e.getMessage());
    }
    if (tree != null && tree.path("nbformat").asInt(4) < 4) {
      // before the cells: nbformat 3 keeps them in "worksheets"
      throw new NotebookException(
          "nbformat " + tree.path("nbformat").asInt() + " is not supported");
    }
    if (tree == null || !tree.isObject() || !tree.path("cells").isArray()) {
      throw new NotebookException("not a notebook: no \"cells\" list");
    }
    String language =
        tree.at("/metadata/language_info/name")
            .asText(tree.at("/metadata/kernelspec/language").asText("python"));
    if (!language.equalsIgnoreCase("python")) {
      return new Notebook(json, List.of(), false);
    }
    try {
      return new Notebook(json, codeCells(json), escapesNonAscii(json));
    } catch (IOException e) {
      throw new NotebookException("cannot read cells: " + e.getMessage());
    }
  }

  /** The code cells, in order. */
  public List<Cell> cells() {
    return cells;
  }

  /**
   * The notebook with the source of each cell in {@code sources} (by {@link Cell#index}) replaced,
   * written in the shape of the value it replaces: a list of lines stays a list laid out as before,
   * a string stays a string. Everything outside those values is kept byte for byte.
   */
  public String withSources(Map<Integer, String> sources) {
    StringBuilder out = new StringBuilder(json.length() + 256);
    int at = 0;
    for (Cell cell : cells) {
      String source = sources.get(cell.index());
      if (source == null || source.equals(cell.source())) {
        continue;
      }
      out.append(json, at, cell.start());
      out.append(encode(cell, source));
      at = cell.end();
    }
    return out.append(json, at, json.length()).toString();
  }

  private String encode(Cell cell, String source) {
    if (!cell.lines()) {
      return JsonText.string(source, escapeNonAscii);
    }
    List<String> lines = JsonText.splitLines(source);
    if (lines.isEmpty()) {
      return "[]";
    }
    String original = json.substring(cell.start(), cell.end());
    Layout layout = Layout.of(original, json);
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < lines.size(); i++) {
      s.append(i == 0 ? layout.before() : layout.between());
      s.append(JsonText.string(lines.get(i), escapeNonAscii));
    }
    return s.append(layout.after()).append(']').toString();
  }

  /**
   * The whitespace of a list of strings: before the first, between two (comma included) and after
   * the last. A list of one string gives no "between": a comma and the "before" when that breaks
   * the line (nbformat's), else the comma that {@code json}, the whole notebook, writes inside a
   * line ({@code json.dumps}' {@code ", "} without indentation).
   */
  private record Layout(String before, String between, String after) {
    static Layout of(String array, String json) {
      List<int[]> strings = JsonText.stringSpans(array);
      if (strings.isEmpty()) {
        return new Layout("\n", ",\n", "\n");
      }
      String before = array.substring(1, strings.get(0)[0]);
      String after = array.substring(strings.get(strings.size() - 1)[1], array.length() - 1);
      String between;
      if (strings.size() > 1) {
        between = array.substring(strings.get(0)[1], strings.get(1)[0]);
      } else if (before.contains("\n") || before.contains("\r")) {
        between = "," + before;
      } else {
        between = JsonText.inlineComma(json);
      }
      return new Layout(before, between, after);
    }
  }

  private static List<Cell> codeCells(String json) throws IOException {
    List<Cell> cells = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken(); // the notebook object
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (!field.equals("cells")) {
          p.skipChildren();
          continue;
        }
        int index = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          index++;
          Cell cell = cell(p, index);
          if (cell != null) {
            cells.add(cell);
          }
        }
      }
    }
    return cells;
  }

  /** Reads one cell object; null unless it is a code cell with a source. */
  private static Cell cell(JsonParser p, int index) throws IOException {
    String type = null;
    StringBuilder source = null;
    boolean lines = false;
    int start = -1;
    int end = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("cell_type") && value == JsonToken.VALUE_STRING) {
        type = p.getText();
      } else if (field.equals("source")) {
        start = (int) p.currentTokenLocation().getCharOffset();
        source = new StringBuilder();
        if (value == JsonToken.START_ARRAY) {
          lines = true;
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            source.append(p.getText());
          }
          if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new IOException("cell " + index + ": source lists something other than text");
          }
        } else if (value == JsonToken.VALUE_STRING) {
          source.append(p.getText());
        } else {
          throw new IOException("cell " + index + ": source is neither text nor a list of lines");
        }
        end = (int) p.currentLocation().getCharOffset();
      } else {
        p.skipChildren();
      }
    }
    if (!"code".equals(type) || source == null) {
      return null;
    }
    return new Cell(index, source.toString(), lines, start, end);
  }

  /**
   * Whether the notebook was written with non-ASCII characters escaped ({@code ensure_ascii}), so
   * that rewritten sources escape them too: it holds none raw, and at least one escaped.
   */
  private static boolean escapesNonAscii(String json) {
    boolean escaped = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      if (c == '\\' && i + 5 < json.length() && json.charAt(i + 1) == 'u') {
        escaped |= Integer.parseInt(json.substring(i + 2, i + 6), 16) >= 0x80;
        i += 5;
      } else if (c == '\\') {
        i++;
      }
    }
    return escaped;
  }

  /**
   * A code cell.
   *
   * @param index its 1-based position among all the notebook's cells, as Jupyter shows them
   * @param source its text: the lines joined
   * @param lines whether the source is stored as a list of lines rather than one string
   * @param start where the JSON value of {@code source} starts in the notebook text
   * @param end where it ends (exclusive)
   */
  public record Cell(int index, String source, boolean lines, int start, int end) {}
}
