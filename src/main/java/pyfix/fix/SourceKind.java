package pyfix.fix;

/** What kind of source a text is, where rules treat kinds differently. */
public enum SourceKind {
  /** A {@code .py} module, which other modules may import names from. */
  MODULE,
  /**
   * A module that is run rather than imported from: {@code __main__.py}, a test module ({@code
   * test_*.py}, {@code *_test.py}, {@code tests.py}) or pytest's {@code conftest.py}.
   */
  SCRIPT,
  /** A {@code .pyi} stub, whose bodies and defaults are never executed. */
  STUB,
  /** A package's {@code __init__.py}, whose submodules may import from it while it runs. */
  PACKAGE_INIT,
  /**
   * The code cells of a Jupyter notebook, one text with a {@link pyfix.source.CellSeparator} line
   * between two cells (one cell alone has none): a {@code ;} ending a cell's last statement keeps
   * Jupyter from showing the statement's value.
   */
  NOTEBOOK;

  /** The kind of a file named {@code fileName} (a path may come with it). */
  public static SourceKind of(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    name = name.substring(name.lastIndexOf('\\') + 1);
    if (name.endsWith(".pyi")) {
      return STUB;
    }
    if (name.equals("__init__.py")) {
      return PACKAGE_INIT;
    }
    boolean script =
        name.equals("__main__.py")
            || name.equals("conftest.py")
            || name.equals("tests.py")
            || name.startsWith("test_") && name.endsWith(".py")
            || name.endsWith("_test.py");
    return script ? SCRIPT : MODULE;
  }
}
