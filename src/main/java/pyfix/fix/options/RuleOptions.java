package pyfix.fix.options;

/**
 * The options of the rules that have any, one record per rule, so that a rule's options never widen
 * the run-wide {@link pyfix.fix.Settings}.
 *
 * @param isort I001's import sections
 * @param limits the limits of C901, PYF001 and PYF002
 * @param annotations the options of the ANN rules
 * @param docstrings the options of the D rules
 */
public record RuleOptions(
    IsortOptions isort,
    SizeLimits limits,
    AnnotationOptions annotations,
    DocstringOptions docstrings) {
  /** Every rule with its default options. */
  public static final RuleOptions DEFAULTS =
      new RuleOptions(
          IsortOptions.DEFAULTS,
          SizeLimits.DEFAULTS,
          AnnotationOptions.DEFAULTS,
          DocstringOptions.DEFAULTS);

  /** These options with I001's replaced by {@code isort}. */
  public RuleOptions withIsort(IsortOptions isort) {
    return new RuleOptions(isort, limits, annotations, docstrings);
  }

  /** These options with the size limits replaced by {@code limits}. */
  public RuleOptions withLimits(SizeLimits limits) {
    return new RuleOptions(isort, limits, annotations, docstrings);
  }

  /** These options with the ANN rules' replaced by {@code annotations}. */
  public RuleOptions withAnnotations(AnnotationOptions annotations) {
    return new RuleOptions(isort, limits, annotations, docstrings);
  }

  /** These options with the D rules' replaced by {@code docstrings}. */
  public RuleOptions withDocstrings(DocstringOptions docstrings) {
    return new RuleOptions(isort, limits, annotations, docstrings);
  }
}
