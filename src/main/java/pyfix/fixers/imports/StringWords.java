package pyfix.fixers.imports;

import java.util.HashSet;
import java.util.Set;
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
  private final Set<String> words = new HashSet<>();

  /** The words of the strings and type comments that start in {@code [from, to)}. */
  private StringWords(ParsedFile file, int from, int to) {
    String text = file.text();
    for (Token t : file.tokens()) {
      if (t.start() < from || t.start() >= to) {
        continue;
      }
      if (t.kind() == TokenKind.STRING
          || t.kind() == TokenKind.FSTRING_MIDDLE
          || t.kind() == TokenKind.TSTRING_MIDDLE
          || typeComment(t, text)) {
        addWords(text, t.start(), t.end());
      }
    }
  }

  /**
   * Adds each word of {@code text[from, to)}: a letter or {@code _}, then letters, numbers and
   * {@code _} (the regular expression {@code [\p{L}_][\p{L}\p{N}_]*}, scanned by hand: docstrings
   * make this the bulk of F401's work).
   */
  private void addWords(String text, int from, int to) {
    int i = from;
    while (i < to) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c != '_' && !Character.isLetter(c)) {
        continue;
      }
      int start = i - Character.charCount(c);
      while (i < to) {
        int d = text.codePointAt(i);
        if (d != '_' && !Character.isLetter(d) && !isNumber(d)) {
          break;
        }
        i += Character.charCount(d);
      }
      words.add(Syntax.identifier(text.substring(start, i)));
    }
  }

  /** Unicode category N, as {@code \p{N}}: decimal digits, letter numbers and other numbers. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** A {@code # type: List[int]} comment, which type checkers read as an annotation. */
  private static boolean typeComment(Token t, String text) {
    if (t.kind() != TokenKind.COMMENT || text.charAt(t.start()) != '#') {
      return false;
    }
    int i = t.start() + 1;
    while (i < t.end() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i + 5 <= t.end() && text.startsWith("type:", i);
  }

  /** The words of {@code file}, computed once per text. */
  static StringWords of(ParsedFile file) {
    return file.derived(StringWords.class, f -> new StringWords(f, 0, f.text().length()));
  }

  /** Whether a string or type comment starting in {@code [from, to)} names {@code name}. */
  static boolean between(ParsedFile file, String name, int from, int to) {
    return new StringWords(file, from, to).contains(name);
  }

  /** Whether {@code name} appears as a whole identifier in some string. */
  boolean contains(String name) {
    return words.contains(name);
  }
}
