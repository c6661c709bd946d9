package pyfix.fixers.docstrings;

/** D102: reports a public method without a docstring. */
public final class UndocumentedPublicMethodFixer extends MissingDocstringRule {
  /** The rule, off by default. */
  public UndocumentedPublicMethodFixer() {
    super("D102", "undocumented-public-method", "Missing docstring in public method");
  }
}
