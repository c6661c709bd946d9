package pyfix.source;

/** Kinds of tokens, as CPython's {@code tokenize} names them, plus explicit whitespace trivia. */
public enum TokenKind {
  NAME,
  NUMBER,
  STRING,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  TSTRING_START,
  TSTRING_MIDDLE,
  TSTRING_END,
  OP,
  COMMENT,
  /** End of a logical line: the newline text, or empty at the end of a file without one. */
  NEWLINE,
  /** A line break that does not end a logical line (blank line, comment line, inside brackets). */
  NL,
  /** The indentation text of a line that opens a block. */
  INDENT,
  /** Zero-width: a block closes before the token that follows. */
  DEDENT,
  /** Spaces, tabs and form feeds between tokens, and leading whitespace of a line. */
  WHITESPACE,
  /** A backslash and the line break after it. */
  CONTINUATION,
  /** Zero-width end of input. */
  ENDMARKER;

  /** Whether the parser ignores tokens of this kind. */
  public boolean isTrivia() {
    return this == COMMENT || this == NL || this == WHITESPACE || this == CONTINUATION;
  }
}
