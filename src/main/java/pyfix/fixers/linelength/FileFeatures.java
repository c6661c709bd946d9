package pyfix.fixers.linelength;

import java.util.List;
import java.util.function.BooleanSupplier;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * What Black infers about a file's Python versions from the syntax it uses: a trailing comma after
 * {@code *args} or {@code **kwargs} needs Python 3.6, so Black adds one only to files that already
 * use a 3.6+ feature.
 */
final class FileFeatures {
  private FileFeatures() {}

  /**
   * Whether the file uses f-strings, underscores in numbers, {@code :=} or future annotations: a
   * scan of every token, made the first time it is asked.
   */
  static BooleanSupplier allowsTrailingCommaAfterVarargs(String text, List<Token> tokens) {
    return new BooleanSupplier() {
      private Boolean answer;

      @Override
      public boolean getAsBoolean() {
        if (answer == null) {
          answer = usesPython36(text, tokens);
        }
        return answer;
      }
    };
  }

  private static boolean usesPython36(String text, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case FSTRING_START, TSTRING_START -> {
          return true;
        }
        case NUMBER -> {
          for (int k = t.start(); k < t.end(); k++) {
            if (text.charAt(k) == '_') {
              return true;
            }
          }
        }
        case OP -> {
          if (t.is(text, ":=")) {
            return true;
          }
        }
        case NAME -> {
          if (t.is(text, "__future__") && futureAnnotations(text, tokens, i)) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  private static boolean futureAnnotations(String text, List<Token> tokens, int i) {
    for (int k = i + 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() == TokenKind.NEWLINE) {
        return false;
      }
      if (t.kind() == TokenKind.NAME && t.is(text, "annotations")) {
        return true;
      }
    }
    return false;
  }
}
