package pyfix.fix;

import java.util.List;
import pyfix.parse.PythonVersion;

/**
 * What a run is configured to do. It lives here, below the fixers, because fixers read it; the
 * {@code config} package builds it from the command line (and later from settings files).
 *
 * @param select rule codes or prefixes to run; empty means all default rules
 * @param ignore rule codes or prefixes not to run, winning over {@code select}
 */
public record Settings(
    int lineLength,
    PythonVersion targetVersion,
    List<String> select,
    List<String> ignore,
    boolean unsafeFixes) {

  /** Copies the lists and checks the line length. */
  public Settings {
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    if (lineLength < 1) {
      throw new IllegalArgumentException("line length must be positive: " + lineLength);
    }
  }

  /** The defaults: line length 88, target py39, all rules, SAFE fixes only. */
  public static Settings defaults() {
    return new Settings(88, PythonVersion.PY39, List.of(), List.of(), false);
  }

  /** Whether rule {@code code} runs under {@code select} and {@code ignore}. */
  public boolean enabled(String code) {
    boolean selected = select.isEmpty() || select.stream().anyMatch(code::startsWith);
    return selected && ignore.stream().noneMatch(code::startsWith);
  }
}
