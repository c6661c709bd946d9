package pyfix.fixers.naming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.RuleContext;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.ExpressionStatementContext;
import pyfix.semantic.Binding;
import pyfix.semantic.Binding.BindingKind;
import pyfix.semantic.Call;
import pyfix.semantic.Scope;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * The variables N806, N815 and N816 read: names a scope's own code stores (assignments, loop and
 * {@code with} targets, walrus, match captures), except the names of types made by a call.
 */
final class Variables {
  private static final Set<BindingKind> STORES =
      EnumSet.of(
          BindingKind.ASSIGNMENT,
          BindingKind.AUGMENTED_ASSIGNMENT,
          BindingKind.ANNOTATION,
          BindingKind.LOOP_TARGET,
          BindingKind.WITH_TARGET,
          BindingKind.WALRUS,
          BindingKind.MATCH_CAPTURE);

  /** The {@code typing} calls whose result is a type or a type variable, named as a class is. */
  private static final Set<String> TYPING_FACTORIES =
      Set.of(
          "TypeVar",
          "ParamSpec",
          "TypeVarTuple",
          "NewType",
          "NamedTuple",
          "TypedDict",
          "TypeAliasType");

  private static final Comparator<Binding> BY_START = Comparator.comparingInt(Binding::start);

  private Variables() {}

  /**
   * The variables of {@code scope} that code running in a scope {@code storer} accepts stores, in
   * source order; a {@code global} or {@code nonlocal} name is bound in the scope it names.
   */
  static List<Binding> storedIn(Scope scope, SemanticModel model, Predicate<Scope> storer) {
    List<Binding> found = new ArrayList<>();
    for (String name : scope.names()) {
      for (Binding b : scope.bindings(name)) {
        if (STORES.contains(b.kind()) && storer.test(model.scopeOf(b.node()))) {
          found.add(b);
        }
      }
    }
    found.sort(BY_START);
    return found;
  }

  /**
   * Whether {@code b} names a type: an assignment of {@code TypeVar(...)}, {@code NamedTuple(...)}
   * and the like, an annotation {@code TypeAlias}, or a Django model from {@code apps.get_model}.
   */
  static boolean namesType(Binding b, SemanticModel model) {
    if (b.node() instanceof ExpressionStatementContext statement
        && statement.COLON() != null
        && isTyping(model.qualifiedName(statement.children.get(2)), "TypeAlias")) {
      return true;
    }
    CallContext call = assignedCall(b);
    if (call == null) {
      return false;
    }
    String name = model.qualifiedName(call.expr());
    if (djangoModel(b.name(), call, name)) {
      return true;
    }
    return name != null
        && (name.equals("collections.namedtuple")
            || TYPING_FACTORIES.stream().anyMatch(member -> isTyping(name, member)));
  }

  /**
   * Whether {@code call} loads the Django model {@code variable} is named after, as Ruff exempts
   * it: {@code get_model(app, "Name")} (any receiver) or Django's {@code
   * import_string("a.b.Name")}, or either with a model name that is no literal.
   */
  private static boolean djangoModel(String variable, CallContext call, String qualified) {
    String dotted = Syntax.dotted(call.expr());
    if (dotted != null && (dotted.equals("get_model") || dotted.endsWith(".get_model"))) {
      ParseTree model = Call.of(call).argument("model_name", 1);
      String text = model == null ? null : Syntax.plainStringValue(model);
      return model != null && (text == null || text.equals(variable));
    }
    if ("django.utils.module_loading.import_string".equals(qualified)) {
      ParseTree path = Call.of(call).argument("dotted_path", 0);
      String text = path == null ? null : Syntax.plainStringValue(path);
      return path != null
          && (text == null || text.substring(text.lastIndexOf('.') + 1).equals(variable));
    }
    return false;
  }

  /** Whether {@code b} names a named tuple class made by a call, as N815 and N816 allow. */
  static boolean namesTuple(Binding b, SemanticModel model) {
    CallContext call = assignedCall(b);
    String name = call == null ? null : model.qualifiedName(call.expr());
    return name != null && (name.equals("collections.namedtuple") || isTyping(name, "NamedTuple"));
  }

  /** The call {@code b}'s assignment statement assigns, or null. */
  private static CallContext assignedCall(Binding b) {
    if (!(b.node() instanceof ExpressionStatementContext statement)) {
      return null;
    }
    List<ParseTree> parts = statement.children;
    return parts.size() >= 3
            && parts.get(parts.size() - 2) instanceof ParserToken t
            && t.getSymbol().getType() == PythonParser.EQUAL
            && Syntax.expr(parts.get(parts.size() - 1)) instanceof CallContext call
        ? call
        : null;
  }

  private static boolean isTyping(String qualified, String member) {
    return qualified != null
        && (qualified.equals("typing." + member)
            || qualified.equals("typing_extensions." + member));
  }

  /** Reports {@code message} on {@code b}'s name. */
  static void report(String code, String message, Binding b, RuleContext context) {
    Names.report(code, message, b.start(), b.start() + b.name().length(), context);
  }
}
