package pyfix.fixers.docstrings;

/** D104: reports a package's {@code __init__.py} without a docstring. */
public final class UndocumentedPublicPackageFixer extends MissingDocstringRule {
  /** The rule, off by default. */
  public UndocumentedPublicPackageFixer() {
    super("D104", "undocumented-public-package", "Missing docstring in public package");
  }
}
