package pyfix.fixers.imports;

/** The sections an import block is grouped into, in output order. */
enum Section {
  FUTURE("future", "future"),
  STANDARD_LIBRARY("standard library", "standard-library"),
  THIRD_PARTY("third party", "third-party"),
  FIRST_PARTY("first party", "first-party"),
  LOCAL("local", "local-folder");

  private final String label;
  private final String id;

  Section(String label, String id) {
    this.label = label;
    this.id = id;
  }

  /** How {@code explain-import} names the section with {@code id}, one of the project's own too. */
  static String labelOf(String id) {
    for (Section s : values()) {
      if (s.id.equals(id)) {
        return s.label;
      }
    }
    return id;
  }

  /** The section as Ruff's {@code section-order} names it. */
  String id() {
    return id;
  }
}
