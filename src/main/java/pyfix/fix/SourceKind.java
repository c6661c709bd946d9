package pyfix.fix;

/** What kind of source a text is, where rules treat kinds differently. */
public enum SourceKind {
  /** A {@code .py} module. */
  MODULE,
  /** A {@code .pyi} stub, whose bodies and defaults are never executed. */
  STUB,
  /** A package's {@code __init__.py}, whose submodules may import from it while it runs. */
  PACKAGE_INIT,
  /**
   * A code cell of a Jupyter notebook, checked on its own: a {@code ;} ending its last statement
   * keeps Jupyter from showing the statement's value.
   */
  NOTEBOOK_CELL;

  /** The kind of a file named {@code fileName} (a path may come with it). */
  public static SourceKind of(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    name = name.substring(name.lastIndexOf('\\') + 1);
    if (name.endsWith(".pyi")) {
      return STUB;
    }
    return name.equals("__init__.py") ? PACKAGE_INIT : MODULE;
  }
}
