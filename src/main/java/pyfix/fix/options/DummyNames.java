package pyfix.fix.options;

import java.util.regex.Pattern;

/**
 * Ruff's {@code dummy-variable-rgx}: the names a program binds on purpose without using them, which
 * F811 does not report redefined and ANN's {@code suppress-dummy-args} leaves unannotated.
 *
 * @param regex the regular expression, searched in a name as Ruff searches it
 */
public record DummyNames(String regex) {
  /** Ruff's default: {@code _}, {@code _unused}, {@code __}, not {@code __eq__}. */
  public static final DummyNames DEFAULTS = new DummyNames("^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+?))$");

  /** The expression compiled, for a rule to keep while it checks a file. */
  public Pattern pattern() {
    return Pattern.compile(regex);
  }
}
