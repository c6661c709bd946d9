package pyfix.fixers.imports;

import java.util.List;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * The indentation Ruff gives the names of an exploded import: the file's first indented block's,
 * else the leading whitespace of the first line inside brackets that has any (a comment line
 * counts, a blank one does not), else four spaces. Ruff reads it so in {@code # fmt: off} regions
 * too, and takes an alignment with a bracket as an indent, which pyfix's own {@code Stylist} does
 * not.
 */
final class RuffIndent {
  private RuffIndent() {}

  static String of(String text, List<Token> tokens) {
    String continuation = null;
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.INDENT && t.end() > t.start()) {
        String indent = t.text(text);
        return indent.substring(indent.lastIndexOf('\f') + 1); // a form feed resets it
      }
      if (t.kind() == TokenKind.OP) {
        char c = text.charAt(t.start());
        depth += "([{".indexOf(c) >= 0 ? 1 : ")]}".indexOf(c) >= 0 ? -1 : 0;
      }
      if (continuation == null && t.kind() == TokenKind.NL && depth > 0 && i + 2 < tokens.size()) {
        Token next = tokens.get(i + 1);
        TokenKind after = tokens.get(i + 2).kind();
        if (next.kind() == TokenKind.WHITESPACE
            && after != TokenKind.NL
            && after != TokenKind.NEWLINE
            && next.end() > next.start()) {
          continuation = next.text(text);
        }
      }
    }
    return continuation != null ? continuation : "    ";
  }
}
