package pyfix.fixers.linelength;

import java.util.ArrayList;
import java.util.List;

/** Finds the lines wider than the limit with one cheap pass over the text. */
final class LongLines {
  private LongLines() {}

  private static int overflow(String text, int start, int end, int limit) {
    int column = 0;
    for (int k = start; k < end; k++) {
      column = Width.advance(column, String.valueOf(text.charAt(k)));
      if (column > limit) {
        return k;
      }
    }
    return start;
  }

  /**
   * {start, end (before the line break), width} of each line wider than {@code limit}; start is
   * where the text passes the limit, as Ruff reports it.
   */
  static List<int[]> find(String text, int limit) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    boolean lfOnly = text.indexOf('\r') < 0;
    int start = 0;
    while (true) {
      int end = lfOnly ? text.indexOf('\n', start) : lineEnd(text, start);
      end = end < 0 ? n : end;
      int length = end - start;
      // a tab or a wide character can make a line up to 4 times its length in columns
      if (length * 4 > limit && (length > limit || special(text, start, end))) {
        int width = Width.of(text.substring(start, end));
        if (width > limit) {
          out.add(new int[] {overflow(text, start, end, limit), end, width});
        }
      }
      if (end >= n) {
        return out;
      }
      boolean crlf = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
    }
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static boolean special(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\t' || c >= 0x1100) {
        return true;
      }
    }
    return false;
  }
}
