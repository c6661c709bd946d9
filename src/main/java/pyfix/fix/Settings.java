package pyfix.fix;

import java.util.List;
import pyfix.fix.options.RuleOptions;
import pyfix.parse.PythonVersion;

/**
 * What a run is configured to do for one file. It lives here, below the fixers, because fixers read
 * it; the {@code config} package builds it from the command line and settings files. Options that
 * only one rule reads live in that rule's record in {@link #options}.
 *
 * @param select rule codes or prefixes to run; empty means the default rules
 * @param ignore rule codes or prefixes not to run, winning over {@code select}
 * @param kind the kind of source the text is: a module, a stub, a package's init, a notebook cell
 * @param options each rule's own options
 */
public record Settings(
    int lineLength,
    PythonVersion targetVersion,
    List<String> select,
    List<String> ignore,
    boolean unsafeFixes,
    SourceKind kind,
    RuleOptions options) {

  /** Copies the lists and checks the line length. */
  public Settings {
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    if (lineLength < 1) {
      throw new IllegalArgumentException("line length must be positive: " + lineLength);
    }
  }

  /** Settings with every rule's default options, for a {@code .py} file. */
  public Settings(
      int lineLength,
      PythonVersion targetVersion,
      List<String> select,
      List<String> ignore,
      boolean unsafeFixes) {
    this(
        lineLength,
        targetVersion,
        select,
        ignore,
        unsafeFixes,
        SourceKind.MODULE,
        RuleOptions.DEFAULTS);
  }

  /** The defaults: line length 88, target py39, the default rules, SAFE fixes only. */
  public static Settings defaults() {
    return new Settings(88, PythonVersion.PY39, List.of(), List.of(), false);
  }

  /** These settings for a text of another kind. */
  public Settings withKind(SourceKind kind) {
    return new Settings(lineLength, targetVersion, select, ignore, unsafeFixes, kind, options);
  }

  /** These settings for a file named {@code fileName}: a stub, a package's init, or a module. */
  public Settings forFile(String fileName) {
    return withKind(SourceKind.of(fileName));
  }

  /** Whether the text is a {@code .pyi} stub, where bodies are never executed. */
  public boolean stub() {
    return kind == SourceKind.STUB;
  }

  /** Whether the text is a package's {@code __init__.py}. */
  public boolean packageInit() {
    return kind == SourceKind.PACKAGE_INIT;
  }

  /**
   * Whether other modules may import names from the text: a module or a package's {@code
   * __init__.py}, not a script, a test module, a stub or a notebook.
   */
  public boolean importedFrom() {
    return kind == SourceKind.MODULE || kind == SourceKind.PACKAGE_INIT;
  }

  /** These settings with other rule options. */
  public Settings withOptions(RuleOptions options) {
    return new Settings(lineLength, targetVersion, select, ignore, unsafeFixes, kind, options);
  }

  /** These settings with another {@code ignore} list. */
  public Settings withIgnore(List<String> ignore) {
    return new Settings(lineLength, targetVersion, select, ignore, unsafeFixes, kind, options);
  }

  /** Whether {@code rule} runs under {@code select} and {@code ignore}. */
  public boolean enabled(RuleMetadata rule) {
    return rule.enabledBy(select, ignore);
  }
}
