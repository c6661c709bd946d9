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
 * @param annotations the options of the ANN rules
 * @param docstrings the options of the D rules
 * @param unusedImports F401's options
 */
public record RuleOptions(
    IsortOptions isort,
    SizeLimits limits,
    FixSafetyOverrides fixSafety,
    NamingOptions naming,
    AnnotationOptions annotations,
    DocstringOptions docstrings,
    UnusedImportOptions unusedImports) {
  /** Every rule with its default options. */
  public static final RuleOptions DEFAULTS =
      new RuleOptions(
          IsortOptions.DEFAULTS,
          SizeLimits.DEFAULTS,
          FixSafetyOverrides.NONE,
          NamingOptions.DEFAULTS,
          AnnotationOptions.DEFAULTS,
          DocstringOptions.DEFAULTS,
          UnusedImportOptions.DEFAULTS);

  /** These options with I001's replaced by {@code isort}. */
  public RuleOptions withIsort(IsortOptions isort) {
    return new RuleOptions(
        isort, limits, fixSafety, naming, annotations, docstrings, unusedImports);
  }

  /** These options with the size limits replaced by {@code limits}. */
  public RuleOptions withLimits(SizeLimits limits) {
    return new RuleOptions(
        isort, limits, fixSafety, naming, annotations, docstrings, unusedImports);
  }

  /** These options with the fix safety overrides replaced by {@code fixSafety}. */
  public RuleOptions withFixSafety(FixSafetyOverrides fixSafety) {
    return new RuleOptions(
        isort, limits, fixSafety, naming, annotations, docstrings, unusedImports);
  }

  /** These options with the naming rules' replaced by {@code naming}. */
  public RuleOptions withNaming(NamingOptions naming) {
    return new RuleOptions(
        isort, limits, fixSafety, naming, annotations, docstrings, unusedImports);
  }

  /** These options with the ANN rules' replaced by {@code annotations}. */
  public RuleOptions withAnnotations(AnnotationOptions annotations) {
    return new RuleOptions(
        isort, limits, fixSafety, naming, annotations, docstrings, unusedImports);
  }

  /** These options with the D rules' replaced by {@code docstrings}. */
  public RuleOptions withDocstrings(DocstringOptions docstrings) {
    return new RuleOptions(
        isort, limits, fixSafety, naming, annotations, docstrings, unusedImports);
  }

  /** These options with F401's replaced by {@code unusedImports}. */
  public RuleOptions withUnusedImports(UnusedImportOptions unusedImports) {
    return new RuleOptions(
        isort, limits, fixSafety, naming, annotations, docstrings, unusedImports);
  }
}
