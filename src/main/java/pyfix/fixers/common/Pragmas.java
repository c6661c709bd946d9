package pyfix.fixers.common;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comments other tools read as instructions for the line they sit on: {@code # noqa}, {@code #
 * type:}, {@code # pyright:}, {@code # pylint:}, {@code # mypy:}, {@code # nosec}, {@code #
 * isort:}, {@code # fmt:}, {@code # pyfix:}, {@code # ty:}, {@code # ruff:}, {@code # flake8:},
 * {@code # pytype:}, {@code # pyre-} and {@code # pyrefly:}. A fix never moves one off that line,
 * never merges it into another comment, and keeps its own {@code #}. One list, so that every fixer
 * agrees on it.
 */
public final class Pragmas {
  // after "#" or after the "#" of an earlier comment in the same comment token
  private static final Pattern PRAGMA =
      Pattern.compile(
          "#\\s*(noqa\\b|type:|pyright:|pylint:|mypy:|nosec\\b|isort:|fmt:|pyfix:|ty:|ruff:"
              + "|flake8:|pytype:|pyre-|pyrefly:)",
          Pattern.CASE_INSENSITIVE);

  // what Ruff leaves out of a line's width: "# noqa…" (any case), "# nosec…", or one of these names
  // before the comment's first ':'
  private static final Set<String> WIDTHLESS_NAMES =
      Set.of("isort", "type", "pyright", "pylint", "flake8", "ruff", "ty", "pyrefly");

  private Pragmas() {}

  /**
   * Whether Ruff leaves {@code comment}, a whole comment, out of its line's width (E501 when the
   * code before it fits, I001 when it decides whether an import fits on one line): it starts with a
   * pragma, or holds one after a later {@code #} ({@code # the reason # noqa: TID251}).
   */
  public static boolean leftOutOfWidth(String comment) {
    if (startsWithWidthless(comment)) {
      return true;
    }
    String[] parts = comment.substring(1).split("#", -1);
    for (int i = 1; i < parts.length; i++) {
      if (startsWithWidthless("#" + parts[i].strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithWidthless(String comment) {
    String body = comment.substring(1).stripLeading();
    int colon = body.indexOf(':');
    return body.regionMatches(true, 0, "noqa", 0, 4)
        || body.startsWith("nosec")
        || colon > 0 && WIDTHLESS_NAMES.contains(body.substring(0, colon));
  }

  /** Whether {@code comment}, a comment token's text, holds a pragma anywhere. */
  public static boolean in(String comment) {
    return PRAGMA.matcher(comment).find();
  }
}
