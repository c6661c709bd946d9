package pyfix.source;

/**
 * One token: its kind and the range {@code [start, end)} of its text in the decoded source, with
 * the 1-based line and 0-based column (UTF-16 units) where it starts.
 */
public record Token(TokenKind kind, int start, int end, int line, int column) {

  /** This token's text within {@code source}. */
  public String text(String source) {
    return source.substring(start, end);
  }

  /** Whether this token's text in {@code source} holds {@code s}, without copying it. */
  public boolean contains(String source, String s) {
    if (s.isEmpty()) {
      return true;
    }
    char first = s.charAt(0);
    for (int i = start; i + s.length() <= end; i++) {
      if (source.charAt(i) == first && source.startsWith(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this token's text in {@code source} equals {@code s}, without allocating. */
  public boolean is(String source, String s) {
    return end - start == s.length() && source.startsWith(s, start);
  }
}
