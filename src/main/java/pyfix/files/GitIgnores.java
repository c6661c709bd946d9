package pyfix.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.ignore.IgnoreNode;
import pyfix.files.SourceFinder.PathError;

/**
 * The ignore rules git applies below one folder: every {@code .gitignore} from the repository's top
 * down, then {@code .git/info/exclude} and the user's global excludes file. Matching is JGit's;
 * each {@code .gitignore} is read once, and only when a walk reaches its folder.
 */
final class GitIgnores {
  private final Path top;
  private final List<IgnoreNode> repositoryWide;
  private final Map<Path, Optional<IgnoreNode>> folders = new HashMap<>();
  private final List<PathError> errors;

  private GitIgnores(Path top, List<IgnoreNode> repositoryWide, List<PathError> errors) {
    this.top = top;
    this.repositoryWide = repositoryWide;
    this.errors = errors;
  }

  /**
   * The rules for a walk from {@code root} (a real path): those of the git repository around it,
   * or, outside any repository, only the {@code .gitignore} files from {@code root} down. The
   * global excludes file is found through {@code environment}. Files that cannot be read are added
   * to {@code errors}.
   */
  static GitIgnores around(Path root, Map<String, String> environment, List<PathError> errors) {
    Path repository = null;
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        repository = dir;
        break;
      }
    }
    GitIgnores ignores =
        new GitIgnores(repository != null ? repository : root, new ArrayList<>(), errors);
    if (repository != null) {
      ignores.read(repository.resolve(".git/info/exclude")).ifPresent(ignores.repositoryWide::add);
      Path global = globalExcludes(environment);
      if (global != null) {
        ignores.read(global).ifPresent(ignores.repositoryWide::add);
      }
    }
    return ignores;
  }

  /** Whether git ignores {@code path}, a real path below the walk's root. */
  boolean ignored(Path path, boolean directory) {
    for (Path dir = path.getParent(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
      Optional<IgnoreNode> node = folders.computeIfAbsent(dir, d -> read(d.resolve(".gitignore")));
      if (node.isPresent()) {
        Boolean ignored = node.get().checkIgnored(relative(dir, path), directory);
        if (ignored != null) {
          return ignored;
        }
      }
    }
    for (IgnoreNode node : repositoryWide) {
      Boolean ignored = node.checkIgnored(relative(top, path), directory);
      if (ignored != null) {
        return ignored;
      }
    }
    return false;
  }

  private static String relative(Path dir, Path path) {
    return dir.relativize(path).toString().replace('\\', '/');
  }

  private Optional<IgnoreNode> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    IgnoreNode node = new IgnoreNode();
    try {
      byte[] bytes = Files.readAllBytes(file);
      // git skips a UTF-8 byte order mark, which JGit would read as part of the first pattern
      int start = hasUtf8Bom(bytes) ? 3 : 0;
      node.parse(file.toString(), new ByteArrayInputStream(bytes, start, bytes.length - start));
    } catch (IOException e) {
      errors.add(new PathError(file.toString(), "cannot read: " + IoErrors.describe(e)));
      return Optional.empty();
    }
    return node.getRules().isEmpty() ? Optional.empty() : Optional.of(node);
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  /**
   * The user's global excludes file: {@code core.excludesFile} from {@code ~/.gitconfig} when it is
   * set there plainly, else git's default {@code $XDG_CONFIG_HOME/git/ignore} or {@code
   * ~/.config/git/ignore}; null when there is none.
   */
  static Path globalExcludes(Map<String, String> env) {
    String home = env.get("HOME");
    if (home == null) {
      return null;
    }
    Path configured = configuredExcludes(Path.of(home).resolve(".gitconfig"), home);
    if (configured != null) {
      return configured;
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(home, ".config");
    Path file = base.resolve("git/ignore");
    return Files.isRegularFile(file) ? file : null;
  }

  private static Path configuredExcludes(Path gitconfig, String home) {
    List<String> lines;
    try {
      lines = Files.exists(gitconfig) ? Files.readAllLines(gitconfig) : List.of();
    } catch (IOException e) {
      return null; // git itself would complain; a walk goes on without the global excludes
    }
    boolean core = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("[")) {
        core = line.toLowerCase(Locale.ROOT).matches("\\[\\s*core\\s*\\]");
        continue;
      }
      int eq = line.indexOf('=');
      if (core && eq > 0 && line.substring(0, eq).strip().equalsIgnoreCase("excludesfile")) {
        String value = line.substring(eq + 1).strip();
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        Path file = value.startsWith("~/") ? Path.of(home, value.substring(2)) : Path.of(value);
        return Files.isRegularFile(file) ? file : null;
      }
    }
    return null;
  }
}
