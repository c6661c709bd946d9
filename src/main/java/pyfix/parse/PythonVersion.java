package pyfix.parse;

import java.util.Locale;

/** Python versions a project can target, oldest first. */
public enum PythonVersion {
  PY38,
  PY39,
  PY310,
  PY311,
  PY312,
  PY313,
  PY314;

  /** Parses {@code py38} … {@code py314}. */
  public static PythonVersion parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }

  /** The name as users write it, e.g. {@code py312}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this version is at least {@code other}. */
  public boolean atLeast(PythonVersion other) {
    return compareTo(other) >= 0;
  }
}
