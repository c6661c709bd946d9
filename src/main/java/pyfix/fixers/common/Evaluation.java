package pyfix.fixers.common;

import java.util.Set;
import pyfix.fix.Settings;
import pyfix.parse.Feature;
import pyfix.parse.PythonParser;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * Whether wrapping a type evaluated when the function is defined keeps that evaluation from
 * raising: {@code Optional[X]} and {@code X | None} both raise for the bare typing special forms
 * and for {@code ClassVar[...]}, {@code Final[...]}, {@code Generic[...]} and {@code
 * Protocol[...]}, and {@code X | None} raises for anything but a class or generic alias. B006 and
 * RUF013 both wrap annotations.
 */
public enum Evaluation {
  /** X is evidently a class, a generic alias or a typing form that both spellings accept. */
  WRAPPABLE,
  /** X is likely a class (a CapWords name of the standard library), but nothing proves it. */
  UNPROVEN,
  /** Wrapping X raises {@code TypeError} when the function is defined. */
  RAISES;

  private static final Set<String> SPECIAL_FORMS =
      Set.of(
          "Annotated",
          "ClassVar",
          "Concatenate",
          "Final",
          "Generic",
          "Literal",
          "NamedTuple",
          "NoDefault", // a sentinel (3.13), no type
          "NotRequired",
          "Optional",
          "Protocol",
          "ReadOnly",
          "Required",
          "TypeGuard",
          "TypeIs",
          "TypedDict",
          "Union",
          "Unpack");
  // `Generic[T]` and `Protocol[T]` are only base classes, "not valid as type argument"
  private static final Set<String> UNWRAPPABLE_SUBSCRIPTS =
      Set.of("typing.ClassVar", "typing.Final", "typing.Generic", "typing.Protocol");
  private static final Set<String> BUILTIN_CLASSES =
      Set.of(
          "bool",
          "bytearray",
          "bytes",
          "complex",
          "dict",
          "float",
          "frozenset",
          "int",
          "list",
          "memoryview",
          "object",
          "range",
          "set",
          "slice",
          "str",
          "tuple",
          "type");
  private static final Set<String> GENERIC_BUILTINS =
      Set.of("dict", "frozenset", "list", "set", "tuple", "type");
  private static final Set<String> LOWER_CASE_CLASSES =
      Set.of(
          "datetime.date",
          "datetime.datetime",
          "datetime.time",
          "datetime.timedelta",
          "datetime.timezone",
          "collections.deque",
          "collections.defaultdict",
          "array.array");

  /**
   * The evaluation of {@code annotation} of a parameter once wrapped, as {@code X | None} when
   * {@code pipe}, else as {@code Optional[X]}: WRAPPABLE where Python does not evaluate it when the
   * function is defined (a stub, a string, {@code from __future__ import annotations}).
   */
  public static Evaluation ofAnnotation(
      PythonParser.TestContext annotation, SemanticModel model, Settings settings, boolean pipe) {
    PythonParser.ExprContext type = wrapped(annotation);
    if (!evaluatedWhenDefined(type, model, settings)) {
      return WRAPPABLE;
    }
    boolean anyValue =
        !pipe && Feature.TYPE_ARGUMENTS_UNCHECKED.availableIn(settings.targetVersion());
    return of(type, model, anyValue);
  }

  /**
   * Whether Python evaluates the annotation {@code type} when the function is defined: not in a
   * stub, a string, or under {@code from __future__ import annotations}.
   */
  public static boolean evaluatedWhenDefined(
      PythonParser.ExprContext type, SemanticModel model, Settings settings) {
    return !settings.stub()
        && !(type instanceof PythonParser.StringsContext)
        && model.module().bindings("annotations").stream()
            .noneMatch(b -> b.imports("__future__", "annotations"));
  }

  /** The type a fix wraps: {@code X} of {@code Annotated[X, ...]}, else the annotation. */
  public static PythonParser.ExprContext wrapped(PythonParser.TestContext annotation) {
    PythonParser.ExprContext e = Syntax.expr(annotation);
    while (e instanceof PythonParser.SubscriptionContext sub
        && "Annotated".equals(Syntax.lastName(sub.expr()))
        && sub.slices().slice(0).test().size() == 1) {
      e = Syntax.expr(sub.slices().slice(0));
    }
    return e;
  }

  /** {@code name} with {@code typing_extensions} read as {@code typing}. */
  public static String typingName(String name) {
    return name != null && name.startsWith("typing_extensions.")
        ? "typing" + name.substring("typing_extensions".length())
        : name;
  }

  /**
   * The evaluation of {@code Optional[e]} or {@code e | None} where {@code e} is written; {@code
   * anyValue} when the spelling is {@code Optional} on a Python that takes any value in it.
   */
  private static Evaluation of(PythonParser.ExprContext e, SemanticModel model, boolean anyValue) {
    if (e instanceof PythonParser.BitOrContext) {
      // the union of known types evaluated already, and a union accepts `| None`
      return WRAPPABLE;
    }
    if (e instanceof PythonParser.SubscriptionContext sub) {
      String head = typingName(model.qualifiedName(sub.expr()));
      if (UNWRAPPABLE_SUBSCRIPTS.contains(String.valueOf(head))) {
        return RAISES;
      }
      return anyValue || genericAlias(head, sub, model) ? WRAPPABLE : UNPROVEN;
    }
    String q = typingName(model.qualifiedName(e));
    if (q == null) {
      return anyValue ? WRAPPABLE : UNPROVEN;
    }
    String last = q.substring(q.lastIndexOf('.') + 1);
    if (q.startsWith("builtins.")) {
      boolean builtin = model.isBuiltin(Syntax.dotted(e), e);
      boolean exception = Character.isUpperCase(last.charAt(0)) && last.endsWith("Error");
      return anyValue || builtin && (BUILTIN_CLASSES.contains(last) || exception)
          ? WRAPPABLE
          : UNPROVEN;
    }
    if (q.startsWith("typing.") && q.indexOf('.', 7) < 0) {
      return SPECIAL_FORMS.contains(last)
          ? RAISES
          : anyValue || capWords(last) ? WRAPPABLE : UNPROVEN;
    }
    return anyValue || LOWER_CASE_CLASSES.contains(q) ? WRAPPABLE : UNPROVEN;
  }

  /**
   * Whether subscripting {@code head} gives a generic alias, which both spellings accept: typing's
   * generics and forms, the builtin and {@code collections} classes. Any other class may define
   * {@code __class_getitem__} (or its metaclass {@code __getitem__}) to return anything: {@code
   * Vec[3]} may be {@code 3}, {@code InitVar[list]} is no type.
   */
  private static boolean genericAlias(
      String head, PythonParser.SubscriptionContext sub, SemanticModel model) {
    if (head == null) {
      return false;
    }
    if (head.startsWith("builtins.")) {
      return GENERIC_BUILTINS.contains(head.substring("builtins.".length()))
          && model.isBuiltin(Syntax.dotted(sub.expr()), sub);
    }
    return head.startsWith("typing.") || head.startsWith("collections.");
  }

  /** Whether {@code name} is spelled as a class is: an upper-case letter, then some lower case. */
  private static boolean capWords(String name) {
    return Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase());
  }
}
