package pyfix.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ruff's {@code src} entries, which may be globs ({@code packages/*}{@code /src}): Ruff takes the
 * folders each matches, relative to its settings file's folder, in name order.
 */
final class RuffSrc {
  private RuffSrc() {}

  /** {@code src} with each relative glob replaced by the folders under {@code dir} it matches. */
  static List<String> expand(List<String> src, Path dir) throws SettingsException {
    List<String> out = new ArrayList<>();
    for (String entry : src) {
      if (entry.chars().noneMatch(c -> "*?[".indexOf(c) >= 0) || Path.of(entry).isAbsolute()) {
        out.add(entry);
        continue;
      }
      String glob = entry.startsWith("./") ? entry.substring(2) : entry;
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      int depth = glob.contains("**") ? Integer.MAX_VALUE : glob.split("/").length;
      try (Stream<Path> folders = Files.walk(dir, depth)) {
        folders
            .filter(Files::isDirectory)
            .map(dir::relativize)
            .filter(matcher::matches)
            .map(Path::toString)
            .sorted()
            .forEach(out::add);
      } catch (IOException | UncheckedIOException e) {
        throw new SettingsException(
            dir, 0, 0, "'src' holds '" + entry + "', whose folders cannot be listed: " + e);
      }
    }
    return out;
  }
}
