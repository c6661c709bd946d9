package pyfix.config;

import java.nio.file.Path;
import java.util.List;
import pyfix.fix.Settings;

/** Builds the settings of a run from its layers: defaults, then the command line. */
public final class Configuration {
  private Configuration() {}

  /** The settings for a run given {@code commandLine}. */
  public static Settings resolve(CommandLineSettings commandLine) {
    // a project settings file (pyproject.toml) will slot in between these two layers
    Path here = Path.of("").toAbsolutePath();
    Settings defaults =
        Settings.defaults().withImports(List.of(), List.of(), List.of(here, here.resolve("src")));
    return commandLine.applyTo(defaults);
  }
}
