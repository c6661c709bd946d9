package pyfix.fix.options;

/**
 * The limits of the size and complexity rules.
 *
 * @param maxComplexity C901's highest allowed cyclomatic complexity of a function
 * @param maxFunctionLines PYF001's most lines of code in a function's body
 * @param maxModuleLines PYF002's most lines of code in a module
 */
public record SizeLimits(int maxComplexity, int maxFunctionLines, int maxModuleLines) {
  /** Ruff's and mccabe's 10; the style guides' 50 lines per function and 300 per module. */
  public static final SizeLimits DEFAULTS = new SizeLimits(10, 50, 300);

  /** Checks every limit is positive. */
  public SizeLimits {
    if (maxComplexity < 1 || maxFunctionLines < 1 || maxModuleLines < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
