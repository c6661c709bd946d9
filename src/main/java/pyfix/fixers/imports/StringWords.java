package pyfix.fixers.imports;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.parse.ParsedFile;
import pyfix.semantic.Syntax;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * The identifiers that appear inside any string or type comment of a file: string annotations,
 * {@code __all__} entries, {@code getattr(module, "name")}, doctests, {@code # type: List[int]}.
 * F401 counts them as uses, so it never removes an import that a string may name.
 */
final class StringWords {
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
  private final Set<String> words = new HashSet<>();

  private StringWords(ParsedFile file) {
    String text = file.text();
    for (Token t : file.tokens()) {
      if (t.kind() == TokenKind.STRING
          || t.kind() == TokenKind.FSTRING_MIDDLE
          || t.kind() == TokenKind.TSTRING_MIDDLE
          || typeComment(t, text)) {
        Matcher m = IDENTIFIER.matcher(text).region(t.start(), t.end());
        while (m.find()) {
          words.add(Syntax.identifier(m.group()));
        }
      }
    }
  }

  /** A {@code # type: List[int]} comment, which type checkers read as an annotation. */
  private static boolean typeComment(Token t, String text) {
    return t.kind() == TokenKind.COMMENT
        && text.substring(t.start(), t.end()).replaceFirst("^#\\s*", "").startsWith("type:");
  }

  /** The words of {@code file}, computed once per text. */
  static StringWords of(ParsedFile file) {
    return file.derived(StringWords.class, StringWords::new);
  }

  /** Whether {@code name} appears as a whole identifier in some string. */
  boolean contains(String name) {
    return words.contains(name);
  }
}
