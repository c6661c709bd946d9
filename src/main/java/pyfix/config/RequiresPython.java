package pyfix.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.parse.PythonVersion;

/** Reads the oldest Python version a PEP 440 {@code requires-python} specifier allows. */
final class RequiresPython {
  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s*(~=|===|==|>=|>|<=|<|!=)\\s*(\\d+)(?:\\.(\\d+|\\*))?[0-9a-zA-Z.*+!-]*\\s*");

  private RequiresPython() {}

  /**
   * The lowest {@code major.minor} the specifier allows, as a version pyfix knows (clamped to the
   * oldest and newest), or null when it sets no lower bound.
   *
   * @throws IllegalArgumentException when a clause is not a version specifier
   */
  static PythonVersion lowest(String specifier) {
    int lowest = -1;
    for (String clause : specifier.split(",", -1)) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a version specifier: '" + clause.strip() + "'");
      }
      if (!m.group(2).equals("3")) {
        continue; // Python 2 bounds and <4 caps say nothing about the lowest Python 3
      }
      String op = m.group(1);
      // >3.8 still allows 3.8.1, so every lower bound counts from its own minor version
      boolean lowerBound =
          op.equals(">=") || op.equals(">") || op.equals("~=") || op.startsWith("==");
      if (lowerBound) {
        String minor = m.group(3);
        lowest = Math.max(lowest, minor == null || minor.equals("*") ? 0 : Integer.parseInt(minor));
      }
    }
    if (lowest < 0) {
      return null;
    }
    PythonVersion[] known = PythonVersion.values();
    for (PythonVersion v : known) {
      if (v.id().equals("py3" + lowest)) {
        return v;
      }
    }
    return lowest < 8 ? known[0] : known[known.length - 1];
  }
}
