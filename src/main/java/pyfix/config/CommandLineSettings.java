package pyfix.config;

import java.util.List;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;

/**
 * The settings a user gave on the command line. A null value or empty list means "not given", so
 * the layer below (defaults, later a settings file) stays in force.
 *
 * @param lineLength the maximum line length, or null
 * @param targetVersion the oldest Python version to support, or null
 * @param select rule selectors to run, as {@link RuleSelectors#parse} reads them
 * @param ignore rule selectors not to run
 * @param unsafeFixes whether to apply UNSAFE fixes too (a flag: it can only switch them on)
 */
public record CommandLineSettings(
    Integer lineLength,
    PythonVersion targetVersion,
    List<String> select,
    List<String> ignore,
    boolean unsafeFixes) {

  /** Copies the lists. */
  public CommandLineSettings {
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
  }

  /** {@code base} with every value given here put in its place. */
  public Settings applyTo(Settings base) {
    return new Settings(
        lineLength != null ? lineLength : base.lineLength(),
        targetVersion != null ? targetVersion : base.targetVersion(),
        select.isEmpty() ? base.select() : select,
        ignore.isEmpty() ? base.ignore() : ignore,
        unsafeFixes || base.unsafeFixes(),
        base.knownFirstParty(),
        base.knownThirdParty(),
        base.src(),
        base.stub());
  }
}
