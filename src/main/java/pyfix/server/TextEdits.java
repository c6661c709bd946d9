package pyfix.server;

import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/** The edit that turns one text into another, kept as small as the common ends allow. */
final class TextEdits {
  private TextEdits() {}

  /**
   * One edit replacing what differs between {@code before} and {@code after}, or none when they are
   * equal; replacing only the middle keeps the editor's cursor and marks on the lines around it.
   */
  static List<TextEdit> between(String before, String after) {
    if (before.equals(after)) {
      return List.of();
    }
    int prefix = 0;
    int max = Math.min(before.length(), after.length());
    while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
      prefix--; // never split a surrogate pair
    }
    int suffix = 0;
    int maxSuffix = max - prefix;
    while (suffix < maxSuffix
        && before.charAt(before.length() - 1 - suffix)
            == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
      suffix--;
    }
    Positions positions = new Positions(before);
    return List.of(
        new TextEdit(
            positions.range(prefix, before.length() - suffix),
            after.substring(prefix, after.length() - suffix)));
  }
}
