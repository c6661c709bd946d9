package pyfix.fixers.defaults;

import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fixers.defaults.Occurrence.Use;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;

/**
 * Classifies one load of a parameter's name from its parent nodes: a pure read, or an UNSAFE use
 * with its reason, or a comparison with None that makes B006 refuse.
 *
 * <p>After the fix, a caller that passes None gets the default. A read is only pure for such a
 * caller when None and the default give the same result there, or None raised before (iterating,
 * {@code len()}, an element, a method): printing, formatting, comparing or a type test tell them
 * apart, and so does a truth test when the default is not empty. Where the annotation rules None
 * out, callers are taken at their word.
 */
final class UseClassifier {
  /** Builtins that read their argument and return something that holds none of its elements. */
  static final Set<String> SCALAR_BUILTINS =
      Set.of("len", "bool", "str", "repr", "ascii", "print", "isinstance", "format", "type");

  /** Of those, the ones that raise on None: None and the default cannot give different results. */
  private static final Set<String> RAISE_ON_NONE = Set.of("len");

  /** Builtins that read their argument and may return its elements. */
  static final Set<String> ELEMENT_BUILTINS =
      Set.of(
          "list",
          "tuple",
          "set",
          "frozenset",
          "dict",
          "sorted",
          "enumerate",
          "zip",
          "iter",
          "reversed",
          "min",
          "max",
          "sum",
          "any",
          "all");

  private static final Set<String> SCALAR_METHODS =
      Set.of("count", "index", "isdisjoint", "issubset", "issuperset", "__len__", "__contains__");
  private static final Set<String> ELEMENT_METHODS =
      Set.of(
          "copy",
          "get",
          "keys",
          "values",
          "items",
          "union",
          "intersection",
          "difference",
          "symmetric_difference",
          "most_common",
          "elements");
  private static final Set<String> MUTATORS =
      Set.of(
          "append",
          "extend",
          "insert",
          "remove",
          "pop",
          "clear",
          "sort",
          "reverse",
          "update",
          "add",
          "discard",
          "setdefault",
          "popitem",
          "appendleft",
          "extendleft",
          "popleft",
          "rotate",
          "difference_update",
          "intersection_update",
          "symmetric_difference_update",
          "subtract",
          "move_to_end",
          "__setitem__",
          "__delitem__",
          "__iadd__");

  private final String name;
  private final MutableDefault value;
  private final boolean nonePassable;
  private final Predicate<String> trusted;

  /**
   * A classifier for uses of {@code name}, whose default is {@code value}; {@code nonePassable}
   * says whether a caller may pass None, and {@code trusted} accepts builtins the file never
   * rebinds.
   */
  UseClassifier(
      String name, MutableDefault value, boolean nonePassable, Predicate<String> trusted) {
    this.name = name;
    this.value = value;
    this.nonePassable = nonePassable;
    this.trusted = trusted;
  }

  /** What the occurrence {@code n} of the name does. */
  Occurrence classify(PythonParser.NameContext n) {
    switch (Targets.of(n)) {
      case ASSIGN, DELETE:
        return new Occurrence(Use.STORE, "", Targets.storeOrder(n));
      case AUGMENTED:
        return at(Use.UNSAFE, "`" + name + "` is changed in place by an augmented assignment", n);
      default:
        break;
    }
    ParseTree node = n;
    ParseTree parent = n.getParent();
    while (Nodes.wraps(parent, node) || passesValueOn(parent, node)) {
      node = parent;
      parent = parent.getParent();
    }
    return use(n, node, parent);
  }

  /** Whether {@code parent}'s value may be {@code node}'s value itself. */
  private static boolean passesValueOn(ParseTree parent, ParseTree node) {
    if (parent instanceof PythonParser.ConjunctionContext
        || parent instanceof PythonParser.DisjunctionContext) {
      return true;
    }
    return parent instanceof PythonParser.TestContext t
        && t.getChildCount() == 5
        && Nodes.isToken(t.getChild(1), "if")
        && t.getChild(2) != node;
  }

  private Occurrence use(PythonParser.NameContext n, ParseTree node, ParseTree parent) {
    String quoted = "`" + name + "`";
    if (parent instanceof PythonParser.AttributeContext a) {
      return attribute(n, a);
    }
    if (parent instanceof PythonParser.SubscriptionContext s && s.expr() == node) {
      return switch (Targets.of(s)) {
        case ASSIGN -> at(Use.UNSAFE, quoted + " is mutated by an item assignment", n);
        case AUGMENTED -> at(Use.UNSAFE, quoted + " is mutated by an augmented item assignment", n);
        case DELETE -> at(Use.UNSAFE, quoted + " is mutated by `del`", n);
        case NONE -> elementRead(n, "an element of " + quoted + " is read");
      };
    }
    if (parent instanceof PythonParser.CallContext c && c.expr() == node) {
      return at(Use.UNSAFE, quoted + " is called", n);
    }
    if (parent instanceof PythonParser.ArgumentContext a) {
      return argument(n, a);
    }
    if (parent instanceof PythonParser.ComparisonContext c) {
      return comparison(n, c, node);
    }
    if (parent instanceof PythonParser.InversionContext
        || parent instanceof PythonParser.IfStatementContext
        || parent instanceof PythonParser.WhileStatementContext
        || parent instanceof PythonParser.AssertStatementContext
        || (parent instanceof PythonParser.TestContext t && t.getChildCount() == 5)) {
      return truthTest(n);
    }
    if (parent instanceof PythonParser.ReplacementFieldContext) {
      return noneRead(n, quoted + " is formatted in an f-string");
    }
    if (parent instanceof PythonParser.UnaryContext) {
      return raisingRead(n);
    }
    if (parent instanceof PythonParser.ForStatementContext) {
      return elementRead(n, quoted + " is iterated");
    }
    if (parent instanceof PythonParser.CompForContext f) {
      return f.getChild(f.getChildCount() > 0 && Nodes.isToken(f.getChild(0), "async") ? 4 : 3)
              == node
          ? elementRead(n, quoted + " is iterated")
          : truthTest(n);
    }
    if (parent instanceof PythonParser.TermContext t
        && t.getChild(2) == node
        && Nodes.isToken(t.getChild(1), "%")) {
      // `"%s" % x` formats None without raising
      return noneRead(n, quoted + " is formatted by `%`");
    }
    if (parent instanceof PythonParser.SumContext
        || parent instanceof PythonParser.TermContext
        || parent instanceof PythonParser.BitOrContext
        || parent instanceof PythonParser.BitAndContext
        || parent instanceof PythonParser.BitXorContext
        || parent instanceof PythonParser.ShiftContext
        || parent instanceof PythonParser.PowerContext) {
      return elementRead(n, quoted + " is an operand");
    }
    if (parent instanceof PythonParser.ExpressionStatementContext e) {
      return e.getChildCount() == 1
          ? at(Use.READ, "", n)
          : at(Use.UNSAFE, quoted + " is assigned to another target", n);
    }
    if (parent instanceof PythonParser.ReturnStatementContext) {
      return at(Use.UNSAFE, quoted + " is returned", n);
    }
    if (parent instanceof PythonParser.YieldExpressionContext) {
      return at(Use.UNSAFE, quoted + " is yielded", n);
    }
    if (parent instanceof PythonParser.ElementsContext
        || parent instanceof PythonParser.BraceItemContext
        || parent instanceof PythonParser.StarExpressionsContext
        || parent instanceof PythonParser.StarExpressionContext
        || parent instanceof PythonParser.StarNamedExpressionContext) {
      return at(Use.UNSAFE, quoted + " is stored in a container", n);
    }
    return at(Use.UNSAFE, quoted + " is used in a way pyfix does not check", n);
  }

  private Occurrence attribute(PythonParser.NameContext n, PythonParser.AttributeContext a) {
    String attr = a.NAME().getText();
    String method = "`." + attr + "()`";
    if (Targets.of(a) != Targets.Target.NONE) {
      return at(Use.UNSAFE, "an attribute of `" + name + "` is assigned", n);
    }
    ParseTree node = a;
    ParseTree parent = a.getParent();
    while (Nodes.wraps(parent, node)) {
      node = parent;
      parent = parent.getParent();
    }
    if (!(parent instanceof PythonParser.CallContext c && c.expr() == node)) {
      return at(Use.UNSAFE, "`" + name + "." + attr + "` is used without a call", n);
    }
    if (MUTATORS.contains(attr)) {
      return at(Use.UNSAFE, "`" + name + "` is mutated by " + method, n);
    }
    if (SCALAR_METHODS.contains(attr)) {
      return raisingRead(n);
    }
    if (ELEMENT_METHODS.contains(attr)) {
      return elementRead(n, "`" + name + "." + attr + "()` is called");
    }
    return at(Use.UNSAFE, "`" + name + "` calls " + method + ", which pyfix does not know", n);
  }

  private Occurrence argument(PythonParser.NameContext n, PythonParser.ArgumentContext a) {
    ParseTree call = a.getParent() == null ? null : a.getParent().getParent();
    String callee = call instanceof PythonParser.CallContext c ? Syntax.name(c.expr()) : null;
    if (a.getChildCount() == 1 && callee != null && trusted.test(callee)) {
      if (RAISE_ON_NONE.contains(callee)) {
        return raisingRead(n);
      }
      if (callee.equals("bool")) {
        return truthTest(n);
      }
      if (SCALAR_BUILTINS.contains(callee)) {
        return noneRead(n, "`" + name + "` is passed to `" + callee + "()`");
      }
      return elementRead(n, "`" + name + "` is passed to `" + callee + "()`");
    }
    String what =
        call instanceof PythonParser.CallContext c ? "`" + c.expr().getText() + "()`" : "a class";
    return at(Use.UNSAFE, "`" + name + "` is passed to " + what, n);
  }

  private Occurrence comparison(
      PythonParser.NameContext n, PythonParser.ComparisonContext c, ParseTree node) {
    StringBuilder op = new StringBuilder();
    ParseTree other = null;
    for (ParseTree child : c.children) {
      if (child instanceof ParserToken) {
        op.append(op.length() == 0 ? "" : " ").append(child.getText());
      } else if (child != node) {
        other = child;
      }
    }
    String o = op.toString();
    boolean identity = o.equals("is") || o.equals("is not");
    if (Syntax.isNone(other) && (identity || o.equals("==") || o.equals("!="))) {
      return at(Use.REFUSED, "`" + name + "` is already compared with None", n);
    }
    if (identity) {
      return at(Use.UNSAFE, "`" + name + "`'s identity is compared with `" + o + "`", n);
    }
    boolean container = (o.equals("in") || o.equals("not in")) && c.getChild(0) != node;
    return container
        ? raisingRead(n) // `x in None` raises
        : noneRead(n, "`" + name + "` is compared with `" + o + "`");
  }

  /** A truth test: None and an empty default are both false. */
  private Occurrence truthTest(PythonParser.NameContext n) {
    return value.empty() ? at(Use.READ, "", n) : noneRead(n, "`" + name + "` is tested for truth");
  }

  /** A read that tells None from the default without raising. */
  private Occurrence noneRead(PythonParser.NameContext n, String reason) {
    if (!nonePassable) {
      return at(Use.READ, "", n);
    }
    return new Occurrence(
        Use.UNSAFE,
        reason
            + " on line "
            + n.getStart().getLine()
            + ", and a caller passing None would now get the default",
        Syntax.start(n));
  }

  /**
   * A read that raises on None: a caller passing None got that error before and gets the default
   * now, a different program for that call, so the fix is UNSAFE where a caller may pass None.
   */
  private Occurrence raisingRead(PythonParser.NameContext n) {
    if (!nonePassable) {
      return at(Use.READ, "", n);
    }
    return new Occurrence(
        Use.UNSAFE,
        "`"
            + name
            + "` is read on line "
            + n.getStart().getLine()
            + " in a way that raises on None, and a caller passing None would now get the default"
            + " instead of that error",
        Syntax.start(n));
  }

  /** A read that may hand out elements: safe only when the elements are immutable literals. */
  private Occurrence elementRead(PythonParser.NameContext n, String reason) {
    return value.plainElements()
        ? raisingRead(n)
        : new Occurrence(
            Use.UNSAFE,
            reason + " on line " + n.getStart().getLine() + ", and its elements may be mutable",
            Syntax.start(n));
  }

  private static Occurrence at(Use use, String reason, ParserRuleContext node) {
    int line = node.getStart().getLine();
    String why = use == Use.READ ? reason : reason + " on line " + line;
    return new Occurrence(use, why, Syntax.start(node));
  }
}
