package pyfix.fix;

/**
 * A fix the engine tried and took back because its output failed verification; the file keeps the
 * other fixes and the finding stays reported. A warning, not an error: nothing was lost.
 *
 * @param code the rule whose fix was dropped
 * @param line the 1-based line of its finding, in the text of the round that tried it
 * @param column the 1-based column of its finding there
 * @param reason what verification found, e.g. "fix produced invalid code"
 * @param cell in a notebook's joined cells, the 0-based ordinal of the cell (then {@code line} is
 *     the cell's own line); 0 in any other text
 */
public record DroppedFix(String code, int line, int column, String reason, int cell) {

  /** A dropped fix of a text that is not a notebook's. */
  public DroppedFix(String code, int line, int column, String reason) {
    this(code, line, column, reason, 0);
  }

  @Override
  public String toString() {
    return code + ": " + reason + " at " + line + ":" + column + " (dropped)";
  }
}
