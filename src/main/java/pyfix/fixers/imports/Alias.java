package pyfix.fixers.imports;

import java.util.List;

/**
 * One module of an {@code import} statement, or one name of a {@code from} import, with its
 * comments.
 *
 * @param asName the {@code as} name, or null
 * @param above own-line comments above it inside parentheses
 * @param inline comments after it on its own line inside parentheses
 * @param after own-line comments between it and the closing parenthesis (Ruff style only: isort
 *     gives them to the statement)
 * @param statement comments of the statement it came from, which go on the first line of whatever
 *     statement holds it
 * @param alone whether it was the only name of a {@code from} import without parentheses, whose
 *     comments isort keeps with that name on a statement of its own
 */
record Alias(
    String name,
    String asName,
    List<String> above,
    List<String> inline,
    List<String> after,
    List<StatementComment> statement,
    boolean alone) {

  /** Copies the comment lists. */
  Alias {
    above = List.copyOf(above);
    inline = List.copyOf(inline);
    after = List.copyOf(after);
    statement = List.copyOf(statement);
  }

  /** Whether it can share a {@code from} statement with other names. */
  boolean plain() {
    return asName == null && above.isEmpty() && !carriesComment() && !name.equals("*");
  }

  /** Whether a comment on its line keeps it on a statement of its own, as isort keeps it. */
  boolean carriesComment() {
    return !inline.isEmpty() || !after.isEmpty() || alone && !statement.isEmpty();
  }

  /** The pragma comments of its statement, which every statement holding it must repeat. */
  List<String> pragmas() {
    return statement.stream().filter(StatementComment::pragma).map(StatementComment::text).toList();
  }

  /** The source form, {@code name} or {@code name as asName}. */
  String text() {
    return asName == null ? name : name + " as " + asName;
  }
}
