package pyfix.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A significant pyfix token as the parser sees it: its grammar type plus a link back to the {@link
 * pyfix.source.Token} and its index in {@link ParsedFile#tokens()}. It is also its own leaf of the
 * parse tree ({@link PythonParser#createTerminalNode}): a token is a leaf of one tree only, and a
 * separate leaf object for each of a file's tokens was a twentieth of a check's garbage.
 */
public final class ParserToken implements Token, TerminalNode {
  private final int type;
  private final int index;
  private final int sourceIndex;
  private final pyfix.source.Token source;
  private final String text;
  private RuleContext parent;

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

  /** Whether this token's text is {@code s}, without copying the text as {@link #getText} does. */
  public boolean is(String s) {
    return source.is(text, s);
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

  @Override
  public Token getSymbol() {
    return this;
  }

  @Override
  public RuleContext getParent() {
    return parent;
  }

  @Override
  public void setParent(RuleContext parent) {
    this.parent = parent;
  }

  @Override
  public ParseTree getChild(int i) {
    return null;
  }

  @Override
  public int getChildCount() {
    return 0;
  }

  @Override
  public Object getPayload() {
    return this;
  }

  @Override
  public Interval getSourceInterval() {
    return Interval.of(index, index);
  }

  @Override
  public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
    return visitor.visitTerminal(this);
  }

  @Override
  public String toStringTree(Parser parser) {
    return toStringTree();
  }

  @Override
  public String toStringTree() {
    return type == EOF ? "<EOF>" : getText();
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

  /** The token's text, as ANTLR's leaves print themselves ({@code <EOF>} at the end). */
  @Override
  public String toString() {
    return toStringTree();
  }
}
