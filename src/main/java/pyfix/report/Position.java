package pyfix.report;

import pyfix.source.LineMap;

/**
 * A place in a text as users read it: a 1-based line and a 1-based column that counts Unicode
 * characters (code points), so a line with non-BMP text points where an editor would.
 */
public record Position(int line, int column) {

  /** The position of UTF-16 {@code offset} in {@code text}, whose lines {@code lines} indexes. */
  public static Position of(String text, LineMap lines, int offset) {
    int line = lines.line(offset);
    return new Position(line, text.codePointCount(lines.lineStart(line), offset) + 1);
  }
}
