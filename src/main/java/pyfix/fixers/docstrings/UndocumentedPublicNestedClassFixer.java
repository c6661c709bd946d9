package pyfix.fixers.docstrings;

/** D106: reports a public class inside a class without a docstring. */
public final class UndocumentedPublicNestedClassFixer extends MissingDocstringRule {
  /** The rule, off by default. */
  public UndocumentedPublicNestedClassFixer() {
    super("D106", "undocumented-public-nested-class", "Missing docstring in public nested class");
  }
}
