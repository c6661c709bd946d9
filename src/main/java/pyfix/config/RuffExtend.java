package pyfix.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Ruff's {@code extend = "path"}: a Ruff settings file that inherits another one's settings and
 * overrides them. The inherited table is merged under this one: a key set here wins, tables merge
 * key by key, and the {@code extend-} lists ({@code extend-select}, {@code extend-exclude}, ...)
 * add up, except that a {@code select} here drops the inherited {@code extend-select}, as Ruff
 * resolves a selection. The inherited file's relative globs and {@code src} folders stay relative
 * to its own folder.
 */
final class RuffExtend {
  private static final int MAX_DEPTH = 10;

  private RuffExtend() {}

  /**
   * {@code doc} with its Ruff table at {@code ruffPath} merged over what it extends, if it does.
   */
  static TomlDocument resolve(TomlDocument doc, List<String> ruffPath) throws SettingsException {
    return resolve(doc, ruffPath, new ArrayList<>());
  }

  private static TomlDocument resolve(TomlDocument doc, List<String> ruffPath, List<Path> seen)
      throws SettingsException {
    JsonNode table = doc.table(ruffPath);
    JsonNode extend = table == null ? null : table.get("extend");
    if (extend == null) {
      return doc;
    }
    if (!extend.isTextual()) {
      throw doc.error(ruffPath, "extend", "'extend' must be the path of a Ruff settings file");
    }
    Path base = doc.file().toAbsolutePath().getParent().resolve(expandHome(extend.asText()));
    seen.add(doc.file().toAbsolutePath().normalize());
    if (seen.contains(base.normalize()) || seen.size() > MAX_DEPTH) {
      throw doc.error(ruffPath, "extend", "'extend' makes a cycle of Ruff settings files");
    }
    if (!Files.isRegularFile(base)) {
      throw doc.error(ruffPath, "extend", "'extend' names no file: " + base);
    }
    TomlDocument baseDoc = TomlDocument.read(base);
    List<String> basePath =
        base.getFileName().toString().equals("pyproject.toml")
            ? List.of("tool", "ruff")
            : List.of();
    JsonNode inherited = resolve(baseDoc, basePath, seen).table(basePath);
    ObjectNode own = ((ObjectNode) table).deepCopy();
    own.remove("extend");
    if (!(inherited instanceof ObjectNode o)) {
      return doc.with(ruffPath, own);
    }
    Path baseDir = base.toAbsolutePath().normalize().getParent();
    boolean elsewhere = !baseDir.equals(doc.file().toAbsolutePath().normalize().getParent());
    return doc.with(ruffPath, merge(elsewhere ? anchored(o, baseDir) : o, own));
  }

  /**
   * {@code table} with its relative globs and {@code src} folders made absolute under {@code dir},
   * the folder of the file that sets them: Ruff reads them relative to that file, whichever file
   * extends it.
   */
  private static ObjectNode anchored(ObjectNode table, Path dir) {
    ObjectNode out = table.deepCopy();
    List<ObjectNode> tables = new ArrayList<>(List.of(out));
    if (out.get("lint") instanceof ObjectNode lint) {
      tables.add(lint);
    }
    for (ObjectNode t : tables) {
      for (String key : List.of("exclude", "extend-exclude")) {
        if (t.get(key) instanceof ArrayNode globs) {
          for (int i = 0; i < globs.size(); i++) {
            globs.set(i, anchored(globs.get(i).asText(), dir));
          }
        }
      }
      for (String key : List.of("per-file-ignores", "extend-per-file-ignores")) {
        if (t.get(key) instanceof ObjectNode ignores) {
          ObjectNode moved = JsonNodeFactory.instance.objectNode();
          ignores
              .fields()
              .forEachRemaining(e -> moved.set(anchored(e.getKey(), dir), e.getValue()));
          t.set(key, moved);
        }
      }
    }
    if (out.get("src") instanceof ArrayNode src) {
      for (int i = 0; i < src.size(); i++) {
        src.set(i, dir.resolve(src.get(i).asText()).normalize().toString());
      }
    }
    return out;
  }

  /** A glob relative to {@code dir} as an absolute one; a name, which matches anywhere, stays. */
  private static String anchored(String glob, Path dir) {
    String negation = glob.startsWith("!") ? "!" : "";
    String g = glob.substring(negation.length()).strip();
    while (g.startsWith("./")) {
      g = g.substring(2);
    }
    if (!g.contains("/") || PathGlob.isAbsolute(g)) {
      return glob;
    }
    StringBuilder escaped = new StringBuilder(negation);
    for (char c : dir.toString().replace(File.separatorChar, '/').toCharArray()) {
      if ("*?[]{},\\".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped + "/" + g;
  }

  private static String expandHome(String path) {
    return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
  }

  /** {@code inherited} overridden by {@code own}, as described above. */
  private static ObjectNode merge(ObjectNode inherited, ObjectNode own) {
    ObjectNode out = inherited.deepCopy();
    if (own.has("select")) {
      out.remove("extend-select");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode before = out.get(e.getKey());
      JsonNode mine = e.getValue();
      if (before instanceof ObjectNode b && mine instanceof ObjectNode m) {
        out.set(e.getKey(), merge(b, m));
      } else if (e.getKey().startsWith("extend-")
          && before instanceof ArrayNode b
          && mine instanceof ArrayNode m) {
        ArrayNode both = JsonNodeFactory.instance.arrayNode();
        both.addAll(b);
        both.addAll(m);
        out.set(e.getKey(), both);
      } else {
        out.set(e.getKey(), mine.deepCopy());
      }
    }
    return out;
  }
}
