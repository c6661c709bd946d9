package pyfix.fix.options;

/**
 * The options of the rules that have any, one record per rule, so that a rule's options never widen
 * the run-wide {@link pyfix.fix.Settings}.
 *
 * @param isort I001's import sections
 * @param limits the limits of C901, PYF001 and PYF002
 * @param fixSafety the rules whose fixes {@code extend-safe-fixes} and {@code extend-unsafe-fixes}
 *     promote or demote
 * @param naming the naming and shadowing rules' names and aliases (N, A, ICN)
 */
public record RuleOptions(
    IsortOptions isort, SizeLimits limits, FixSafetyOverrides fixSafety, NamingOptions naming) {
  /** Every rule with its default options. */
  public static final RuleOptions DEFAULTS =
      new RuleOptions(
          IsortOptions.DEFAULTS,
          SizeLimits.DEFAULTS,
          FixSafetyOverrides.NONE,
          NamingOptions.DEFAULTS);

  /** These options with I001's replaced by {@code isort}. */
  public RuleOptions withIsort(IsortOptions isort) {
    return new RuleOptions(isort, limits, fixSafety, naming);
  }

  /** These options with the size limits replaced by {@code limits}. */
  public RuleOptions withLimits(SizeLimits limits) {
    return new RuleOptions(isort, limits, fixSafety, naming);
  }

  /** These options with the fix safety overrides replaced by {@code fixSafety}. */
  public RuleOptions withFixSafety(FixSafetyOverrides fixSafety) {
    return new RuleOptions(isort, limits, fixSafety, naming);
  }

  /** These options with the naming rules' replaced by {@code naming}. */
  public RuleOptions withNaming(NamingOptions naming) {
    return new RuleOptions(isort, limits, fixSafety, naming);
  }
}
