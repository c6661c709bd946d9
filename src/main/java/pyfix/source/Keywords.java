package pyfix.source;

import java.util.Set;

/** Python's reserved words, as {@code keyword.kwlist} lists them; soft keywords are names. */
public final class Keywords {
  private static final Set<String> RESERVED =
      Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield");

  private Keywords() {}

  /** Whether {@code name} is a reserved word, the constants {@code False/None/True} included. */
  public static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }

  /**
   * Whether {@code name} is a reserved word other than {@code False}, {@code None} and {@code
   * True}, which stand where any value may.
   */
  public static boolean isStatementOrOperator(String name) {
    return RESERVED.contains(name)
        && !name.equals("False")
        && !name.equals("None")
        && !name.equals("True");
  }
}
