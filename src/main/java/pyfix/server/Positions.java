package pyfix.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import pyfix.source.LineMap;

/**
 * Converts between offsets into a text and LSP positions: 0-based lines and UTF-16 code units in
 * the line, the encoding the server negotiates, which is also how Java strings count.
 */
final class Positions {
  private final String text;
  private final LineMap lines;

  Positions(String text) {
    this.text = text;
    this.lines = new LineMap(text);
  }

  /** Whether {@code range} is one: both ends given, no line or character negative. */
  static boolean valid(Range range) {
    return range != null && valid(range.getStart()) && valid(range.getEnd());
  }

  private static boolean valid(Position p) {
    return p != null && p.getLine() >= 0 && p.getCharacter() >= 0;
  }

  /** {@code range}; a request whose range is not {@link #valid} is answered InvalidParams. */
  static Range requireValid(Range range) {
    if (!valid(range)) {
      throw new ResponseErrorException(
          new ResponseError(
              ResponseErrorCode.InvalidParams,
              "a range needs a start and an end, with no line or character below 0",
              null));
    }
    return range;
  }

  /** The position of {@code offset}. */
  Position position(int offset) {
    int line = lines.line(offset);
    return new Position(line - 1, offset - lines.lineStart(line));
  }

  /** The range {@code [start, end)}. */
  Range range(int start, int end) {
    return new Range(position(start), position(end));
  }

  /**
   * The offset of {@code position}; a line past the end gives the end of the text and a character
   * past the end of its line the line's end, as the protocol asks.
   */
  int offset(Position position) {
    int line = position.getLine() + 1;
    if (line > lines.lineCount()) {
      return text.length();
    }
    int start = lines.lineStart(line);
    int end = lines.lineEnd(line);
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return Math.min(start + Math.max(0, position.getCharacter()), end);
  }
}
