package pyfix.fix.options;

/**
 * The options of the ANN rules, as Ruff's {@code [lint.flake8-annotations]} names them.
 *
 * @param mypyInitReturn {@code mypy-init-return}: no ANN204 on an {@code __init__} with a typed
 *     parameter, as mypy then checks it
 * @param suppressDummyArgs {@code suppress-dummy-args}: no ANN001-ANN003 on dummy names such as
 *     {@code _} or {@code _unused}
 * @param suppressNoneReturning {@code suppress-none-returning}: no missing-return finding on a
 *     function whose every {@code return} is bare or {@code None}
 * @param allowStarArgAny {@code allow-star-arg-any}: no ANN401 on {@code *args: Any} and {@code
 *     **kwargs: Any}
 * @param ignoreFullyUntyped {@code ignore-fully-untyped}: no finding on a function with no
 *     annotation at all
 */
public record AnnotationOptions(
    boolean mypyInitReturn,
    boolean suppressDummyArgs,
    boolean suppressNoneReturning,
    boolean allowStarArgAny,
    boolean ignoreFullyUntyped) {
  /** Ruff's defaults: every option off. */
  public static final AnnotationOptions DEFAULTS =
      new AnnotationOptions(false, false, false, false, false);
}
