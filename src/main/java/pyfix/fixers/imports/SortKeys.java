package pyfix.fixers.imports;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.SorterOptions;

/**
 * The orders isort and Ruff sort by: case-insensitive natural order of module names (digit runs
 * compare as numbers, as each tool reads them), deeper relative imports first, and imported names
 * grouped as CONSTANTS, then Classes, then everything else; each of these as the sorter options
 * say.
 */
final class SortKeys {
  /**
   * {@link #natural} as a comparator, one object for every use: the JVM's class-data archive keeps
   * one class per method reference for the first place that makes it (start-up time).
   */
  static final Comparator<String> NATURAL = SortKeys::natural;

  /** {@link #ruffNatural} as a comparator, made once as {@link #NATURAL} is. */
  static final Comparator<String> RUFF_NATURAL = SortKeys::ruffNatural;

  /** A module's plain import before its {@code as} imports, which keep the order they came in. */
  private static final Comparator<Alias> PLAIN_FIRST =
      Comparator.comparing(a -> a.asName() != null);

  /** A name's plain import before its {@code as} imports, these in natural order. */
  private static final Comparator<Alias> PLAIN_FIRST_THEN_AS_NAME =
      PLAIN_FIRST.thenComparing(a -> a.asName() == null ? "" : a.asName(), NATURAL);

  private static final SortKeys DEFAULTS = new SortKeys(SorterOptions.DEFAULTS);

  /** Modules of {@code import} statements and of {@code from} imports, by default. */
  static final Comparator<String> MODULES = DEFAULTS.modules;

  /** Names inside a {@code from} import, by default. */
  static final Comparator<String> NAMES = DEFAULTS.names;

  /** Module names in the order of {@code options}. */
  final Comparator<String> modules;

  /** Imported names in the order of {@code options}. */
  final Comparator<String> names;

  SortKeys(SorterOptions o) {
    boolean ruff = o.style() == ImportStyle.RUFF;
    Comparator<String> natural = ruff ? RUFF_NATURAL : NATURAL;
    // isort matches force_to_top against its sort key (lower case unless case_sensitive), Ruff
    // against the module name itself, without a relative import's dots; only isort applies it to
    // imported names too
    Comparator<String> byText =
        Comparator.comparing(
                (String m) ->
                    !o.forceToTop()
                        .contains(
                            ruff
                                ? m.substring(leadingDots(m))
                                : moduleKey(m, o.closestRelativeFirst(), o.caseSensitive())))
            .thenComparing(
                (String m) -> o.lengthSort() ? m.length() : 0, Comparator.naturalOrder());
    // Ruff then compares the text itself; isort's sort is stable, so what its key does not tell
    // apart (`pbag` and `PBag` without case sensitivity) keeps its order, and isort accepts either
    Comparator<String> module =
        byText.thenComparing(
            m -> moduleKey(m, o.closestRelativeFirst(), o.caseSensitive()), natural);
    this.modules = ruff ? module.thenComparing(m -> m, natural) : module;
    Comparator<String> byType =
        Comparator.comparing(
                (String n) ->
                    ruff
                        || !o.forceToTop()
                            .contains(o.caseSensitive() ? n : n.toLowerCase(Locale.ROOT)))
            .thenComparingInt(
                (String n) -> o.orderByType() && !o.alphabeticalNames() ? nameType(n) : 0)
            .thenComparingInt(n -> o.lengthSort() ? n.length() : 0);
    Comparator<String> name =
        byType.thenComparing(n -> o.caseSensitive() ? n : n.toLowerCase(Locale.ROOT), natural);
    this.names = ruff ? name.thenComparing(n -> n, natural) : name;
  }

  /**
   * The modules of {@code import} statements in isort's order: by module, a module's {@code as}
   * imports after its plain one in the order they came in (isort does not sort them).
   */
  List<Alias> isortStraight(List<Alias> aliases) {
    return isortOrder(aliases, modules, PLAIN_FIRST);
  }

  /** The names of a module's {@code from} imports in isort's order. */
  List<Alias> isortNames(List<Alias> aliases) {
    return isortOrder(aliases, names, PLAIN_FIRST_THEN_AS_NAME);
  }

  /**
   * Each name once by {@code key}, where isort's stable sort keeps names its key does not tell
   * apart ({@code Path} and {@code path} without order by type) in the order they first came in;
   * then that name's imports by {@code sameName}.
   */
  private static List<Alias> isortOrder(
      List<Alias> aliases, Comparator<String> key, Comparator<Alias> sameName) {
    Map<String, List<Alias>> byName = new LinkedHashMap<>();
    for (Alias a : aliases) {
      byName.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a);
    }
    List<String> sortedNames = new ArrayList<>(byName.keySet());
    sortedNames.sort(key);
    List<Alias> out = new ArrayList<>();
    for (String name : sortedNames) {
      List<Alias> same = byName.get(name);
      same.sort(sameName);
      out.addAll(same);
    }
    return out;
  }

  private static String moduleKey(String module, boolean closestFirst, boolean caseSensitive) {
    int dots = leadingDots(module);
    // "_" sorts after "." so that more leading dots come first, as in isort; " " before it
    String sep = closestFirst ? " " : "_";
    String key = dots == 0 ? module : module.substring(0, dots) + sep + module.substring(dots);
    return caseSensitive ? key : key.toLowerCase(Locale.ROOT);
  }

  private static int leadingDots(String module) {
    int dots = 0;
    while (dots < module.length() && module.charAt(dots) == '.') {
      dots++;
    }
    return dots;
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

  /**
   * Ruff's natural order (that of the natord crate): character by character, except that where both
   * have a digit run the runs compare as numbers, or digit by digit when either starts with 0
   * ({@code x001 < x01 < x1}); so {@code .} sorts before a digit ({@code a.b < a1}), where {@link
   * #natural} puts {@code a1} first. (natord skips whitespace, which no module or name holds.)
   */
  static int ruffNatural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (isAsciiDigit(ca) && isAsciiDigit(cb)) {
        String da = a.substring(i, digitsEnd(a, i));
        String db = b.substring(j, digitsEnd(b, j));
        boolean leadingZero = ca == '0' || cb == '0';
        int c =
            leadingZero || da.length() == db.length()
                ? da.compareTo(db)
                : Integer.compare(da.length(), db.length());
        if (c != 0) {
          return c;
        }
        i += da.length();
        j += db.length();
      } else if (ca != cb) {
        return Integer.compare(ca, cb);
      } else {
        i += Character.charCount(ca);
        j += Character.charCount(cb);
      }
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isAsciiDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static List<String> parts(String s) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      if (isAsciiDigit(s.charAt(i))) {
        parts.add(s.substring(start, i));
        int j = digitsEnd(s, i);
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

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
