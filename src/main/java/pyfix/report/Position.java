package pyfix.report;

import pyfix.source.LineMap;

/**
 * A place in a text as users read it: a 1-based line and a 1-based column that counts Unicode
 * characters (code points), so a line with non-BMP text points where an editor would; {@code
 * utf8Column} counts UTF-8 bytes instead, as reviewdog's format does.
 */
public record Position(int line, int column, int utf8Column) {

  /** A position in a line of ASCII text, where both columns agree. */
  public Position(int line, int column) {
    this(line, column, column);
  }

  /** The position of UTF-16 {@code offset} in {@code text}, whose lines {@code lines} indexes. */
  public static Position of(String text, LineMap lines, int offset) {
    int line = lines.line(offset);
    int start = lines.lineStart(line);
    int bytes = 0;
    for (int i = start; i < offset; i++) {
      char c = text.charAt(i);
      // a surrogate pair is 4 bytes, 2 per half
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return new Position(line, text.codePointCount(start, offset) + 1, bytes + 1);
  }

  /**
   * The position of 1-based {@code line} and {@code utf16Column} (UTF-16 units, as the parser and
   * tokenizer count) in {@code text}; a place past the line's end keeps its distance from the end.
   */
  public static Position at(String text, int line, int utf16Column) {
    LineMap lines = new LineMap(text);
    if (line < 1 || line > lines.lineCount()) {
      return new Position(line, utf16Column);
    }
    int end = lines.contentEnd(text, line);
    int offset = Math.min(lines.lineStart(line) + Math.max(0, utf16Column - 1), end);
    int beyond = Math.max(0, utf16Column - 1 - (offset - lines.lineStart(line)));
    Position p = of(text, lines, offset);
    return new Position(line, p.column() + beyond, p.utf8Column() + beyond);
  }
}
