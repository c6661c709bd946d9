package pyfix.fix.options;

/** Whose import sorting I001 reproduces: isort's or Ruff's (their outputs differ in small ways). */
public enum ImportStyle {
  ISORT("isort"),
  RUFF("ruff");

  private final String id;

  ImportStyle(String id) {
    this.id = id;
  }

  /** The style as written in {@code import-style}. */
  public String id() {
    return id;
  }
}
