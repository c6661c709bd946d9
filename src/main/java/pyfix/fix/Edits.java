package pyfix.fix;

import java.util.ArrayList;
import java.util.List;

/** Applies and moves sorted, non-overlapping edits. */
final class Edits {
  private Edits() {}

  /** {@code text} with {@code edits} (sorted, non-overlapping) applied. */
  static String apply(String text, List<Edit> edits) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (Edit e : edits) {
      out.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** {@code edits} moved by {@code delta} characters. */
  static List<Edit> shift(List<Edit> edits, int delta) {
    if (delta == 0) {
      return edits;
    }
    List<Edit> moved = new ArrayList<>(edits.size());
    for (Edit e : edits) {
      moved.add(new Edit(e.start() + delta, e.end() + delta, e.replacement()));
    }
    return moved;
  }

  /** How much {@code edits} lengthen the text. */
  static int growth(List<Edit> edits) {
    int growth = 0;
    for (Edit e : edits) {
      growth += e.replacement().length() - (e.end() - e.start());
    }
    return growth;
  }
}
