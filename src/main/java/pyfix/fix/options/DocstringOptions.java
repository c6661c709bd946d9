package pyfix.fix.options;

import java.util.List;

/**
 * The options of the D rules, as Ruff's {@code [lint.pydocstyle]} names them.
 *
 * @param convention {@code convention}: the docstring style whose rules run and whose sections D417
 *     reads; null for none, which runs every rule and reads either style
 * @param ignoreDecorators {@code ignore-decorators}: qualified names of decorators whose functions
 *     the D rules skip
 */
public record DocstringOptions(Convention convention, List<String> ignoreDecorators) {
  /** Ruff's defaults: no convention, no decorator ignored. */
  public static final DocstringOptions DEFAULTS = new DocstringOptions(null, List.of());

  /** A docstring convention, as pydocstyle names them. */
  public enum Convention {
    /** Google style: {@code Args:} sections. */
    GOOGLE("google"),
    /** NumPy style: underlined {@code Parameters} sections; no D107 or D417. */
    NUMPY("numpy"),
    /** PEP 257: no sections, so no D417. */
    PEP257("pep257");

    private final String id;

    Convention(String id) {
      this.id = id;
    }

    /** The name as settings write it. */
    public String id() {
      return id;
    }
  }

  /** Copies the list. */
  public DocstringOptions {
    ignoreDecorators = List.copyOf(ignoreDecorators);
  }
}
