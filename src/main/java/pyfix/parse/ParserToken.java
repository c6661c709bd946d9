package pyfix.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * A significant pyfix token as the parser sees it: its grammar type plus a link back to the {@link
 * pyfix.source.Token} and its index in {@link ParsedFile#tokens()}.
 */
public final class ParserToken implements Token {
  private final int type;
  private final int index;
  private final int sourceIndex;
  private final pyfix.source.Token source;
  private final String text;

  ParserToken(int type, int index, int sourceIndex, pyfix.source.Token source, String text) {
    this.type = type;
    this.index = index;
    this.sourceIndex = sourceIndex;
    this.source = source;
    this.text = text;
  }

  /** The tokenizer's token this one stands for. */
  public pyfix.source.Token source() {
    return source;
  }

  /** The index of {@link #source()} in {@link ParsedFile#tokens()}, trivia included. */
  public int sourceIndex() {
    return sourceIndex;
  }

  @Override
  public String getText() {
    return source.text(text);
  }

  @Override
  public int getType() {
    return type;
  }

  @Override
  public int getLine() {
    return source.line();
  }

  @Override
  public int getCharPositionInLine() {
    return source.column();
  }

  @Override
  public int getChannel() {
    return DEFAULT_CHANNEL;
  }

  /** The index among the significant tokens, as the parser's token stream counts them. */
  @Override
  public int getTokenIndex() {
    return index;
  }

  @Override
  public int getStartIndex() {
    return source.start();
  }

  @Override
  public int getStopIndex() {
    return source.end() - 1;
  }

  /**
   * The 1-based line and column where CPython reports an error at this token: a token at the end of
   * a file that ends with a line break stands, for CPython, at the end of its last line.
   */
  int[] errorPosition() {
    int start = source.start();
    if (start == text.length() && start > 0 && isLineBreak(text.charAt(start - 1))) {
      int lineBreak = start - (text.endsWith("\r\n") ? 2 : 1);
      int lineStart = lineBreak;
      while (lineStart > 0 && !isLineBreak(text.charAt(lineStart - 1))) {
        lineStart--;
      }
      return new int[] {source.line() - 1, lineBreak - lineStart + 1};
    }
    return new int[] {source.line(), source.column() + 1};
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  // Our tokens come from pyfix.source.Tokenizer, not from an ANTLR lexer and char stream.
  @Override
  public TokenSource getTokenSource() {
    return null;
  }

  @Override
  public CharStream getInputStream() {
    return null;
  }

  @Override
  public String toString() {
    return "["
        + PythonParser.VOCABULARY.getDisplayName(type)
        + " '"
        + getText()
        + "' "
        + getLine()
        + ":"
        + getCharPositionInLine()
        + "]";
  }
}
