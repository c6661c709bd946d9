package pyfix.fixers.linelength;

import java.util.ArrayList;
import java.util.List;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/** The logical statements of a file: index of each one's first token and of its NEWLINE. */
final class Statements {
  private final int[] first;
  private final int[] newline;

  private Statements(int[] first, int[] newline) {
    this.first = first;
    this.newline = newline;
  }

  static Statements of(List<Token> tokens) {
    List<int[]> found = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < tokens.size(); i++) {
      TokenKind kind = tokens.get(i).kind();
      if (kind == TokenKind.NEWLINE) {
        if (start >= 0) {
          found.add(new int[] {start, i});
        }
        start = -1;
      } else if (start < 0
          && !kind.isTrivia()
          && kind != TokenKind.INDENT
          && kind != TokenKind.DEDENT
          && kind != TokenKind.ENDMARKER) {
        start = i;
      }
    }
    int[] f = new int[found.size()];
    int[] n = new int[found.size()];
    for (int k = 0; k < found.size(); k++) {
      f[k] = found.get(k)[0];
      n[k] = found.get(k)[1];
    }
    return new Statements(f, n);
  }

  /** The statement holding text in {@code [start, end)}, or -1 when none does. */
  int containing(List<Token> tokens, int start, int end) {
    int lo = 0;
    int hi = first.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(first[mid]).start() < end) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || tokens.get(newline[found]).start() < start) {
      return -1;
    }
    return found;
  }

  int first(int s) {
    return first[s];
  }

  int newline(int s) {
    return newline[s];
  }
}
