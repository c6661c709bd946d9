package pyfix.fix;

import java.util.Optional;

/**
 * One place that breaks a rule: the rule's code, its message, the range {@code [start, end)} it
 * covers in the text it was found in, the fix, if the fixer can offer one, and the fix's title.
 *
 * @param message what is wrong, the same for every finding of the rule up to the names it quotes
 * @param fixTitle what this case's fix does and why it is SAFE, UNSAFE or display-only, or why no
 *     fix is offered; empty when there is nothing to add to the message
 */
public record Finding(
    String code, String message, int start, int end, Optional<Fix> fix, String fixTitle) {

  /** Checks the range is well formed. */
  public Finding {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad finding range [" + start + ", " + end + ")");
    }
  }

  /** A finding with a fix. */
  public static Finding fixable(String code, String message, int start, int end, Fix fix) {
    return new Finding(code, message, start, end, Optional.of(fix), "");
  }

  /** A finding reported without a fix. */
  public static Finding reportOnly(String code, String message, int start, int end) {
    return new Finding(code, message, start, end, Optional.empty(), "");
  }

  /** This finding with {@code title} as its fix title. */
  public Finding withFixTitle(String title) {
    return new Finding(code, message, start, end, fix, title);
  }

  /**
   * This finding, and its fix, {@code delta} characters further on: in the text of one notebook
   * cell instead of the notebook's joined text, say.
   */
  public Finding shifted(int delta) {
    Optional<Fix> moved = fix.map(f -> new Fix(f.applicability(), Edits.shift(f.edits(), delta)));
    return new Finding(code, message, start + delta, end + delta, moved, fixTitle);
  }

  /** This finding without its fix, the fix title kept. */
  public Finding withoutFix() {
    return new Finding(code, message, start, end, Optional.empty(), fixTitle);
  }

  /** The message followed by the fix title in parentheses, as text reports print it. */
  public String describe() {
    return fixTitle.isEmpty() ? message : message + " (" + fixTitle + ")";
  }
}
