package pyfix.parse;

/** Carries a syntax error out of ANTLR's parser and the tree walk, which cannot throw it. */
final class ParseFailure extends RuntimeException {
  final PyfixSyntaxException error;

  ParseFailure(PyfixSyntaxException error) {
    super(null, null, false, false);
    this.error = error;
  }

  /** An error at {@code token} with {@code message}, which starts with "syntax error: ". */
  static ParseFailure at(org.antlr.v4.runtime.Token token, String message) {
    return new ParseFailure(
        new PyfixSyntaxException(
            token.getLine(), token.getCharPositionInLine() + 1, "syntax error: " + message));
  }
}
