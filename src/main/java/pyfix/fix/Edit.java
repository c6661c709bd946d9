package pyfix.fix;

/** Replaces the text in {@code [start, end)} (UTF-16 offsets into the current text). */
public record Edit(int start, int end, String replacement) {

  /** Checks the range is well formed. */
  public Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
    }
    if (replacement == null) {
      throw new IllegalArgumentException("replacement is null");
    }
  }

  // equals and hashCode written out: a record's own build method handles on first use, and
  // every fixing run compares its fixes (start-up time)
  @Override
  public boolean equals(Object o) {
    return o instanceof Edit e
        && start == e.start
        && end == e.end
        && replacement.equals(e.replacement);
  }

  @Override
  public int hashCode() {
    return (start * 31 + end) * 31 + replacement.hashCode();
  }

  /** An insertion of {@code text} at {@code offset}. */
  public static Edit insert(int offset, String text) {
    return new Edit(offset, offset, text);
  }

  /** A deletion of {@code [start, end)}. */
  public static Edit delete(int start, int end) {
    return new Edit(start, end, "");
  }

  /**
   * The replacement of {@code [start, end)} in {@code text} by {@code replacement}, with a space
   * added on a side where a name, keyword or number would otherwise run into the next: deleting
   * {@code (True) == } from {@code if(True) == x} leaves {@code if x}, not {@code ifx}.
   */
  public static Edit apart(String text, int start, int end, String replacement) {
    boolean wordBefore = start > 0 && isWord(text.charAt(start - 1));
    boolean wordAfter = end < text.length() && isWord(text.charAt(end));
    if (replacement.isEmpty()) {
      return new Edit(start, end, wordBefore && wordAfter ? " " : "");
    }
    String left = wordBefore && isWord(replacement.charAt(0)) ? " " : "";
    String right = wordAfter && isWord(replacement.charAt(replacement.length() - 1)) ? " " : "";
    return new Edit(start, end, left + replacement + right);
  }

  private static boolean isWord(char c) {
    return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }
}
