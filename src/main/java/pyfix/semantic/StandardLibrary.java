package pyfix.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The top-level modules of CPython's standard library (isort's list, all versions together). */
public final class StandardLibrary {
  private static final Set<String> TOP_LEVEL = read();

  private StandardLibrary() {}

  /** Whether the top-level package of absolute {@code module} is in the standard library. */
  public static boolean contains(String module) {
    return !module.startsWith(".") && TOP_LEVEL.contains(module.split("\\.", -1)[0]);
  }

  private static Set<String> read() {
    Set<String> names = new HashSet<>();
    try (InputStream in =
            StandardLibrary.class.getResourceAsStream("/pyfix/imports/stdlib-modules.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
