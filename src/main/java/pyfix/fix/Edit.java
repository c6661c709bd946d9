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

  /** An insertion of {@code text} at {@code offset}. */
  public static Edit insert(int offset, String text) {
    return new Edit(offset, offset, text);
  }

  /** A deletion of {@code [start, end)}. */
  public static Edit delete(int start, int end) {
    return new Edit(start, end, "");
  }
}
