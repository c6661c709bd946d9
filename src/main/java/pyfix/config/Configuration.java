package pyfix.config;

import pyfix.fix.Settings;

/** Builds the settings of a run from its layers: defaults, then the command line. */
public final class Configuration {
  private Configuration() {}

  /** The settings for a run given {@code commandLine}. */
  public static Settings resolve(CommandLineSettings commandLine) {
    // a project settings file (pyproject.toml) will slot in between these two layers
    return commandLine.applyTo(Settings.defaults());
  }
}
