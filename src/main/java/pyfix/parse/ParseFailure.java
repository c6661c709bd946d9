package pyfix.parse;

/** Carries a syntax error out of ANTLR's parser and the tree walk, which cannot throw it. */
final class ParseFailure extends RuntimeException {
  final PyfixSyntaxException error;

  /** The text offset of the token the parser failed at. */
  final int offset;

  ParseFailure(PyfixSyntaxException error, int offset) {
    super(null, null, false, false);
    this.error = error;
    this.offset = offset;
  }

  /** An error at {@code token} with {@code message}, which starts with "syntax error: ". */
  static ParseFailure at(org.antlr.v4.runtime.Token token, String message) {
    int[] at =
        token instanceof ParserToken p
            ? p.errorPosition()
            : new int[] {token.getLine(), token.getCharPositionInLine() + 1};
    return new ParseFailure(
        new PyfixSyntaxException(at[0], at[1], "syntax error: " + message), token.getStartIndex());
  }
}
