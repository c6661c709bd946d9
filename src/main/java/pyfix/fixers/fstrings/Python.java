package pyfix.fixers.fstrings;

import pyfix.source.Keywords;

/** Small facts about Python source. */
final class Python {

  private Python() {}

  /** Whether {@code s} can be written as a name (an identifier that is no keyword). */
  static boolean isIdentifier(String s) {
    if (s.isEmpty() || Keywords.isReserved(s)) {
      return false;
    }
    char first = s.charAt(0);
    if (!(first == '_' || Character.isLetter(first))) {
      return false;
    }
    return s.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
  }
}
