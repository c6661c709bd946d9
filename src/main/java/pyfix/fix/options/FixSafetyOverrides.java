package pyfix.fix.options;

import java.util.List;
import java.util.function.Predicate;
import pyfix.fix.Applicability;
import pyfix.fix.Selectors;

/**
 * Ruff's {@code extend-safe-fixes} and {@code extend-unsafe-fixes}: rule selectors whose UNSAFE
 * fixes count as SAFE, and whose SAFE fixes count as UNSAFE. When a rule matches both lists, the
 * more specific selector wins ({@code E711} over {@code E7} over {@code E} over {@code ALL}), and
 * on a tie the UNSAFE list, as in Ruff. And Ruff's {@code fixable} and {@code unfixable}: a rule
 * that {@code fixable} (when set) does not name, or that {@code unfixable} names at least as
 * specifically, has its fixes shown and never applied (DISPLAY_ONLY). DISPLAY_ONLY fixes never
 * change.
 *
 * @param safe selectors whose UNSAFE fixes are applied as SAFE
 * @param unsafe selectors whose SAFE fixes are applied only with unsafe fixes on
 * @param fixable selectors whose fixes may be applied; empty for every rule
 * @param unfixable selectors whose fixes are never applied
 */
public record FixSafetyOverrides(
    List<String> safe, List<String> unsafe, List<String> fixable, List<String> unfixable) {
  /** No override: every fix keeps the safety its rule gave it. */
  public static final FixSafetyOverrides NONE = new FixSafetyOverrides(List.of(), List.of());

  /** Copies the lists. */
  public FixSafetyOverrides {
    safe = List.copyOf(safe);
    unsafe = List.copyOf(unsafe);
    fixable = List.copyOf(fixable);
    unfixable = List.copyOf(unfixable);
  }

  /** Only {@code extend-safe-fixes} and {@code extend-unsafe-fixes}; every rule fixable. */
  public FixSafetyOverrides(List<String> safe, List<String> unsafe) {
    this(safe, unsafe, List.of(), List.of());
  }

  /**
   * The applicability of a fix that its rule made {@code given}, for a rule that {@code selects}
   * says a selector names.
   */
  public Applicability resolve(Applicability given, Predicate<String> selects) {
    if (given != Applicability.DISPLAY_ONLY && !fixable(selects)) {
      return Applicability.DISPLAY_ONLY;
    }
    int toSafe = specificity(safe, selects);
    int toUnsafe = specificity(unsafe, selects);
    if (given == Applicability.UNSAFE && toSafe > toUnsafe) {
      return Applicability.SAFE;
    }
    if (given == Applicability.SAFE && toUnsafe >= toSafe && toUnsafe >= 0) {
      return Applicability.UNSAFE;
    }
    return given;
  }

  /** Whether {@code fixable} and {@code unfixable} let the rule's fixes be applied. */
  public boolean fixable(Predicate<String> selects) {
    int yes = fixable.isEmpty() ? 0 : specificity(fixable, selects);
    int no = specificity(unfixable, selects);
    return yes >= 0 && no < yes; // a tie goes to unfixable, as in Ruff
  }

  /**
   * How specific the most specific selector of {@code selectors} naming the rule is: its length, 0
   * for a named selector such as {@code ALL}; -1 when none names it.
   */
  private static int specificity(List<String> selectors, Predicate<String> selects) {
    int best = -1;
    for (String s : selectors) {
      if (selects.test(s)) {
        best = Math.max(best, Selectors.NAMED.contains(s) ? 0 : s.length());
      }
    }
    return best;
  }
}
