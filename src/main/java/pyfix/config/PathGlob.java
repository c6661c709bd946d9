package pyfix.config;

import java.io.File;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A glob from {@code exclude} or {@code per-file-ignores}. Without a {@code /} it matches a file or
 * folder name anywhere ({@code __pycache__}, {@code *_pb2.py}); with one, a path relative to the
 * project root ({@code tests/**}, {@code src/gen/*.py}), where {@code **}{@code /} also matches no
 * folder at all, as in {@code .gitignore}.
 */
public final class PathGlob implements PathExclude {
  private final String pattern;
  private final boolean anchored;
  private final PathMatcher matcher;

  /**
   * The name an unanchored glob without wildcards matches ({@code .git}, {@code venv}), compared as
   * a string: most default excludes are such names, and every path found is checked against them.
   */
  private final String literal;

  /** Whether the glob matches the paths its pattern does not: Ruff's {@code !} patterns. */
  private final boolean negated;

  private PathGlob(
      String pattern, boolean anchored, PathMatcher matcher, String literal, boolean negated) {
    this.pattern = pattern;
    this.anchored = anchored;
    this.matcher = matcher;
    this.literal = literal;
    this.negated = negated;
  }

  /**
   * Compiles {@code pattern}.
   *
   * @throws IllegalArgumentException when it is not a valid glob
   */
  static PathGlob of(String pattern) {
    String p = normalized(pattern);
    boolean anchored = p.contains("/");
    String glob = anchored ? noFolderToo(p) : p;
    try {
      // Windows' globs ignore case, so only Unix compares names as strings
      boolean literal =
          !anchored
              && File.separatorChar == '/'
              && glob.chars().noneMatch(c -> "*?[]{}\\".indexOf(c) >= 0);
      return new PathGlob(
          pattern,
          anchored,
          FileSystems.getDefault().getPathMatcher("glob:" + glob),
          literal ? glob : null,
          false);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid glob: '" + pattern + "' (" + e.getDescription() + ")", e);
    }
  }

  /**
   * {@code p} with each {@code /**}{@code /} outside braces matching a single {@code /} too, and a
   * leading {@code **}{@code /} nothing too: the JDK's {@code **} needs a folder where gitignore's
   * {@code **}{@code /} allows none, and its groups cannot nest, so those inside braces stay.
   */
  private static String noFolderToo(String p) {
    StringBuilder glob = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        glob.append(c).append(p.charAt(++i));
        continue;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0 && i == 0 && p.startsWith("**/")) {
        glob.append("{,**/}");
        i += 2;
      } else if (depth == 0 && p.startsWith("/**/", i)) {
        glob.append("{/,/**/}");
        i += 3;
      } else {
        glob.append(c);
      }
    }
    return glob.toString();
  }

  /** {@code pattern} without spaces around it, a leading {@code ./} or a trailing {@code /}. */
  private static String normalized(String pattern) {
    String p = pattern.strip();
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.isEmpty()) {
      throw new IllegalArgumentException("an empty glob matches nothing");
    }
    return p;
  }

  /**
   * Compiles {@code pattern} as Ruff reads its {@code exclude}: a glob of {@link RuffGlob}'s, where
   * {@code *} matches {@code /} too (the glob {@code *}{@code /migrations/*} covers {@code
   * a/b/migrations/m.py}).
   *
   * @throws IllegalArgumentException when it is not a valid glob
   */
  static PathGlob ruff(String pattern) {
    String p = normalized(pattern);
    boolean absolute = isAbsolute(p);
    Pattern regex;
    try {
      regex = Pattern.compile(RuffGlob.regex(p));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid glob: '" + pattern + "' (" + e.getDescription() + ")", e);
    }
    // a relative glob is matched against the path from the root only, never the absolute one
    PathMatcher matcher =
        path ->
            path.isAbsolute() == absolute
                && regex.matcher(path.toString().replace(File.separatorChar, '/')).matches();
    boolean literal =
        !p.contains("/")
            && File.separatorChar == '/'
            && p.chars().noneMatch(c -> "*?[]{}\\".indexOf(c) >= 0);
    return new PathGlob(pattern, p.contains("/"), matcher, literal ? p : null, false);
  }

  /** Whether {@code glob} starts at the top of the file system ({@code /x}, {@code C:/x}). */
  static boolean isAbsolute(String glob) {
    return glob.startsWith("/")
        || glob.length() > 2 && glob.charAt(1) == ':' && glob.charAt(2) == '/';
  }

  /**
   * Compiles {@code pattern} as flake8's per-file-ignores read it, where {@code *} matches {@code
   * /} too ({@code tests/*} covers {@code tests/a/b.py}): as {@code **}.
   */
  static PathGlob crossingFolders(String pattern) {
    PathGlob glob = of(pattern.strip().replaceAll("(?<!\\*)\\*(?!\\*)", "**"));
    return new PathGlob(pattern, glob.anchored, glob.matcher, glob.literal, false);
  }

  /**
   * Compiles {@code pattern} as Ruff reads its per-file-ignores: as {@link #ruff}, and with a
   * leading {@code !} matching every path the rest does not ({@code "!src/**.py" = ["D"]} turns D
   * off outside {@code src}).
   */
  static PathGlob ruffPerFile(String pattern) {
    String p = pattern.strip();
    if (!p.startsWith("!")) {
      return ruff(p);
    }
    PathGlob glob = ruff(p.substring(1));
    return new PathGlob(pattern, glob.anchored, glob.matcher, null, true);
  }

  /** The name this glob matches anywhere when it is a plain name, else null. */
  String literal() {
    return literal;
  }

  /** The glob as written. */
  @Override
  public String pattern() {
    return pattern;
  }

  /** Whether {@code path} (absolute) matches, with anchored globs relative to {@code root}. */
  @Override
  public boolean matches(Path root, Path path) {
    return negated != matchesPattern(root, path);
  }

  private boolean matchesPattern(Path root, Path path) {
    if (!anchored) {
      Path name = path.getFileName();
      if (literal != null) {
        return name != null && name.toString().equals(literal);
      }
      return name != null && matcher.matches(name);
    }
    if (path.isAbsolute() && matcher.matches(path)) {
      return true;
    }
    return path.startsWith(root) && !path.equals(root) && matcher.matches(root.relativize(path));
  }

  @Override
  public String toString() {
    return pattern;
  }
}
