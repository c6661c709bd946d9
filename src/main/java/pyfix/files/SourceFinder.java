package pyfix.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Finds the Python files under the paths a user names.
 *
 * <p>Directories are walked for {@code *.py} and {@code *.pyi}, leaving out what {@link Excludes}
 * and (unless turned off) git's ignore files exclude. A path named explicitly is taken unless
 * {@link Excludes#named} excludes it. Symbolic links met while walking are taken only when they
 * point to a file inside one of the roots, so a walk never leaves the roots; each file is taken
 * once however many names reach it.
 */
public final class SourceFinder {
  private final Path workingDirectory;
  private final Excludes excludes;
  private final boolean respectGitignore;
  private final Map<String, String> environment;

  /**
   * A finder that resolves relative paths against {@code workingDirectory} and excludes nothing.
   */
  public SourceFinder(Path workingDirectory) {
    this(workingDirectory, Excludes.NONE, false, Map.of());
  }

  /**
   * A finder that resolves relative paths against {@code workingDirectory}, leaves out what {@code
   * excludes} says and, with {@code respectGitignore}, what git ignores; {@code environment}
   * ({@code HOME}, {@code XDG_CONFIG_HOME}) leads to the user's global excludes file.
   */
  public SourceFinder(
      Path workingDirectory,
      Excludes excludes,
      boolean respectGitignore,
      Map<String, String> environment) {
    this.workingDirectory = workingDirectory;
    this.excludes = excludes;
    this.respectGitignore = respectGitignore;
    this.environment = environment;
  }

  /** Which paths to leave out; each is given as a real, absolute path. */
  public interface Excludes {
    /** Excludes nothing. */
    Excludes NONE =
        new Excludes() {
          @Override
          public boolean walked(Path path) {
            return false;
          }

          @Override
          public boolean named(Path path) {
            return false;
          }
        };

    /** Whether a walk leaves out {@code path}, a file or folder below a root. */
    boolean walked(Path path);

    /** Whether {@code path}, named by the user, is left out. */
    boolean named(Path path);
  }

  /** The files under {@code roots}, sorted by path, with one error per path that cannot be read. */
  public Found find(List<String> roots) {
    return find(roots, file -> {});
  }

  /**
   * The same, telling {@code seen} of each plain file as it is found, in walk order, so that work
   * on it can start before the walk ends. A file seen may still be left out of the result (the same
   * file under an earlier name); links are not told of, as they are resolved at the end.
   */
  public Found find(List<String> roots, Consumer<SourcePath> seen) {
    TreeMap<Path, SourcePath> files = new TreeMap<>();
    TreeMap<Path, SourcePath> links = new TreeMap<>();
    List<PathError> errors = new ArrayList<>();
    List<Path> realRoots = new ArrayList<>();
    List<SourcePath> dirs = new ArrayList<>();
    Set<Path> leftovers = new HashSet<>();
    for (String root : roots) {
      try {
        Path raw = RawPaths.ofArgument(workingDirectory, root);
        Path display = displayOf(raw != null ? raw : Path.of(root));
        Path real = (raw != null ? raw : workingDirectory.resolve(root)).toRealPath();
        realRoots.add(real);
        if (excludes.named(real)) {
          continue;
        }
        if (Files.isDirectory(real)) {
          dirs.add(new SourcePath(display, real));
        } else if (Files.isRegularFile(real)) {
          add(files, new SourcePath(display, real), seen);
          TempFiles.addLeftoversOf(real, leftovers);
        } else {
          // reading a FIFO would wait forever, and writing would replace it with a file
          errors.add(new PathError(root, "not a regular file (a FIFO, socket or device)"));
        }
      } catch (IOException e) {
        errors.add(new PathError(root, IoErrors.describe(e)));
      } catch (InvalidPathException e) {
        errors.add(new PathError(root, IoErrors.UNREPRESENTABLE_NAME));
      }
    }
    for (SourcePath dir : dirs) {
      GitIgnores ignores =
          respectGitignore ? GitIgnores.around(dir.file(), environment, errors) : null;
      walk(dir, realRoots, files, links, errors, ignores, leftovers, seen);
    }
    return new Found(dedupe(files, links), errors, leftovers);
  }

  private void walk(
      SourcePath root,
      List<Path> realRoots,
      TreeMap<Path, SourcePath> files,
      TreeMap<Path, SourcePath> links,
      List<PathError> errors,
      GitIgnores ignores,
      Set<Path> leftovers,
      Consumer<SourcePath> seen) {
    try {
      Files.walkFileTree(
          root.file(),
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root.file()) && left(dir, true)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              // the suffix first: the class of temporary files starts a process handle and a
              // shutdown hook, which only runs that write need
              if ((name.endsWith(".pyfix-tmp") || name.endsWith(".pyfix-new"))
                  && TempFiles.ours(name)) {
                leftovers.add(file);
              }
              if (!isPython(name) || left(file, false)) {
                return FileVisitResult.CONTINUE;
              }
              Path display = displayOf(root, file);
              if (attrs.isRegularFile()) {
                add(files, new SourcePath(display, file), seen);
              } else if (attrs.isSymbolicLink()) {
                addLink(display, file, realRoots, links);
              }
              return FileVisitResult.CONTINUE;
            }

            private boolean left(Path path, boolean directory) {
              return excludes.walked(path) || (ignores != null && ignores.ignored(path, directory));
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              errors.add(new PathError(displayOf(root, file).toString(), IoErrors.describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(new PathError(root.display().toString(), IoErrors.describe(e)));
    }
  }

  private static void add(
      TreeMap<Path, SourcePath> files, SourcePath path, Consumer<SourcePath> seen) {
    if (files.putIfAbsent(path.display(), path) == null) {
      seen.accept(path);
    }
  }

  /**
   * The name to show for a path given on the command line: relative to the working directory when
   * it is below it, as given otherwise.
   */
  private Path displayOf(Path root) {
    Path given = root.normalize();
    Path cwd = workingDirectory.toAbsolutePath().normalize();
    if (given.isAbsolute() && given.startsWith(cwd) && !given.equals(cwd)) {
      return cwd.relativize(given);
    }
    return given;
  }

  /** The name a user knows a walked file by: the root as given, then the path below it. */
  private static Path displayOf(SourcePath root, Path file) {
    return root.display().resolve(root.file().relativize(file));
  }

  private static void addLink(
      Path display, Path link, List<Path> realRoots, TreeMap<Path, SourcePath> links) {
    try {
      Path real = link.toRealPath();
      if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
          && realRoots.stream().anyMatch(real::startsWith)) {
        links.putIfAbsent(display, new SourcePath(display, real));
      }
    } catch (IOException e) {
      // a dangling link names no file to check
    }
  }

  /**
   * Keeps one name per real file, in path order: the first plain name, else the first link, so a
   * file reached both directly and through a link is shown under its own name.
   */
  private static List<SourcePath> dedupe(
      TreeMap<Path, SourcePath> files, TreeMap<Path, SourcePath> links) {
    Set<Path> seen = new HashSet<>();
    TreeMap<Path, SourcePath> kept = new TreeMap<>();
    for (SourcePath p : files.values()) {
      if (seen.add(p.file())) {
        kept.put(p.display(), p);
      }
    }
    for (SourcePath p : links.values()) {
      if (seen.add(p.file())) {
        kept.putIfAbsent(p.display(), p);
      }
    }
    return List.copyOf(kept.values());
  }

  /** Whether a walk takes a file of this name. */
  static boolean isPython(String name) {
    return name.endsWith(".py") || name.endsWith(".pyi") || name.endsWith(".ipynb");
  }

  /** A file to process: the name to show, and its real path, to read and write. */
  public record SourcePath(Path display, Path file) {}

  /** A path that could not be walked or read, with the reason. */
  public record PathError(String path, String message) {}

  /**
   * The files found, sorted by path, the paths that failed, and the temporary files of ours seen
   * beside the files ({@link TempFiles#recover}).
   */
  public record Found(List<SourcePath> files, List<PathError> errors, Set<Path> leftovers) {
    /** Copies the collections. */
    public Found {
      files = List.copyOf(files);
      errors = List.copyOf(errors);
      leftovers = Set.copyOf(leftovers);
    }
  }
}
