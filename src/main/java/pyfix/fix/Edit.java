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
}
