package pyfix.fixers.imports;

/** The sections an import block is grouped into, in output order. */
enum Section {
  FUTURE("future"),
  STANDARD_LIBRARY("standard library"),
  THIRD_PARTY("third party"),
  FIRST_PARTY("first party"),
  LOCAL("local");

  private final String label;

  Section(String label) {
    this.label = label;
  }

  /** How {@code pyfix check --explain-import} names this section. */
  String label() {
    return label;
  }
}
