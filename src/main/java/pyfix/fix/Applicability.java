package pyfix.fix;

/** Whether a fix is applied by default or only with {@code --unsafe-fixes}. */
public enum Applicability {
  /** Keeps behaviour and comments exactly; applied by {@code pyfix fix}. */
  SAFE,
  /** May change behaviour or drop a comment; applied only with {@code --unsafe-fixes}. */
  UNSAFE
}
