package pyfix.fix;

import java.nio.file.Path;
import java.util.List;
import pyfix.parse.PythonVersion;

/**
 * What a run is configured to do for one file. It lives here, below the fixers, because fixers read
 * it; the {@code config} package builds it from the command line and settings files.
 *
 * @param select rule codes or prefixes to run; empty means all default rules
 * @param ignore rule codes or prefixes not to run, winning over {@code select}
 * @param knownFirstParty top-level module names that import sorting treats as first party
 * @param knownThirdParty top-level module names that import sorting treats as third party
 * @param src folders whose top-level packages and modules are first party
 * @param stub whether the file is a {@code .pyi} stub, where bodies are never executed
 * @param packageInit whether the file is a package's {@code __init__.py}, whose submodules may
 *     import from it while it runs
 */
public record Settings(
    int lineLength,
    PythonVersion targetVersion,
    List<String> select,
    List<String> ignore,
    boolean unsafeFixes,
    List<String> knownFirstParty,
    List<String> knownThirdParty,
    List<Path> src,
    boolean stub,
    boolean packageInit) {

  /** Copies the lists and checks the line length. */
  public Settings {
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    knownFirstParty = List.copyOf(knownFirstParty);
    knownThirdParty = List.copyOf(knownThirdParty);
    src = List.copyOf(src);
    if (lineLength < 1) {
      throw new IllegalArgumentException("line length must be positive: " + lineLength);
    }
  }

  /** Settings with no import knowledge, for a {@code .py} file. */
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
        List.of(),
        List.of(),
        List.of(),
        false,
        false);
  }

  /** The defaults: line length 88, target py39, all rules, SAFE fixes only. */
  public static Settings defaults() {
    return new Settings(88, PythonVersion.PY39, List.of(), List.of(), false);
  }

  /** These settings for a file that is, or is not, a {@code .pyi} stub. */
  public Settings withStub(boolean stub) {
    return new Settings(
        lineLength,
        targetVersion,
        select,
        ignore,
        unsafeFixes,
        knownFirstParty,
        knownThirdParty,
        src,
        stub,
        packageInit);
  }

  /** These settings for a file named {@code fileName}: a stub, a package's init, or neither. */
  public Settings forFile(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    name = name.substring(name.lastIndexOf('\\') + 1);
    return new Settings(
        lineLength,
        targetVersion,
        select,
        ignore,
        unsafeFixes,
        knownFirstParty,
        knownThirdParty,
        src,
        name.endsWith(".pyi"),
        name.equals("__init__.py"));
  }

  /** These settings with other import-sorting knowledge. */
  public Settings withImports(
      List<String> knownFirstParty, List<String> knownThirdParty, List<Path> src) {
    return new Settings(
        lineLength,
        targetVersion,
        select,
        ignore,
        unsafeFixes,
        knownFirstParty,
        knownThirdParty,
        src,
        stub,
        packageInit);
  }

  /** Whether rule {@code code} runs under {@code select} and {@code ignore}. */
  public boolean enabled(String code) {
    boolean selected = select.isEmpty() || select.stream().anyMatch(code::startsWith);
    return selected && ignore.stream().noneMatch(code::startsWith);
  }
}
