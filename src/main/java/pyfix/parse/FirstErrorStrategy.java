package pyfix.parse;

import java.util.Locale;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Stops at the first syntax error instead of recovering: in the fast first pass by cancelling the
 * parse, in the second by naming the error in a short message.
 *
 * <p>One class for both passes, not ANTLR's {@code BailErrorStrategy} for the first: while only one
 * strategy class is loaded, compiled parser methods call its methods directly, and loading a second
 * one (at the first file that needs the second pass) sent every compiled parser method back to the
 * interpreter to be compiled again, 23 KB of bytecode.
 */
final class FirstErrorStrategy extends DefaultErrorStrategy {
  private final boolean bail;

  private FirstErrorStrategy(boolean bail) {
    this.bail = bail;
  }

  /** For the first pass: any error cancels the parse with a {@link ParseCancellationException}. */
  static FirstErrorStrategy cancelling() {
    return new FirstErrorStrategy(true);
  }

  /** For the second pass: the first error throws a {@link ParseFailure} that names it. */
  static FirstErrorStrategy naming() {
    return new FirstErrorStrategy(false);
  }

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    if (bail) {
      throw new ParseCancellationException(e);
    }
    Token at = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
    IntervalSet expected =
        e instanceof InputMismatchException ? e.getExpectedTokens() : IntervalSet.EMPTY_SET;
    throw failure(recognizer.getInputStream(), at, expected);
  }

  @Override
  public void recover(Parser recognizer, RecognitionException e) {
    reportError(recognizer, e);
  }

  @Override
  public Token recoverInline(Parser recognizer) {
    if (bail) {
      throw new ParseCancellationException(new InputMismatchException(recognizer));
    }
    throw failure(
        recognizer.getInputStream(), recognizer.getCurrentToken(), recognizer.getExpectedTokens());
  }

  // Errors surface at the next match or prediction instead of at loop entry.
  @Override
  public void sync(Parser recognizer) {}

  private static ParseFailure failure(TokenStream tokens, Token at, IntervalSet expected) {
    Token statement = python2Statement(tokens, at);
    if (statement != null) {
      String name = statement.getText();
      return ParseFailure.at(statement, "missing parentheses in call to '" + name + "'");
    }
    if (expected.size() == 1 && at.getType() != PythonParser.INDENT) {
      return ParseFailure.at(at, "expected " + describe(expected.getMinElement()));
    }
    return ParseFailure.at(at, "unexpected " + describe(at));
  }

  /** The `print` or `exec` starting the statement that {@code at} continues, Python 2 style. */
  private static Token python2Statement(TokenStream tokens, Token at) {
    int i = at.getTokenIndex();
    if (i < 1 || at.getType() == Token.EOF) {
      return null;
    }
    Token previous = tokens.get(i - 1);
    int before = i < 2 ? PythonParser.NEWLINE : tokens.get(i - 2).getType();
    boolean statementStart =
        before == PythonParser.NEWLINE
            || before == PythonParser.INDENT
            || before == PythonParser.DEDENT
            || before == PythonParser.SEMI;
    String name = previous.getText();
    return statementStart
            && previous.getType() == PythonParser.NAME
            && (name.equals("print") || name.equals("exec"))
            && at.getType() != PythonParser.LPAR
        ? previous
        : null;
  }

  private static String describe(Token t) {
    return switch (t.getType()) {
      case PythonParser.NEWLINE -> "end of line";
      case PythonParser.INDENT -> "indent";
      case PythonParser.DEDENT -> "dedent";
      case Token.EOF -> "end of file";
      default -> "'" + shortened(t.getText()) + "'";
    };
  }

  /** The first line of {@code text}, at most 20 characters, marked when cut. */
  private static String shortened(String text) {
    int end = Math.min(text.length(), 20);
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        end = i;
      }
    }
    return end == text.length() ? text : text.substring(0, end) + "...";
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
