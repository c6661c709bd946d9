package pyfix.fix.options;

/**
 * The options of the rules that have any, one record per rule, so that a rule's options never widen
 * the run-wide {@link pyfix.fix.Settings}.
 *
 * @param isort I001's import sections
 * @param limits the limits of C901, PYF001 and PYF002
 * @param naming the naming and shadowing rules' names and aliases (N, A, ICN)
 */
public record RuleOptions(IsortOptions isort, SizeLimits limits, NamingOptions naming) {
  /** Every rule with its default options. */
  public static final RuleOptions DEFAULTS =
      new RuleOptions(IsortOptions.DEFAULTS, SizeLimits.DEFAULTS, NamingOptions.DEFAULTS);

  /** These options with I001's replaced by {@code isort}. */
  public RuleOptions withIsort(IsortOptions isort) {
    return new RuleOptions(isort, limits, naming);
  }

  /** These options with the size limits replaced by {@code limits}. */
  public RuleOptions withLimits(SizeLimits limits) {
    return new RuleOptions(isort, limits, naming);
  }

  /** These options with the naming rules' replaced by {@code naming}. */
  public RuleOptions withNaming(NamingOptions naming) {
    return new RuleOptions(isort, limits, naming);
  }
}
