package pyfix.fix.options;

import java.util.Set;

/**
 * How isort wraps a {@code from} import that is too long (its {@code multi_line_output} and the
 * options that go with it); Ruff has one way only, the black profile's.
 *
 * @param mode isort's {@code multi_line_output}: 0 GRID, 1 VERTICAL, 2 HANGING_INDENT, 3
 *     VERTICAL_HANGING_INDENT, 4 VERTICAL_GRID, 5 VERTICAL_GRID_GROUPED, 6
 *     VERTICAL_GRID_GROUPED_NO_COMMA, 8 VERTICAL_HANGING_INDENT_BRACKET, 10
 *     HANGING_INDENT_WITH_PARENTHESES ({@link #MODES})
 * @param includeTrailingComma a comma after the last name of a wrapped import
 * @param useParentheses wrap a single long name in parentheses rather than with a backslash
 * @param indent what a continuation line starts with in modes 2 to 5
 * @param wrapLength the width wrapped lines are filled to, or 0 for the line length
 * @param forceGridWrap wrap every import of at least this many names, or 0
 * @param balancedWrapping make wrapped lines of similar length
 * @param newlineBeforeComments a blank line between an import and a comment line below it
 * @param fileIndent whether the names of an exploded import take the file's indent unit rather than
 *     {@code indent}: pyfix's default, where no isort setting asks for isort's 4 spaces
 */
public record IsortWrapping(
    int mode,
    boolean includeTrailingComma,
    boolean useParentheses,
    String indent,
    int wrapLength,
    int forceGridWrap,
    boolean balancedWrapping,
    boolean newlineBeforeComments,
    boolean fileIndent) {

  /** The modes pyfix prints; isort 5.6.4's 7 NOQA, 9 and 11 it does not. */
  public static final Set<Integer> MODES = Set.of(0, 1, 2, 3, 4, 5, 6, 8, 10);

  /** The black profile's wrapping, pyfix's default. */
  public static final IsortWrapping BLACK =
      new IsortWrapping(3, true, true, "    ", 0, 0, false, true, true);

  /** isort's wrapping without a profile. */
  public static final IsortWrapping ISORT_DEFAULT =
      new IsortWrapping(0, false, false, "    ", 0, 0, false, false, false);

  /** Checks the mode is one pyfix prints and the lengths are not negative. */
  public IsortWrapping {
    if (!MODES.contains(mode) || wrapLength < 0 || forceGridWrap < 0) {
      throw new IllegalArgumentException("unsupported wrapping: mode " + mode);
    }
  }

  /** Whether imports wrap as the black profile wraps them (magic trailing comma aside). */
  public boolean black() {
    return mode == 3
        && includeTrailingComma
        && indent.equals(BLACK.indent)
        && forceGridWrap == 0
        && !balancedWrapping;
  }
}
