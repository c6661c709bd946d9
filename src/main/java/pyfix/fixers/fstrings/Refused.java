package pyfix.fixers.fstrings;

/**
 * Why a conversion cannot be written: the finding is reported without a fix, or, for a case Ruff
 * and pyupgrade do not report either ({@link #unreported}), not at all.
 */
final class Refused extends Exception {
  private final boolean reported;

  Refused(String reason) {
    this(reason, true);
  }

  private Refused(String reason, boolean reported) {
    super(reason, null, false, false);
    this.reported = reported;
  }

  /** A refusal that reports nothing: a project clean under Ruff has such code. */
  static Refused unreported(String reason) {
    return new Refused(reason, false);
  }

  /** Whether the finding is reported, without a fix. */
  boolean reported() {
    return reported;
  }
}
