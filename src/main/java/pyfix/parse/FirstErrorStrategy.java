package pyfix.parse;

import java.util.Locale;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Stops at the first syntax error with a short message instead of recovering. */
final class FirstErrorStrategy extends DefaultErrorStrategy {

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    Token at = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
    IntervalSet expected =
        e instanceof InputMismatchException ? e.getExpectedTokens() : IntervalSet.EMPTY_SET;
    throw failure(at, expected);
  }

  @Override
  public void recover(Parser recognizer, RecognitionException e) {
    reportError(recognizer, e);
  }

  @Override
  public Token recoverInline(Parser recognizer) {
    throw failure(recognizer.getCurrentToken(), recognizer.getExpectedTokens());
  }

  // Errors surface at the next match or prediction instead of at loop entry.
  @Override
  public void sync(Parser recognizer) {}

  private static ParseFailure failure(Token at, IntervalSet expected) {
    if (expected.size() == 1 && at.getType() != PythonParser.INDENT) {
      return ParseFailure.at(at, "expected " + describe(expected.getMinElement()));
    }
    return ParseFailure.at(at, "unexpected " + describe(at));
  }

  private static String describe(Token t) {
    return switch (t.getType()) {
      case PythonParser.NEWLINE -> "end of line";
      case PythonParser.INDENT -> "indent";
      case PythonParser.DEDENT -> "dedent";
      case Token.EOF -> "end of file";
      default -> "'" + t.getText() + "'";
    };
  }

  private static String describe(int type) {
    return switch (type) {
      case Token.EOF -> "end of file";
      case PythonParser.NEWLINE -> "end of line";
      case PythonParser.INDENT -> "an indented block";
      case PythonParser.DEDENT -> "dedent";
      case PythonParser.WITH_LPAR -> "'('";
      default -> {
        String literal = PythonParser.VOCABULARY.getLiteralName(type);
        yield literal != null
            ? literal
            : "a " + PythonParser.VOCABULARY.getSymbolicName(type).toLowerCase(Locale.ROOT);
      }
    };
  }
}
