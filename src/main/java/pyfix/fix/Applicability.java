package pyfix.fix;

/** Whether a fix is applied by default, only with {@code --unsafe-fixes}, or never. */
public enum Applicability {
  /** Keeps behaviour and comments exactly; applied by {@code pyfix fix}. */
  SAFE,
  /** May change behaviour or drop a comment; applied only with {@code --unsafe-fixes}. */
  UNSAFE,
  /**
   * Shown in diffs of the finding's fix, JSON and SARIF, but never applied: the only rewrite there
   * is would not do what the code does (e.g. {@code "%d" % 2.7}, whose f-string always raises).
   */
  DISPLAY_ONLY;

  /** Whether a run applies a fix of this kind, given whether it applies UNSAFE fixes. */
  public boolean applies(boolean unsafeFixes) {
    return this == SAFE || (this == UNSAFE && unsafeFixes);
  }
}
