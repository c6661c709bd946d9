package pyfix.config;

import java.util.List;
import pyfix.parse.PythonVersion;

/**
 * The settings a user gave on the command line. A null value or empty list means "not given", so
 * the layers below (a settings file, then the defaults) stay in force.
 *
 * @param lineLength the maximum line length, or null
 * @param targetVersion the oldest Python version to support, or null
 * @param select rule selectors to run, as {@link RuleSelectors#parse} reads them; when given, they
 *     replace the settings file's {@code select}, {@code extend-select} and {@code ignore}
 * @param ignore rule selectors not to run, added to those of a settings file
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
}
