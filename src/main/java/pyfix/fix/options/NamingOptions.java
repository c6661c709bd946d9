package pyfix.fix.options;

import java.util.List;
import java.util.Map;

/**
 * The options of the naming and shadowing rules, named as Ruff's plugin settings are.
 *
 * @param ignoreNames pep8-naming's {@code ignore-names} (with {@code extend-ignore-names}): glob
 *     patterns of names no N rule reports
 * @param builtinsIgnorelist flake8-builtins' {@code builtins-ignorelist}: builtins A001 and A002
 *     let a name shadow
 * @param importAliases flake8-import-conventions' {@code aliases} (with {@code extend-aliases}):
 *     module to the alias ICN001 expects
 */
public record NamingOptions(
    List<String> ignoreNames, List<String> builtinsIgnorelist, Map<String, String> importAliases) {

  /** Ruff 0.17's defaults: unittest's names, no ignored builtin, the scientific stack's aliases. */
  public static final NamingOptions DEFAULTS =
      new NamingOptions(
          List.of(
              "setUp",
              "tearDown",
              "setUpClass",
              "tearDownClass",
              "setUpModule",
              "tearDownModule",
              "asyncSetUp",
              "asyncTearDown",
              "setUpTestData",
              "failureException",
              "longMessage",
              "maxDiff"),
          List.of(),
          Map.ofEntries(
              Map.entry("altair", "alt"),
              Map.entry("datetime", "dt"),
              Map.entry("holoviews", "hv"),
              Map.entry("matplotlib", "mpl"),
              Map.entry("matplotlib.pyplot", "plt"),
              Map.entry("networkx", "nx"),
              Map.entry("numpy", "np"),
              Map.entry("numpy.typing", "npt"),
              Map.entry("pandas", "pd"),
              Map.entry("panel", "pn"),
              Map.entry("plotly.express", "px"),
              Map.entry("polars", "pl"),
              Map.entry("pyarrow", "pa"),
              Map.entry("seaborn", "sns"),
              Map.entry("tensorflow", "tf"),
              Map.entry("tkinter", "tk"),
              Map.entry("xml.etree.ElementTree", "ET")));

  /** Copies the lists and the map. */
  public NamingOptions {
    ignoreNames = List.copyOf(ignoreNames);
    builtinsIgnorelist = List.copyOf(builtinsIgnorelist);
    importAliases = Map.copyOf(importAliases);
  }

  /** Whether {@code name} matches one of the {@code ignore-names} patterns. */
  public boolean ignores(String name) {
    for (String pattern : ignoreNames) {
      if (Glob.matches(pattern, 0, name, 0)) {
        return true;
      }
    }
    return false;
  }

  /** Glob patterns as pep8-naming and Ruff read them: {@code *}, {@code ?} and {@code [...]}. */
  private static final class Glob {
    private Glob() {}

    static boolean matches(String pattern, int p, String name, int n) {
      while (p < pattern.length()) {
        char c = pattern.charAt(p);
        if (c == '*') {
          for (int rest = n; rest <= name.length(); rest++) {
            if (matches(pattern, p + 1, name, rest)) {
              return true;
            }
          }
          return false;
        }
        if (n == name.length()) {
          return false;
        }
        if (c == '[' && pattern.indexOf(']', p + 2) > 0) {
          int close = pattern.indexOf(']', p + 2);
          if (!inClass(pattern.substring(p + 1, close), name.charAt(n))) {
            return false;
          }
          p = close + 1;
        } else if (c == '?' || c == name.charAt(n)) {
          p++;
        } else {
          return false;
        }
        n++;
      }
      return n == name.length();
    }

    /** Whether {@code c} is in a class such as {@code a-z_} or {@code !A-Z}. */
    private static boolean inClass(String members, char c) {
      boolean negated = members.startsWith("!");
      String set = negated ? members.substring(1) : members;
      boolean found = false;
      for (int i = 0; i < set.length(); i++) {
        if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
          found |= set.charAt(i) <= c && c <= set.charAt(i + 2);
          i += 2;
        } else {
          found |= set.charAt(i) == c;
        }
      }
      return found != negated;
    }
  }
}
