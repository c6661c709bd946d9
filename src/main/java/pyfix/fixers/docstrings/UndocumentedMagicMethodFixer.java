package pyfix.fixers.docstrings;

/**
 * D105: reports a public dunder method other than {@code __init__}, {@code __new__}, {@code
 * __call__} without a docstring.
 */
public final class UndocumentedMagicMethodFixer extends MissingDocstringRule {
  /** The rule, off by default. */
  public UndocumentedMagicMethodFixer() {
    super("D105", "undocumented-magic-method", "Missing docstring in magic method");
  }
}
