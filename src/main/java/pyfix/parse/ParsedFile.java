package pyfix.parse;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import pyfix.source.LineMap;
import pyfix.source.Stylist;
import pyfix.source.Token;
import pyfix.source.TokenIndex;
import pyfix.source.TokenizeException;
import pyfix.source.Tokenizer;

/** A source text with its tokens and parse tree; immutable once built. */
public final class ParsedFile {
  private final String text;
  private final List<Token> tokens;
  private final PythonParser.FileContext tree;
  private final LineMap lines;
  private Stylist stylist;
  private TokenIndex index;
  private final ParserTokens parserTokens;
  private final Map<Class<?>, Object> derived = new HashMap<>(4);

  private ParsedFile(
      String text, Tokenizer.Tokens tokens, PythonParser.FileContext tree, ParserTokens stream) {
    this.text = text;
    // the tokenizer hands over its list
    this.tokens = Collections.unmodifiableList(tokens.tokens());
    this.lines = tokens.lines();
    this.tree = tree;
    this.parserTokens = stream;
  }

  /** Tokenizes and parses {@code text}, accepting exactly what CPython's {@code ast.parse} does. */
  public static ParsedFile parse(String text) throws PyfixSyntaxException {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      // a file's bytes are refused when decoded; a notebook cell's or an editor's text comes here
      LineMap lines = new LineMap(text);
      throw new PyfixSyntaxException(
          lines.line(nul), lines.column(nul) + 1, "source code cannot contain null bytes");
    }
    Tokenizer.Tokens tokens;
    try {
      tokens = Tokenizer.tokenizeWithLines(text);
    } catch (TokenizeException e) {
      throw earlierParseError(text, e);
    }
    try {
      ParserTokens stream = ParserTokens.of(text, tokens.tokens());
      return new ParsedFile(text, tokens, parseTokens(stream), stream);
    } catch (ParseFailure f) {
      throw f.error;
    }
  }

  /**
   * The error CPython reports for a file whose tokenizing failed with {@code e}: {@code e}, or a
   * parser error its parser met first in the tokens before it.
   */
  private static PyfixSyntaxException earlierParseError(String text, TokenizeException e) {
    PyfixSyntaxException tokenError =
        new PyfixSyntaxException(e.line(), e.column(), e.getMessage());
    if (e.tokensBefore().isEmpty()) {
      return tokenError;
    }
    PyfixSyntaxException parseError;
    boolean atEnd = false;
    try {
      parseTokens(ParserTokens.of(text, e.tokensBefore()));
      return tokenError;
    } catch (ParseFailure f) {
      parseError = f.error;
      atEnd = f.offset >= text.length();
    } catch (PyfixSyntaxException unknownOperator) {
      parseError = unknownOperator;
    }
    boolean before =
        parseError.line() < e.line()
            || parseError.line() == e.line() && parseError.column() < e.column();
    boolean first =
        switch (e.precedence()) {
          case DEFERRED -> before;
          case UNCLOSED -> !atEnd && parseError.line() <= e.line();
          case FIRST ->
              before
                  && (parseError.getMessage().endsWith("unexpected indent")
                      || parseError.getMessage().endsWith("unexpected dedent"));
        };
    return first ? parseError : tokenError;
  }

  /**
   * Parses with SLL prediction first, which almost always suffices and is fastest; only when it
   * fails does a full-LL parse run, to tell a real error from an SLL conflict and to name it.
   */
  private static PythonParser.FileContext parseTokens(ParserTokens stream) {
    PythonParser parser = new PythonParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(FirstErrorStrategy.cancelling());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      try {
        return parser.file();
      } catch (ParseCancellationException e) {
        parser.reset();
        parser.setErrorHandler(FirstErrorStrategy.naming());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser.file();
      }
    } catch (StackOverflowError e) {
      // CPython gives up on such nesting too, with a RecursionError
      throw ParseFailure.at(parser.getCurrentToken(), "too deeply nested");
    }
  }

  /** The decoded source text. */
  public String text() {
    return text;
  }

  /** Every token, trivia included; their texts concatenate to {@link #text()}. */
  public List<Token> tokens() {
    return tokens;
  }

  /**
   * The indices in {@link #tokens()} of the comments, noted while the parser's tokens were built:
   * what reads directives (noqa, fmt: off) loops over these, not over every token. Callers must not
   * change the array.
   */
  public int[] comments() {
    return parserTokens.comments();
  }

  /**
   * The indices in {@link #tokens()} of the tokens the grammar gives type {@code type} ({@link
   * PythonParser#DEF}, {@link PythonParser#IMPORT}, …), in order: one pass over an array of types,
   * much cheaper than a look at each token or a search of the text.
   */
  public int[] tokensOfType(int type) {
    return parserTokens.indexesOf(type);
  }

  /**
   * The index in {@link #tokens()} of the token whose text holds the character at {@code offset},
   * or -1 outside the text: the tokens that are not empty tile it.
   */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The root of the parse tree; its terminals carry {@link ParserToken}s. */
  public PythonParser.FileContext tree() {
    return tree;
  }

  /** Line and column lookup for this text, found by the tokenizer. */
  public LineMap lines() {
    return lines;
  }

  /** Brackets, strings, comments and logical lines of the tokens, built on first use. */
  public TokenIndex index() {
    if (index == null) {
      index = TokenIndex.of(text, tokens);
    }
    return index;
  }

  /** The file's line break and indent unit, for text that fixes insert. */
  public Stylist stylist() {
    if (stylist == null) {
      stylist = Stylist.of(text, tokens, lines);
    }
    return stylist;
  }

  /**
   * What {@code build} derives from this text (a semantic model, an index), built on first use and
   * kept with the text, so every rule of an engine round shares one.
   */
  public <T> T derived(Class<T> type, Function<ParsedFile, T> build) {
    Object value = derived.get(type);
    if (value == null) {
      value = build.apply(this);
      derived.put(type, value);
    }
    return type.cast(value);
  }
}
