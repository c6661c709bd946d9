package pyfix.fixers.docstrings;

/** D101: reports a public module-level class without a docstring. */
public final class UndocumentedPublicClassFixer extends MissingDocstringRule {
  /** The rule, off by default. */
  public UndocumentedPublicClassFixer() {
    super("D101", "undocumented-public-class", "Missing docstring in public class");
  }
}
