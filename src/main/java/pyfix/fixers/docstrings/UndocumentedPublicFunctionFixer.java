package pyfix.fixers.docstrings;

/** D103: reports a public function without a docstring. */
public final class UndocumentedPublicFunctionFixer extends MissingDocstringRule {
  /** The rule, off by default. */
  public UndocumentedPublicFunctionFixer() {
    super("D103", "undocumented-public-function", "Missing docstring in public function");
  }
}
