package pyfix.parse;

/**
 * Python features that only some target versions have: the one table every rule that writes
 * version-dependent code consults, and the one {@link TargetSyntax} finds in a parsed file.
 */
public enum Feature {
  /** {@code with (a as b, c as d):} (officially 3.10; CPython's parser accepts it from 3.9). */
  PARENTHESIZED_CONTEXT_MANAGERS(PythonVersion.PY39, "parenthesized context managers"),
  /** {@code X | None} evaluated at run time in annotations (PEP 604); not syntax. */
  UNION_TYPE_OPERATOR(PythonVersion.PY310, "`X | Y` union types"),
  /** {@code match} statements (PEP 634). */
  MATCH_STATEMENT(PythonVersion.PY310, "the match statement"),
  /**
   * {@code typing.Optional[x]} and other typing forms take any value, callable or not (bpo-46644).
   */
  TYPE_ARGUMENTS_UNCHECKED(PythonVersion.PY311, "typing forms taking any value"),
  /** {@code except* E:} (PEP 654). */
  EXCEPT_STAR(PythonVersion.PY311, "except*"),
  /** {@code a[*b]} in a subscript (PEP 646). */
  STARRED_SUBSCRIPT(PythonVersion.PY311, "a starred subscript"),
  /** Quotes reused, backslashes and comments in f-string fields (PEP 701). */
  PEP701_FSTRINGS(PythonVersion.PY312, "a PEP 701 f-string"),
  /** {@code def f[T]()}, {@code class C[T]} (PEP 695). */
  TYPE_PARAMETERS(PythonVersion.PY312, "type parameters"),
  /** {@code type X = ...} (PEP 695). */
  TYPE_ALIAS_STATEMENT(PythonVersion.PY312, "the type statement"),
  /** {@code def f[T = int]()} (PEP 696). */
  TYPE_PARAMETER_DEFAULTS(PythonVersion.PY313, "a type parameter default"),
  /** {@code except A, B:} without parentheses (PEP 758). */
  UNPARENTHESIZED_EXCEPT(PythonVersion.PY314, "several exceptions without parentheses"),
  /** {@code t"..."} template strings (PEP 750). */
  TEMPLATE_STRINGS(PythonVersion.PY314, "a t-string");

  private final PythonVersion since;
  private final String description;

  Feature(PythonVersion since, String description) {
    this.since = since;
    this.description = description;
  }

  /** The first version that has the feature. */
  public PythonVersion since() {
    return since;
  }

  /** What the feature is, for messages: "the match statement". */
  public String description() {
    return description;
  }

  /** Whether code for {@code target} may use the feature. */
  public boolean availableIn(PythonVersion target) {
    return target.atLeast(since);
  }
}
