package pyfix.fixers.imports;

import java.util.List;

/**
 * One {@code import} or {@code from ... import} statement with its comments.
 *
 * @param module the module a {@code from} import reads (leading dots kept), null for {@code import}
 * @param above own-line comments between the previous statement of the block and this one
 * @param magicComma whether its parenthesized names end with a comma, which keeps them exploded
 */
record ImportStatement(String module, List<Alias> aliases, List<String> above, boolean magicComma) {

  /** Copies the lists. */
  ImportStatement {
    aliases = List.copyOf(aliases);
    above = List.copyOf(above);
  }

  /** Whether this is a {@code from ... import} statement. */
  boolean from() {
    return module != null;
  }
}
