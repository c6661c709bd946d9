package pyfix.fixers.docstrings;

/** D100: reports a module (not a package's {@code __init__.py}) without a docstring. */
public final class UndocumentedPublicModuleFixer extends MissingDocstringRule {
  /** The rule, off by default. */
  public UndocumentedPublicModuleFixer() {
    super("D100", "undocumented-public-module", "Missing docstring in public module");
  }
}
