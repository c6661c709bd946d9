package pyfix.source;

import java.util.Arrays;

/** Maps offsets in a text to 1-based lines and 0-based columns; lines end after \n, \r\n or \r. */
public final class LineMap {
  private final int[] lineStarts;
  private final int length;

  /** Indexes the line starts of {@code text}. */
  public LineMap(String text) {
    int[] starts = new int[64];
    int count = 1;
    int n = text.length();
    boolean lfOnly = text.indexOf('\r') < 0;
    // most files have no \r: jump from one \n to the next
    for (int i = nextBreak(text, 0, lfOnly); i >= 0; i = nextBreak(text, i + 1, lfOnly)) {
      char c = text.charAt(i);
      if (c == '\n' || i + 1 >= n || text.charAt(i + 1) != '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.length = n;
  }

  /** The map of a text of {@code length} chars whose lines start at {@code starts[0, count)}. */
  LineMap(int[] starts, int count, int length) {
    this.lineStarts = Arrays.copyOf(starts, count);
    this.length = length;
  }

  /**
   * The offset of the first '\n' or '\r' of {@code text} at or after {@code from}, or -1; {@code
   * lfOnly} says the text has no '\r', and the search is then one {@code indexOf}.
   */
  private static int nextBreak(String text, int from, boolean lfOnly) {
    if (lfOnly) {
      return text.indexOf('\n', from);
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** The number of lines; a text ending in a line break has an empty last line after it. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line holding {@code offset}. */
  public int line(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The 0-based column of {@code offset} in its line, in UTF-16 units. */
  public int column(int offset) {
    return offset - lineStart(line(offset));
  }

  /** Offset where 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** Offset just past the end of 1-based {@code line}, including its line break. */
  public int lineEnd(int line) {
    return line < lineStarts.length ? lineStarts[line] : length;
  }

  /**
   * Offset of the line break that ends 1-based {@code line} of {@code text}, the text this map
   * indexes: where the line's content ends; the text's end for the last line.
   */
  public int contentEnd(String text, int line) {
    if (line >= lineStarts.length) {
      return length;
    }
    int next = lineStarts[line];
    boolean crlf = text.charAt(next - 1) == '\n' && next - 2 >= 0 && text.charAt(next - 2) == '\r';
    return next - (crlf ? 2 : 1);
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + length + "]");
    }
  }
}
