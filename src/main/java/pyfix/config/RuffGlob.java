package pyfix.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Ruff's globs as its globset library reads them (with {@code literal_separator} off, Ruff's
 * choice): {@code *} and {@code ?} match {@code /} too; {@code **} at the start, at the end or
 * between slashes matches any number of folders, none included; {@code [ab]}, {@code [!ab]} are
 * classes, {@code {a,b}} alternatives, and a backslash escapes the next character.
 */
final class RuffGlob {
  private static final String RECURSIVE_PREFIX = "(?:/?|.*/)";
  private static final String RECURSIVE_SUFFIX = "/.*";
  private static final String RECURSIVE_ZERO_OR_MORE = "(?:/|/.*/)";

  private RuffGlob() {}

  /**
   * The Java regex for {@code glob}, matched against a whole path with {@code /} separators.
   *
   * @throws IllegalArgumentException where globset refuses the glob
   */
  static String regex(String glob) {
    List<String> outer = new ArrayList<>(); // each token as a regex
    List<List<String>> alternatives = null; // the branches of an open {...}
    List<String> tokens = outer;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '?' -> tokens.add(".");
        case '*' -> i = star(glob, i, tokens, alternatives != null);
        case '[' -> i = charClass(glob, i, tokens);
        case '{' -> {
          if (alternatives != null) {
            throw new IllegalArgumentException("nested alternatives {...} in '" + glob + "'");
          }
          alternatives = new ArrayList<>();
          tokens = new ArrayList<>();
          alternatives.add(tokens);
        }
        case '}' -> {
          if (alternatives == null) {
            throw new IllegalArgumentException("'}' without '{' in '" + glob + "'");
          }
          List<String> branches = new ArrayList<>();
          for (List<String> branch : alternatives) {
            if (!branch.isEmpty()) {
              branches.add(String.join("", branch));
            }
          }
          if (!branches.isEmpty()) {
            outer.add("(?:" + String.join("|", branches) + ")");
          }
          alternatives = null;
          tokens = outer;
        }
        case ',' -> {
          if (alternatives == null) {
            tokens.add(literal(c));
          } else {
            tokens = new ArrayList<>();
            alternatives.add(tokens);
          }
        }
        case '\\' -> {
          if (i + 1 == glob.length()) {
            throw new IllegalArgumentException("a '\\' ends '" + glob + "'");
          }
          tokens.add(literal(glob.charAt(++i)));
        }
        default -> tokens.add(literal(c));
      }
    }
    if (alternatives != null) {
      throw new IllegalArgumentException("'{' without '}' in '" + glob + "'");
    }
    // a glob that is only `**` matches everything
    return "(?s)" + (outer.equals(List.of(RECURSIVE_PREFIX)) ? ".*" : String.join("", outer));
  }

  /** Reads the star at {@code i} (and a second one after it); returns the last index read. */
  private static int star(String glob, int i, List<String> tokens, boolean inAlternatives) {
    if (i + 1 == glob.length() || glob.charAt(i + 1) != '*') {
      tokens.add(".*");
      return i;
    }
    char before = i == 0 ? 0 : glob.charAt(i - 1);
    int last = i + 1;
    Character after = last + 1 < glob.length() ? glob.charAt(last + 1) : null;
    if (tokens.isEmpty()) {
      if (after == null || after == '/') {
        tokens.add(RECURSIVE_PREFIX);
        return after == null ? last : last + 1;
      }
      tokens.add(".*");
      return last;
    }
    if (before != '/' && !(inAlternatives && (before == ',' || before == '{'))) {
      tokens.add(".*"); // `a**` is two stars, as in globset
      return last;
    }
    boolean suffix = after == null || inAlternatives && (after == ',' || after == '}');
    if (!suffix && after != '/') {
      tokens.add(".*");
      return last;
    }
    // `/**` takes the place of the slash before it
    String previous = tokens.remove(tokens.size() - 1);
    if (previous.equals(RECURSIVE_PREFIX) || previous.equals(RECURSIVE_SUFFIX)) {
      tokens.add(previous);
    } else {
      tokens.add(suffix ? RECURSIVE_SUFFIX : RECURSIVE_ZERO_OR_MORE);
    }
    return suffix ? last : last + 1;
  }

  /** Reads the class {@code [...]} that starts at {@code i}; returns the index of its {@code ]}. */
  private static int charClass(String glob, int i, List<String> tokens) {
    StringBuilder re = new StringBuilder("[");
    int j = i + 1;
    if (j < glob.length() && (glob.charAt(j) == '!' || glob.charAt(j) == '^')) {
      re.append('^');
      j++;
    }
    List<char[]> ranges = new ArrayList<>();
    boolean first = true;
    boolean inRange = false;
    for (; ; j++) {
      if (j == glob.length()) {
        throw new IllegalArgumentException("'[' without ']' in '" + glob + "'");
      }
      char c = glob.charAt(j);
      if (c == ']' && !first) {
        break;
      }
      if (c == '-' && !first && !inRange) {
        inRange = true;
      } else if (inRange) {
        char[] range = ranges.get(ranges.size() - 1);
        if (c < range[0]) {
          throw new IllegalArgumentException("range " + range[0] + "-" + c + " in '" + glob + "'");
        }
        range[1] = c;
        inRange = false;
      } else {
        ranges.add(new char[] {c, c});
      }
      first = false;
    }
    if (inRange) {
      ranges.add(new char[] {'-', '-'}); // a `-` before the `]` is itself
    }
    for (char[] range : ranges) {
      re.append(literal(range[0]));
      if (range[1] != range[0]) {
        re.append('-').append(literal(range[1]));
      }
    }
    tokens.add(re.append(']').toString());
    return j;
  }

  /** {@code c} as a regex that matches only it; {@code /} stays bare, as {@link #star} reads it. */
  private static String literal(char c) {
    return Character.isLetterOrDigit(c) || c == '/' || c > 127 ? String.valueOf(c) : "\\" + c;
  }
}
