package pyfix.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comment line that separates two cells when pyfix checks a notebook's code cells as one text,
 * as Ruff does, so that a name one cell binds counts as used by the cells after it. It is a {@code
 * # pyfix:} pragma, so no fix moves imports or comments across it; the rules that care where a cell
 * ends (E703, I001) look for it, and the engine keeps fixes off it.
 */
public final class CellSeparator {
  /** The separator line, without its line break. */
  public static final String LINE = "# pyfix: cell-boundary";

  /**
   * The function a masked IPython line calls ({@code pyfix.files.MaskedCell}); a cell pyfix leaves
   * alone stands in as one line of such a call.
   */
  public static final String PLACEHOLDER_NAME = "__pyfix_ipython_escape__";

  private CellSeparator() {}

  /** {@code cells}, each ending with a line break, joined by separator lines. */
  public static String join(List<String> cells) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        joined.append(LINE).append('\n');
      }
      joined.append(cells.get(i));
    }
    return joined.toString();
  }

  /**
   * The {@code cells} texts of {@code joined}, a text {@link #join} made or a fixed version of one;
   * empty when it does not hold {@code cells - 1} separator lines.
   */
  public static Optional<List<String>> split(String joined, int cells) {
    List<Integer> at = find(joined);
    if (at.size() != cells - 1) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int s : at) {
      out.add(joined.substring(start, s));
      start = s + LINE.length() + 1;
    }
    out.add(joined.substring(start));
    return Optional.of(out);
  }

  /** Where each separator line of {@code text} starts, in order. */
  public static List<Integer> find(String text) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(LINE); i >= 0; i = text.indexOf(LINE, i + 1)) {
      if (startsAt(text, i)) {
        at.add(i);
      }
    }
    return at;
  }

  /** Whether a separator line, with its line break, starts at {@code at} of {@code text}. */
  public static boolean startsAt(String text, int at) {
    int end = at + LINE.length();
    // a cell may end with any line break, an old Mac one ('\r') too
    return (at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r')
        && text.startsWith(LINE, at)
        && end < text.length()
        && text.charAt(end) == '\n';
  }

  /**
   * Whether a cell of {@code text}, a text {@link #join} made, starts at {@code at} and is one
   * placeholder line: the stand-in for a cell pyfix never writes back (or a cell of one IPython
   * line), where no new code belongs.
   */
  public static boolean standInAt(String text, int at) {
    int before = at - LINE.length() - 1;
    boolean cellStart = at == 0 || before >= 0 && startsAt(text, before);
    if (!cellStart || !text.startsWith(PLACEHOLDER_NAME + "(", at)) {
      return false;
    }
    int next = text.indexOf('\n', at) + 1;
    return next == 0 || next == text.length() || startsAt(text, next);
  }

  /** Where the first separator line at or after {@code from} starts, or the text's length. */
  public static int next(String text, int from) {
    for (int i = text.indexOf(LINE, from); i >= 0; i = text.indexOf(LINE, i + 1)) {
      if (startsAt(text, i)) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Whether replacing {@code [start, end)} of {@code text} with {@code replacement} touches a
   * separator line: changes any of it (an insertion right before or after one does not), or writes
   * a new one.
   */
  public static boolean touchedBy(String text, int start, int end, String replacement) {
    if (replacement.contains(LINE)) {
      return true;
    }
    // the first separator that could reach start: one starting earlier ends before it
    int s = next(text, Math.max(0, start - LINE.length()));
    if (s == text.length()) {
      return false;
    }
    int lineEnd = s + LINE.length() + 1;
    return start == end ? s < start && start < lineEnd : start < lineEnd && end > s;
  }
}
