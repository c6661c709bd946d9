package pyfix.fixers.defaults;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;

/**
 * A default value B006 flags: a list, dict or set display or comprehension, or a call that makes a
 * fresh mutable container.
 *
 * @param plainElements whether every element is an immutable literal (or there are none), so that
 *     reading an element can never hand out a shared mutable object
 * @param empty whether it holds no elements ({@code []}, {@code {}}, {@code dict()}), so that a
 *     truth test tells it from None no better than from itself
 */
record MutableDefault(boolean plainElements, boolean empty) {
  private static final Set<String> BUILTINS = Set.of("list", "dict", "set", "bytearray");

  /** The standard library's container classes, as Ruff's B006 knows them. */
  static final Set<String> LIBRARY_CONTAINERS =
      Set.of(
          "collections.defaultdict",
          "collections.OrderedDict",
          "collections.deque",
          "collections.Counter",
          "weakref.WeakKeyDictionary",
          "weakref.WeakSet",
          "weakref.WeakValueDictionary");

  /** The modules of {@link #LIBRARY_CONTAINERS}. */
  static final Set<String> CONTAINER_MODULES =
      LIBRARY_CONTAINERS.stream()
          .map(q -> q.substring(0, q.indexOf('.')))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * The mutable default {@code value} is, or null when B006 does not flag it; {@code containers}
   * maps local names to what they stand for: a name imported from {@code collections} or {@code
   * weakref} to its qualified name ({@code collections.deque}), a module alias to the module.
   */
  static MutableDefault of(ParseTree value, Map<String, String> containers) {
    PythonParser.ExprContext e = Syntax.expr(value);
    if (e instanceof PythonParser.ListContext list) {
      boolean empty = list.elements() == null;
      return new MutableDefault(empty || plain(list.elements()), empty);
    }
    if (e instanceof PythonParser.BracesContext braces) {
      boolean plain = braces.comprehension() == null;
      for (PythonParser.BraceItemContext item : braces.braceItem()) {
        plain &=
            item.getChild(0) instanceof PythonParser.TestContext
                && !(item.getChildCount() == 3 && Nodes.isToken(item.getChild(1), ":="))
                && item.test().stream().allMatch(MutableDefault::literal);
      }
      return new MutableDefault(plain, braces.braceItem().isEmpty() && plain);
    }
    if (e instanceof PythonParser.CallContext call && isFactory(call.expr(), containers)) {
      String callee = Syntax.lastName(call.expr());
      boolean empty = call.arguments() == null;
      return new MutableDefault(empty || "bytearray".equals(callee), empty);
    }
    return null;
  }

  private static boolean isFactory(
      PythonParser.ExprContext callee, Map<String, String> containers) {
    if (callee instanceof PythonParser.NameContext n) {
      String name = n.getText();
      return BUILTINS.contains(name)
          || LIBRARY_CONTAINERS.contains(containers.getOrDefault(name, ""));
    }
    return callee instanceof PythonParser.AttributeContext a
        && LIBRARY_CONTAINERS.contains(
            containers.get(a.expr().getText()) + "." + a.NAME().getText());
  }

  private static boolean plain(PythonParser.ElementsContext elements) {
    return elements.comprehension() == null
        && elements.starNamedExpression().stream().allMatch(MutableDefault::literal);
  }

  /** Whether {@code node} is a number, string, constant or tuple of those. */
  private static boolean literal(ParseTree node) {
    if (node.getChildCount() != 1) {
      return false;
    }
    PythonParser.ExprContext e = Syntax.expr(node);
    if (e instanceof PythonParser.NumberContext
        || e instanceof PythonParser.ConstantContext
        || (e instanceof PythonParser.StringsContext s
            && s.fstring().isEmpty()
            && s.tstring().isEmpty())) {
      return true;
    }
    if (e instanceof PythonParser.UnaryContext u) {
      return u.expr() instanceof PythonParser.NumberContext;
    }
    if (e instanceof PythonParser.ParensContext p) {
      return p.elements() == null || plain(p.elements());
    }
    return false;
  }
}
