package pyfix.fixers.imports;

import pyfix.fixers.common.Pragmas;

/**
 * A comment on an import statement's lines that belongs to none of its names.
 *
 * @param offset where it starts in the file, which tells two equal comments apart
 * @param trailing whether it follows the closing parenthesis on a later line than {@code from}'s:
 *     Ruff prints it after the closing parenthesis again
 */
record StatementComment(int offset, String text, boolean trailing) {

  /** Whether it holds a pragma, which must stay on every line that holds the statement's names. */
  boolean pragma() {
    return Pragmas.in(text);
  }
}
