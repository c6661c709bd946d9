package pyfix.fix;

import java.util.List;

/**
 * The named rule selectors, which {@code select}, {@code extend-select} and {@code ignore} take
 * besides code prefixes; {@link RuleMetadata#selectedBy} says which rules each names.
 */
public final class Selectors {
  /** Every stable rule, on by default or not (as Ruff's {@code ALL}). */
  public static final String ALL = "ALL";

  /** The rules on by default: what an empty {@code select} runs. */
  public static final String DEFAULT = "DEFAULT";

  /**
   * The default rules plus the style guides' review checks: naming, annotations, docstrings, size
   * and complexity, builtins shadowed, import aliases, blocking calls in async code, secrets and
   * SQL strings, {@code print}, blind {@code except}, exception chaining.
   */
  public static final String STYLE_GUIDE = "STYLE-GUIDE";

  /** Every named selector. */
  public static final List<String> NAMED = List.of(ALL, DEFAULT, STYLE_GUIDE);

  /** The code prefixes {@link #STYLE_GUIDE} adds to the default rules. */
  public static final List<String> STYLE_GUIDE_PREFIXES =
      List.of(
          "N8", "ANN", "D1", "D2", "D3", "D4", "A0", "ICN", "C90", "PYF", "ASYNC", "S1", "S6",
          "T20", "BLE", "B904", "RUF013", "SIM105");

  private Selectors() {}

  /** Whether {@code code} is one of the style guides' review checks. */
  static boolean inStyleGuide(String code) {
    return STYLE_GUIDE_PREFIXES.stream().anyMatch(code::startsWith);
  }
}
