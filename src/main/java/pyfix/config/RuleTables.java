package pyfix.config;

import java.util.List;
import pyfix.fix.options.AnnotationOptions;
import pyfix.fix.options.DocstringOptions;
import pyfix.fix.options.DocstringOptions.Convention;
import pyfix.fix.options.PycodestyleOptions;

/**
 * Reads the option tables of rule families, keyed as Ruff's {@code [lint.<family>]} tables are: in
 * {@code [tool.pyfix.<family>]}, or adopted from Ruff's when pyfix's own is absent.
 */
final class RuleTables {
  private RuleTables() {}

  /** The ANN rules' options of a {@code flake8-annotations} table, over Ruff's defaults. */
  static AnnotationOptions annotations(List<ToolOption> table) throws SettingsException {
    AnnotationOptions d = AnnotationOptions.DEFAULTS;
    boolean mypyInit = d.mypyInitReturn();
    boolean dummy = d.suppressDummyArgs();
    boolean none = d.suppressNoneReturning();
    boolean starAny = d.allowStarArgAny();
    boolean untyped = d.ignoreFullyUntyped();
    for (ToolOption o : table) {
      switch (o.key()) {
        case "mypy-init-return" -> mypyInit = o.bool();
        case "suppress-dummy-args" -> dummy = o.bool();
        case "suppress-none-returning" -> none = o.bool();
        case "allow-star-arg-any" -> starAny = o.bool();
        case "ignore-fully-untyped" -> untyped = o.bool();
        default ->
            throw o.error(
                "is not a flake8-annotations option (mypy-init-return, suppress-dummy-args,"
                    + " suppress-none-returning, allow-star-arg-any, ignore-fully-untyped)");
      }
    }
    return new AnnotationOptions(mypyInit, dummy, none, starAny, untyped);
  }

  /**
   * The D rules' options of a {@code pydocstyle} table. {@code property-decorators} is read so that
   * Ruff's tables load, and used by no rule pyfix has (Ruff's D401 reads it).
   */
  static DocstringOptions docstrings(List<ToolOption> table) throws SettingsException {
    Convention convention = null;
    List<String> ignoreDecorators = List.of();
    for (ToolOption o : table) {
      switch (o.key()) {
        case "convention" -> convention = convention(o);
        case "ignore-decorators" -> ignoreDecorators = o.list();
        case "property-decorators" -> o.list();
        default ->
            throw o.error(
                "is not a pydocstyle option (convention, ignore-decorators, property-decorators)");
      }
    }
    return new DocstringOptions(convention, ignoreDecorators);
  }

  /**
   * E501's options of a {@code pycodestyle} table. {@code max-doc-length} is read so that Ruff's
   * tables load, and used by no rule pyfix has (Ruff's W505 reads it).
   */
  static PycodestyleOptions pycodestyle(List<ToolOption> table, List<String> taskTags)
      throws SettingsException {
    Integer maxLineLength = null;
    boolean taskComments = false;
    for (ToolOption o : table) {
      switch (o.key()) {
        case "max-line-length" -> {
          maxLineLength = o.integer();
          if (maxLineLength < 1) {
            throw o.error("must be a positive number, not " + o.written());
          }
        }
        case "ignore-overlong-task-comments" -> taskComments = o.bool();
        case "max-doc-length" -> o.integer();
        default ->
            throw o.error(
                "is not a pycodestyle option (max-line-length, ignore-overlong-task-comments,"
                    + " max-doc-length)");
      }
    }
    return new PycodestyleOptions(maxLineLength, taskComments, false, taskTags);
  }

  private static Convention convention(ToolOption o) throws SettingsException {
    String id = o.string();
    for (Convention c : Convention.values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw o.error("must be \"google\", \"numpy\" or \"pep257\", not " + o.written());
  }
}
