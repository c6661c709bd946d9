package pyfix.fix;

/** What a rule's fixes can be, as {@code pyfix rules}, {@code explain} and SARIF show it. */
public enum FixSafety {
  /** The rule only reports; its findings never carry a fix. */
  NONE("none"),
  /** Every fix is SAFE. */
  SAFE("SAFE"),
  /** Every fix is UNSAFE. */
  UNSAFE("UNSAFE"),
  /** Each finding says whether its fix is SAFE or UNSAFE, and why. */
  PER_FINDING("SAFE/UNSAFE");

  private final String label;

  FixSafety(String label) {
    this.label = label;
  }

  /** The short form shown in tables. */
  public String label() {
    return label;
  }

  /**
   * Whether a fix with {@code applicability} is one this rule may offer; any rule with fixes may
   * show one it never applies.
   */
  public boolean allows(Applicability applicability) {
    if (applicability == Applicability.DISPLAY_ONLY) {
      return this != NONE;
    }
    return switch (this) {
      case NONE -> false;
      case SAFE -> applicability == Applicability.SAFE;
      case UNSAFE -> applicability == Applicability.UNSAFE;
      case PER_FINDING -> true;
    };
  }
}
