package pyfix.fixers.imports;

import java.util.List;

/**
 * One module of an {@code import} statement, or one name of a {@code from} import, with its
 * comments: own-line comments above it (inside parentheses) and comments after it on its line.
 *
 * @param asName the {@code as} name, or null
 */
record Alias(String name, String asName, List<String> above, List<String> inline) {

  /** Copies the comment lists. */
  Alias {
    above = List.copyOf(above);
    inline = List.copyOf(inline);
  }

  /** Whether it can share a {@code from} statement with other names. */
  boolean plain() {
    return asName == null && above.isEmpty() && inline.isEmpty() && !name.equals("*");
  }

  /** The source form, {@code name} or {@code name as asName}. */
  String text() {
    return asName == null ? name : name + " as " + asName;
  }
}
