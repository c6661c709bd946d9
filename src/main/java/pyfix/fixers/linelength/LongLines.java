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
    int start = 0;
    boolean special = false;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        int length = i - start;
        if (length > limit || (special && length * 4 > limit)) {
          int width = Width.of(text.substring(start, i));
          if (width > limit) {
            out.add(new int[] {overflow(text, start, i, limit), i, width});
          }
        }
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
        special = false;
      } else if (c == '\t' || c >= 0x1100) {
        special = true;
      }
    }
    return out;
  }
}
