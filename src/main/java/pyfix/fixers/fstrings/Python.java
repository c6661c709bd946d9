package pyfix.fixers.fstrings;

import java.util.Set;

/** Small facts about Python source. */
final class Python {
  private static final Set<String> KEYWORDS =
      Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield");

  private Python() {}

  /** Whether {@code s} can be written as a name (an identifier that is no keyword). */
  static boolean isIdentifier(String s) {
    if (s.isEmpty() || KEYWORDS.contains(s)) {
      return false;
    }
    char first = s.charAt(0);
    if (!(first == '_' || Character.isLetter(first))) {
      return false;
    }
    return s.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
  }
}
