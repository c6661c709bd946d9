package pyfix.config;

import java.nio.file.Path;
import java.util.List;
import pyfix.fix.options.ImportStyle;
import pyfix.fix.options.SorterOptions;

/**
 * Reads I001's sorter options from one TOML table of isort or Ruff options, as tests write them.
 */
public final class SorterOptionsReader {
  private SorterOptionsReader() {}

  /**
   * The sorter {@code style} with the options of {@code table}, e.g. {@code force_single_line =
   * true}, over that tool's defaults.
   *
   * @throws SettingsException when an option holds a bad value or the text is not TOML
   */
  public static SorterOptions read(ImportStyle style, String table) throws SettingsException {
    TomlDocument doc = TomlDocument.parse(Path.of("<options>"), table);
    ToolSettings.Table options = ToolSettings.Table.of(doc, List.of());
    return SorterConfig.build(style, true, options == null ? List.of() : options.options())
        .options();
  }
}
