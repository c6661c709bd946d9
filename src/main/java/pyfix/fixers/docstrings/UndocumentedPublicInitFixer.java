package pyfix.fixers.docstrings;

/** D107: reports the {@code __init__} of a public class without a docstring. */
public final class UndocumentedPublicInitFixer extends MissingDocstringRule {
  /** The rule, off by default. */
  public UndocumentedPublicInitFixer() {
    super("D107", "undocumented-public-init", "Missing docstring in `__init__`");
  }
}
