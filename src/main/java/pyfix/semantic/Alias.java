package pyfix.semantic;

/**
 * One name of an import: {@code name as asname}; {@code asname} is null without {@code as}.
 *
 * @param name the module ({@code import a.b}) or member ({@code from m import name}) imported
 * @param asname the name after {@code as}, or null
 * @param start offset of the imported name
 * @param end offset after the alias
 */
public record Alias(String name, String asname, int start, int end) {
  /** The name the import binds: the alias, or for {@code import a.b} the top package {@code a}. */
  public String boundName() {
    if (asname != null) {
      return asname;
    }
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
