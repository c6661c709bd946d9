package pyfix.fixers.imports;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The orders of isort's default profile: case-insensitive natural order of module names (digit runs
 * compare as numbers), deeper relative imports first, and imported names grouped as CONSTANTS, then
 * Classes, then everything else.
 */
final class SortKeys {
  /** Modules of {@code import} statements and of {@code from} imports. */
  static final Comparator<String> MODULES =
      Comparator.comparing(SortKeys::moduleKey, SortKeys::natural);

  /** Names inside a {@code from} import. */
  static final Comparator<String> NAMES =
      Comparator.comparingInt(SortKeys::nameType)
          .thenComparing(n -> n.toLowerCase(Locale.ROOT), SortKeys::natural);

  private SortKeys() {}

  private static String moduleKey(String module) {
    int dots = 0;
    while (dots < module.length() && module.charAt(dots) == '.') {
      dots++;
    }
    // "_" sorts after "." so that more leading dots come first, as in isort
    String key = dots == 0 ? module : module.substring(0, dots) + "_" + module.substring(dots);
    return key.toLowerCase(Locale.ROOT);
  }

  private static int nameType(String name) {
    if (name.length() > 1 && isUpper(name)) {
      return 0;
    }
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) ? 1 : 2;
  }

  // Python's str.isupper: at least one cased character, and no lower-case one.
  private static boolean isUpper(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      cased |= Character.isUpperCase(c);
    }
    return cased;
  }

  /** Compares as lists that alternate text and numbers, split at digit runs. */
  static int natural(String a, String b) {
    List<String> pa = parts(a);
    List<String> pb = parts(b);
    for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
      int c =
          i % 2 == 0
              ? pa.get(i).compareTo(pb.get(i))
              : new BigInteger(pa.get(i)).compareTo(new BigInteger(pb.get(i)));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.size(), pb.size());
  }

  private static List<String> parts(String s) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      if (isAsciiDigit(s.charAt(i))) {
        parts.add(s.substring(start, i));
        int j = i;
        while (j < s.length() && isAsciiDigit(s.charAt(j))) {
          j++;
        }
        parts.add(s.substring(i, j));
        start = j;
        i = j;
      } else {
        i++;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
