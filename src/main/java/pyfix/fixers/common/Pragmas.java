package pyfix.fixers.common;

import java.util.regex.Pattern;

/**
 * The comments other tools read as instructions for the line they sit on: {@code # noqa}, {@code #
 * type:}, {@code # pyright:}, {@code # pylint:}, {@code # mypy:}, {@code # nosec}, {@code #
 * isort:}, {@code # fmt:}, {@code # pyfix:}, {@code # ty:}, {@code # ruff:}, {@code # flake8:},
 * {@code # pytype:} and {@code # pyre-}. A fix never moves one off that line, never merges it into
 * another comment, and keeps its own {@code #}. One list, so that every fixer agrees on it.
 */
public final class Pragmas {
  // after "#" or after the "#" of an earlier comment in the same comment token
  private static final Pattern PRAGMA =
      Pattern.compile(
          "#\\s*(noqa\\b|type:|pyright:|pylint:|mypy:|nosec\\b|isort:|fmt:|pyfix:|ty:|ruff:"
              + "|flake8:|pytype:|pyre-)",
          Pattern.CASE_INSENSITIVE);

  private Pragmas() {}

  /** Whether {@code comment}, a comment token's text, holds a pragma anywhere. */
  public static boolean in(String comment) {
    return PRAGMA.matcher(comment).find();
  }
}
