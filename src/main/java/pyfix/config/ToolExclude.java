package pyfix.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The excludes of other tools, each matched as that tool matches it: Black's regexes against the
 * path from the project root with a leading {@code /} (and a trailing one for folders), isort's
 * {@code skip} names against every part of the path, its {@code skip_glob} with {@code fnmatch}.
 */
final class ToolExclude {
  private ToolExclude() {}

  /** A Black {@code exclude}, {@code extend-exclude} or {@code force-exclude} regex. */
  static PathExclude blackRegex(String regex) {
    // Black reads a regex with line breaks as verbose; Python's named groups differ from Java's
    String java = (regex.contains("\n") ? "(?x)" : "") + regex.replace("(?P<", "(?<");
    Pattern pattern;
    try {
      pattern = Pattern.compile(java);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("not a regex pyfix can read: " + e.getDescription(), e);
    }
    return new PathExclude() {
      @Override
      public boolean matches(Path root, Path path) {
        String relative = relative(root, path);
        if (relative == null) {
          return false;
        }
        String slashed = "/" + relative + (Files.isDirectory(path) ? "/" : "");
        return pattern.matcher(slashed).find();
      }

      @Override
      public String pattern() {
        return regex;
      }
    };
  }

  /** An isort {@code skip} or {@code extend_skip} entry: a file or folder name, or a path. */
  static PathExclude isortSkip(String skip) {
    String entry = skip.strip().replace('\\', '/');
    return new PathExclude() {
      @Override
      public boolean matches(Path root, Path path) {
        String relative = relative(root, path);
        if (relative == null) {
          return false;
        }
        if (relative.equals(entry) || root.resolve(entry).normalize().equals(path)) {
          return true;
        }
        Path name = path.getFileName();
        return name != null && name.toString().equals(entry);
      }

      @Override
      public String pattern() {
        return skip;
      }
    };
  }

  /** An isort {@code skip_glob} entry, matched as Python's {@code fnmatch} does. */
  static PathExclude isortGlob(String glob) {
    Pattern pattern = Pattern.compile(fnmatch(glob.strip()));
    return new PathExclude() {
      @Override
      public boolean matches(Path root, Path path) {
        String relative = relative(root, path);
        return relative != null
            && (pattern.matcher(relative).matches() || pattern.matcher("/" + relative).matches());
      }

      @Override
      public String pattern() {
        return glob;
      }
    };
  }

  /** Python's {@code fnmatch.translate}: {@code *} and {@code ?} also match {@code /}. */
  static String fnmatch(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
        int end = glob.indexOf(']', i + 2);
        String inner = glob.substring(i + 1, end).replace("\\", "\\\\");
        re.append('[').append(inner.startsWith("!") ? "^" + inner.substring(1) : inner).append(']');
        i = end;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return "(?s)" + re;
  }

  /** {@code path} relative to {@code root} with {@code /} separators, or null outside it. */
  private static String relative(Path root, Path path) {
    if (!path.startsWith(root) || path.equals(root)) {
      return null;
    }
    return root.relativize(path).toString().replace('\\', '/');
  }
}
