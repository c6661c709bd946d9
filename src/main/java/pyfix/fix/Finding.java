package pyfix.fix;

import java.util.Optional;

/**
 * One place that breaks a rule: the rule's code, a message, the range {@code [start, end)} it
 * covers in the text it was found in, and the fix, if the fixer can offer one.
 */
public record Finding(String code, String message, int start, int end, Optional<Fix> fix) {

  /** Checks the range is well formed. */
  public Finding {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad finding range [" + start + ", " + end + ")");
    }
  }

  /** A finding with a fix. */
  public static Finding fixable(String code, String message, int start, int end, Fix fix) {
    return new Finding(code, message, start, end, Optional.of(fix));
  }

  /** A finding reported without a fix. */
  public static Finding reportOnly(String code, String message, int start, int end) {
    return new Finding(code, message, start, end, Optional.empty());
  }
}
