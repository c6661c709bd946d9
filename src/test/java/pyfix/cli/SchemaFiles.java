package pyfix.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published JSON schemas the output formats are validated against. They are not part of the
 * project: each is read from a system property naming its file, or from {@code shared/schemas/}
 * beside the checkout or one of its parent folders.
 */
final class SchemaFiles {
  private SchemaFiles() {}

  /** The schema at {@code shared/schemas/<relative>} or {@code -D<property>}; null if absent. */
  static Schema load(String property, String relative, SpecificationVersion version)
      throws IOException {
    Path path = locate(property, "shared/schemas/" + relative);
    if (path == null) {
      System.out.println("skipped: no shared/schemas/" + relative + " above the checkout");
      return null;
    }
    return SchemaRegistry.withDefaultDialect(version)
        .getSchema(Files.readString(path), InputFormat.JSON);
  }

  private static Path locate(String property, String name) {
    String given = System.getProperty(property);
    if (given != null) {
      return Path.of(given);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../" + name).normalize();
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The validation errors of {@code json} against {@code schema}, as text. */
  static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
