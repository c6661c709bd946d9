package pyfix.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Unified diffs that {@code git apply} and {@code patch -p1} accept.
 *
 * <p>Lines are split after {@code \n} only and keep their line break, as those tools read them: a
 * CRLF line carries its {@code \r}, and a last line without a line break is followed by {@code \ No
 * newline at end of file}.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after} for {@code path}, or "" when they are equal. */
  public static String between(String path, String before, String after) {
    return diff(header("a/" + path), header("b/" + path), before, after);
  }

  /**
   * The diff of cell {@code cell} of notebook {@code path}, headed {@code a/path:cell N}, or "". It
   * is for people to read: no tool applies it to the notebook's JSON.
   */
  public static String ofCell(String path, int cell, String before, String after) {
    return diff("a/" + path + ":cell " + cell, "b/" + path + ":cell " + cell, before, after);
  }

  private static String diff(String from, String to, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(from).append('\n');
    out.append("+++ ").append(to).append('\n');
    int i = 0;
    while (i < deltas.size()) {
      int j = i;
      // deltas closer than twice the context share one hunk, as GNU diff joins them
      while (j + 1 < deltas.size()
          && deltas.get(j + 1).getSource().getPosition() - sourceEnd(deltas.get(j))
              <= 2 * CONTEXT) {
        j++;
      }
      appendHunk(out, a, deltas.subList(i, j + 1));
      i = j + 1;
    }
    return out.toString();
  }

  /**
   * A file name as {@code git apply} and GNU patch read it: C-quoted when it holds a quote, a
   * backslash or a control character, and ended by a tab when it holds a space (as git writes it).
   */
  static String header(String name) {
    boolean quote = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      quote |= c == '"' || c == '\\' || c < 0x20 || c == 0x7f;
    }
    if (quote) {
      StringBuilder q = new StringBuilder("\"");
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        switch (c) {
          case '"' -> q.append("\\\"");
          case '\\' -> q.append("\\\\");
          case '\t' -> q.append("\\t");
          case '\n' -> q.append("\\n");
          case '\r' -> q.append("\\r");
          default -> {
            if (c < 0x20 || c == 0x7f) {
              q.append(String.format("\\%03o", (int) c));
            } else {
              q.append(c);
            }
          }
        }
      }
      return q.append('"').toString();
    }
    return name.indexOf(' ') >= 0 ? name + "\t" : name;
  }

  private static void appendHunk(
      StringBuilder out, List<String> a, List<AbstractDelta<String>> group) {
    AbstractDelta<String> first = group.get(0);
    AbstractDelta<String> last = group.get(group.size() - 1);
    int start = Math.max(0, first.getSource().getPosition() - CONTEXT);
    int end = Math.min(a.size(), sourceEnd(last) + CONTEXT);
    // the target side starts where the source side does, shifted by the earlier deltas
    int targetStart = start + first.getTarget().getPosition() - first.getSource().getPosition();
    StringBuilder body = new StringBuilder();
    int sourceCount = 0;
    int targetCount = 0;
    int pos = start;
    for (AbstractDelta<String> delta : group) {
      for (; pos < delta.getSource().getPosition(); pos++) {
        appendLine(body, ' ', a.get(pos));
        sourceCount++;
        targetCount++;
      }
      for (String line : delta.getSource().getLines()) {
        appendLine(body, '-', line);
        sourceCount++;
      }
      for (String line : delta.getTarget().getLines()) {
        appendLine(body, '+', line);
        targetCount++;
      }
      pos = sourceEnd(delta);
    }
    for (; pos < end; pos++) {
      appendLine(body, ' ', a.get(pos));
      sourceCount++;
      targetCount++;
    }
    out.append("@@ -")
        .append(range(start, sourceCount))
        .append(" +")
        .append(range(targetStart, targetCount))
        .append(" @@\n")
        .append(body);
  }

  private static int sourceEnd(AbstractDelta<String> delta) {
    return delta.getSource().getPosition() + delta.getSource().size();
  }

  /** A hunk range: 1-based start and count; an empty range names the line before it. */
  private static String range(int start, int count) {
    if (count == 1) {
      return Integer.toString(start + 1);
    }
    return (count == 0 ? start : start + 1) + "," + count;
  }

  private static void appendLine(StringBuilder out, char prefix, String line) {
    out.append(prefix).append(line);
    if (!line.endsWith("\n")) {
      out.append('\n').append(NO_NEWLINE);
    }
  }

  /** Splits after each {@code \n}, keeping it; the last line may lack one. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }
}
