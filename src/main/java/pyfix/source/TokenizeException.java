package pyfix.source;

import java.util.List;

/** The source cannot be split into Python tokens. */
public final class TokenizeException extends SourceException {
  /**
   * Whether CPython reports a tokenizer error or a parser error it met first in the tokens before.
   */
  public enum Precedence {
    /** A parser error before it comes first: CPython meets it only when its parser gets here. */
    DEFERRED,
    /** A parser error on its line or before comes first (a bracket still open at the end). */
    UNCLOSED,
    /** It comes first, unless the parser met an unexpected indent or dedent before it. */
    FIRST
  }

  private final transient List<Token> tokensBefore;
  private final Precedence precedence;

  /** Creates an error at 1-based {@code line} and {@code column}. */
  public TokenizeException(int line, int column, String message) {
    this(line, column, message, List.of(), Precedence.FIRST);
  }

  TokenizeException(
      int line, int column, String message, List<Token> tokensBefore, Precedence precedence) {
    super(line, column, message);
    this.tokensBefore = List.copyOf(tokensBefore);
    this.precedence = precedence;
  }

  /** The tokens before the error, closed as a whole file; empty if not known. */
  public List<Token> tokensBefore() {
    return tokensBefore;
  }

  /** How this error ranks against a parser error in {@link #tokensBefore()}. */
  public Precedence precedence() {
    return precedence;
  }
}
