package pyfix.cli;

/**
 * What processing one file gave, ready to print: no source text is kept except the fixed bytes of
 * standard input.
 *
 * @param findings the report of remaining findings, one line each
 * @param diff the unified diff, for {@code diff}, in the bytes of the file's own encoding
 * @param errors error lines for standard error
 * @param stdout the fixed bytes {@code fix -} writes to standard output; null for files and errors
 * @param remaining findings left
 * @param fixable remaining findings whose fix this run could apply
 * @param hiddenUnsafe remaining findings with a fix that needs {@code --unsafe-fixes}
 * @param fixed findings fixed, or that {@code diff} would fix
 * @param changed whether the file's text changed (or would change)
 */
record Outcome(
    String findings,
    byte[] diff,
    String errors,
    byte[] stdout,
    int remaining,
    int fixable,
    int hiddenUnsafe,
    int fixed,
    boolean changed) {

  /** An outcome with only an error line. */
  static Outcome error(String line) {
    return new Outcome("", new byte[0], line + "\n", null, 0, 0, 0, 0, false);
  }

  /** Whether this file had an error. */
  boolean failed() {
    return !errors.isEmpty();
  }
}
