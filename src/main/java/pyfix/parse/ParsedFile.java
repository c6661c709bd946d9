package pyfix.parse;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.source.LineMap;
import pyfix.source.Stylist;
import pyfix.source.Token;
import pyfix.source.TokenizeException;
import pyfix.source.Tokenizer;

/** A source text with its tokens and parse tree; immutable once built. */
public final class ParsedFile {
  private final String text;
  private final List<Token> tokens;
  private final ParserRuleContext tree;
  private LineMap lines;
  private Stylist stylist;

  ParsedFile(String text, List<Token> tokens, ParserRuleContext tree) {
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.tree = tree;
  }

  /**
   * Tokenizes and parses {@code text}.
   *
   * <p>Bridge for the engine branch until the grammar branch lands (it only tokenizes, with no
   * tree); on merge, take the grammar branch's version.
   */
  public static ParsedFile parse(String text) throws PyfixSyntaxException {
    try {
      return new ParsedFile(text, Tokenizer.tokenize(text), null);
    } catch (TokenizeException e) {
      throw new PyfixSyntaxException(e.line(), e.column(), e.getMessage());
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

  /** The root of the parse tree. */
  public ParserRuleContext tree() {
    return tree;
  }

  /** Line and column lookup for this text, built on first use. */
  public LineMap lines() {
    if (lines == null) {
      lines = new LineMap(text);
    }
    return lines;
  }

  /** The file's line break and indent unit, for text that fixes insert. */
  public Stylist stylist() {
    if (stylist == null) {
      stylist = Stylist.of(text, tokens);
    }
    return stylist;
  }
}
