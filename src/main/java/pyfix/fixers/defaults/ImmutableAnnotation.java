package pyfix.fixers.defaults;

import java.util.Set;
import pyfix.parse.PythonParser;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * Whether a parameter's annotation promises a value that is never mutated, read as Ruff reads it
 * for B006: a read-only protocol or immutable type of the standard library ({@code Sequence[int]},
 * {@code Mapping}, {@code tuple}, {@code Iterable}), resolved through the module's imports, or a
 * union of such types and {@code None}. Ruff does not report a mutable default so annotated, so a
 * project clean under Ruff has them; a string annotation is not read.
 */
final class ImmutableAnnotation {
  private static final Set<String> GENERIC =
      Set.of(
          "builtins.tuple",
          "collections.abc.ByteString",
          "collections.abc.Collection",
          "collections.abc.Container",
          "collections.abc.Iterable",
          "collections.abc.Mapping",
          "collections.abc.Reversible",
          "collections.abc.Sequence",
          "collections.abc.Set",
          "typing.AbstractSet",
          "typing.ByteString",
          "typing.Callable",
          "typing.Collection",
          "typing.Container",
          "typing.FrozenSet",
          "typing.Iterable",
          "typing.Literal",
          "typing.Mapping",
          "typing.Never",
          "typing.NoReturn",
          "typing.Reversible",
          "typing.Sequence",
          "typing.Tuple");
  private static final Set<String> PLAIN =
      Set.of(
          "collections.abc.Sized",
          "typing.LiteralString",
          "typing.Sized",
          "builtins.bool",
          "builtins.bytes",
          "builtins.complex",
          "builtins.float",
          "builtins.frozenset",
          "builtins.int",
          "builtins.object",
          "builtins.range",
          "builtins.str");

  private ImmutableAnnotation() {}

  static boolean of(PythonParser.ExprContext e, SemanticModel model) {
    if (e instanceof PythonParser.NameContext || e instanceof PythonParser.AttributeContext) {
      String q = model.qualifiedName(e);
      return q != null && (GENERIC.contains(q) || PLAIN.contains(q));
    }
    if (e instanceof PythonParser.BitOrContext or) {
      return or.expr().stream().allMatch(x -> of(Syntax.expr(x), model));
    }
    if (e instanceof PythonParser.SubscriptionContext sub) {
      return subscript(sub, model);
    }
    return e != null && Syntax.isNone(e);
  }

  private static boolean subscript(PythonParser.SubscriptionContext sub, SemanticModel model) {
    String head = model.qualifiedName(sub.expr());
    if (head == null) {
      return false;
    }
    if (GENERIC.contains(head)) {
      return true;
    }
    var slices = sub.slices().slice();
    return switch (head) {
      case "typing.Union" -> slices.size() > 1 && slices.stream().allMatch(s -> of(arg(s), model));
      case "typing.Optional" -> slices.size() == 1 && of(arg(slices.get(0)), model);
      case "typing.Annotated", "typing_extensions.Annotated" ->
          slices.size() > 1 && of(arg(slices.get(0)), model);
      default -> false;
    };
  }

  /** A subscript's argument when it is one expression (not a slice {@code a:b}), else null. */
  private static PythonParser.ExprContext arg(PythonParser.SliceContext slice) {
    return slice.getChildCount() == 1 && slice.test().size() == 1 ? Syntax.expr(slice) : null;
  }
}
