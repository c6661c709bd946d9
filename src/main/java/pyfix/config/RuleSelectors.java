package pyfix.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import pyfix.fix.Selectors;

/**
 * Reads rule selectors: codes ({@code W291}), code prefixes ({@code W29}, {@code W}) or the named
 * selectors of {@link Selectors} ({@code ALL}, {@code DEFAULT}, {@code STYLE-GUIDE}).
 */
public final class RuleSelectors {
  private static final Pattern SELECTOR = Pattern.compile("[A-Z]+[0-9]*");

  private RuleSelectors() {}

  /**
   * Splits each value at commas, trims and upper-cases the parts, and drops empty ones.
   *
   * @throws IllegalArgumentException naming the first part that is not a code or prefix
   */
  public static List<String> parse(List<String> values) {
    List<String> selectors = new ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        String selector = part.strip().toUpperCase(Locale.ROOT);
        if (selector.isEmpty()) {
          continue;
        }
        if (!SELECTOR.matcher(selector).matches() && !Selectors.NAMED.contains(selector)) {
          throw new IllegalArgumentException(
              "not a rule code or prefix: '" + part.strip() + "' (expected e.g. W291, W or ALL)");
        }
        if (!selectors.contains(selector)) {
          selectors.add(selector);
        }
      }
    }
    return List.copyOf(selectors);
  }
}
