package pyfix.fix.options;

import java.util.List;

/**
 * E501's options, as Ruff's {@code [lint.pycodestyle]} names them.
 *
 * @param maxLineLength the width over which E501 reports a line; null for the line length. A
 *     reported line is still wrapped to the line length, as a formatter would print it.
 * @param ignoreOverlongTaskComments whether E501 leaves alone a comment line that starts with a
 *     task tag
 * @param asFlake8 whether the project is checked with flake8 rather than Ruff, so that the checks
 *     read the file as flake8 and pycodestyle do: a line measured in characters with a tab as one
 *     (Ruff counts columns: a wide character two, a tab to the next multiple of 4), {@code # noqa}
 *     matched by flake8's pattern, and E713, E714 and E721 only where pycodestyle reports them
 * @param taskTags the task tags, Ruff's {@code lint.task-tags}: {@code TODO}, {@code FIXME} and
 *     {@code XXX} unless set
 */
public record PycodestyleOptions(
    Integer maxLineLength,
    boolean ignoreOverlongTaskComments,
    boolean asFlake8,
    List<String> taskTags) {
  /** Ruff's task tags. */
  public static final List<String> TASK_TAGS = List.of("TODO", "FIXME", "XXX");

  /** Ruff's defaults. */
  public static final PycodestyleOptions DEFAULTS =
      new PycodestyleOptions(null, false, false, TASK_TAGS);

  /** Checks the limit is positive. */
  public PycodestyleOptions {
    if (maxLineLength != null && maxLineLength < 1) {
      throw new IllegalArgumentException("max-line-length must be positive");
    }
    taskTags = List.copyOf(taskTags);
  }

  /** The width over which E501 reports a line, given the run's line length. */
  public int limit(int lineLength) {
    return maxLineLength != null ? maxLineLength : lineLength;
  }
}
