package pyfix.fix.options;

import java.util.List;

/**
 * F401's options, as Ruff names them.
 *
 * @param ignoreInitModuleImports whether F401 leaves a package's {@code __init__.py} alone unless
 *     selected by a prefix, and never removes its imports (Ruff's default, true); false reports
 *     there too, with an UNSAFE removal
 * @param allowedUnusedImports modules whose imports are never reported, their submodules included
 *     ({@code hvplot} allows {@code import hvplot.pandas})
 */
public record UnusedImportOptions(
    boolean ignoreInitModuleImports, List<String> allowedUnusedImports) {
  /** Ruff's defaults. */
  public static final UnusedImportOptions DEFAULTS = new UnusedImportOptions(true, List.of());

  /** Copies the list. */
  public UnusedImportOptions {
    allowedUnusedImports = List.copyOf(allowedUnusedImports);
  }

  /** Whether an import of {@code qualifiedName} ({@code a.b.c}) is allowed to go unused. */
  public boolean allows(String qualifiedName) {
    return allowedUnusedImports.stream()
        .anyMatch(m -> qualifiedName.equals(m) || qualifiedName.startsWith(m + "."));
  }
}
