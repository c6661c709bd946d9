package pyfix.config;

import java.util.Arrays;
import java.util.List;

/** The keys of {@code [tool.pyfix]} (and of {@code pyfix.toml}), in the order they are shown. */
public enum SettingsKey {
  LINE_LENGTH("line-length"),
  TARGET_VERSION("target-version"),
  SELECT("select"),
  EXTEND_SELECT("extend-select"),
  IGNORE("ignore"),
  UNSAFE_FIXES("unsafe-fixes"),
  EXTEND_SAFE_FIXES("extend-safe-fixes"),
  EXTEND_UNSAFE_FIXES("extend-unsafe-fixes"),
  FIXABLE("fixable"),
  UNFIXABLE("unfixable"),
  EXCLUDE("exclude"),
  EXTEND_EXCLUDE("extend-exclude"),
  PER_FILE_IGNORES("per-file-ignores"),
  KNOWN_FIRST_PARTY("known-first-party"),
  KNOWN_THIRD_PARTY("known-third-party"),
  SRC("src"),
  IMPORT_STYLE("import-style"),
  IGNORE_INIT_MODULE_IMPORTS("ignore-init-module-imports"),
  ALLOWED_UNUSED_IMPORTS("allowed-unused-imports"),
  DUMMY_VARIABLE_RGX("dummy-variable-rgx"),
  MAX_COMPLEXITY("max-complexity"),
  MAX_FUNCTION_LINES("max-function-lines"),
  MAX_MODULE_LINES("max-module-lines"),
  ISORT("isort"),
  FLAKE8_ANNOTATIONS("flake8-annotations"),
  PYDOCSTYLE("pydocstyle"),
  PYCODESTYLE("pycodestyle"),
  PEP8_NAMING("pep8-naming"),
  FLAKE8_BUILTINS("flake8-builtins"),
  FLAKE8_IMPORT_CONVENTIONS("flake8-import-conventions"),
  CACHE_DIR("cache-dir");

  private final String toml;

  SettingsKey(String toml) {
    this.toml = toml;
  }

  /** The key as written in a settings file. */
  public String toml() {
    return toml;
  }

  /** The key named {@code name} in a settings file, or null. */
  static SettingsKey named(String name) {
    for (SettingsKey k : values()) {
      if (k.toml.equals(name)) {
        return k;
      }
    }
    return null;
  }

  /** Every key as written in a settings file. */
  static List<String> names() {
    return Arrays.stream(values()).map(SettingsKey::toml).toList();
  }
}
