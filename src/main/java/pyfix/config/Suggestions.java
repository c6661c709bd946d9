package pyfix.config;

import java.util.Collection;
import java.util.Locale;

/** Finds the valid name a misspelt one most likely meant. */
final class Suggestions {
  private Suggestions() {}

  /** The name in {@code valid} closest to {@code typed}, or null when none is close. */
  static String closest(String typed, Collection<String> valid) {
    String t = normalize(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String v : valid) {
      int d = distance(t, normalize(v));
      if (d < bestDistance) {
        best = v;
        bestDistance = d;
      }
    }
    // a third of the name may be wrong, but at least two edits are always allowed
    return bestDistance <= Math.max(2, t.length() / 3) ? best : null;
  }

  /** Lower case with {@code _} as {@code -}, so {@code line_length} is no edit from the key. */
  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Optimal string alignment distance: edits, where swapping two neighbours counts once. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
