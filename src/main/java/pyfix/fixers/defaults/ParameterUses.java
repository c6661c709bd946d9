package pyfix.fixers.defaults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.PythonParser;

/**
 * How a function body uses one parameter, which decides whether moving its default into the body
 * keeps behaviour (SAFE), may change it (UNSAFE), or leaves the insertion point unclear (refused).
 *
 * <p>Requirements: the parameter's default is a fresh mutable container. Transformations: none; it
 * only reads the tree. Every use of the name in the body, outside nested scopes that bind it again,
 * is classified from its parent nodes; a use not known to be a pure read is UNSAFE.
 */
final class ParameterUses {
  /** Builtins that read their argument and return something that holds none of its elements. */
  static final Set<String> SCALAR_BUILTINS =
      Set.of("len", "bool", "str", "repr", "ascii", "print", "isinstance", "format", "type");

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
  private static final Set<String> DYNAMIC = Set.of("locals", "vars", "eval", "exec");

  /** What a verdict allows. */
  enum Kind {
    SAFE,
    UNSAFE,
    REFUSED
  }

  /** The verdict on one parameter, with the reason the finding's message gives. */
  record Verdict(Kind kind, String reason) {}

  private enum Use {
    READ,
    STORE,
    UNSAFE,
    REFUSED
  }

  /** One occurrence: what it does, why, and where it counts in execution order. */
  private record Occurrence(Use use, String reason, int order) {}

  private enum Target {
    NONE,
    ASSIGN,
    AUGMENTED,
    DELETE
  }

  private final String name;
  private final boolean plainElements;
  private final Set<String> trusted;
  private final List<Occurrence> occurrences = new ArrayList<>();

  private ParameterUses(String name, boolean plainElements, Set<String> trusted) {
    this.name = name;
    this.plainElements = plainElements;
    this.trusted = trusted;
  }

  /**
   * The verdict on parameter {@code name} of a function with body {@code body}; {@code trusted}
   * holds the builtins the file never rebinds.
   */
  static Verdict of(
      PythonParser.BlockContext body, String name, boolean plainElements, Set<String> trusted) {
    ParameterUses uses = new ParameterUses(name, plainElements, trusted);
    uses.walk(body);
    return uses.verdict();
  }

  private Verdict verdict() {
    int firstStore = Integer.MAX_VALUE;
    int firstOther = Integer.MAX_VALUE;
    Occurrence unsafe = null;
    for (Occurrence o : occurrences) {
      if (o.use == Use.REFUSED) {
        return new Verdict(Kind.REFUSED, o.reason);
      }
      if (o.use == Use.STORE) {
        firstStore = Math.min(firstStore, o.order);
      } else {
        firstOther = Math.min(firstOther, o.order);
      }
      if (o.use == Use.UNSAFE && (unsafe == null || o.order < unsafe.order)) {
        unsafe = o;
      }
    }
    if (firstStore < firstOther) {
      return new Verdict(Kind.REFUSED, "`" + name + "` is rebound before its first use");
    }
    if (unsafe != null) {
      return new Verdict(Kind.UNSAFE, unsafe.reason);
    }
    return new Verdict(
        Kind.SAFE,
        firstOther == Integer.MAX_VALUE
            ? "`" + name + "` is not used"
            : "`" + name + "` is only read");
  }

  private void walk(ParseTree root) {
    Deque<ParseTree> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      ParseTree node = todo.pop();
      if (node instanceof TerminalNode) {
        continue;
      }
      List<ParseTree> children = visit((ParserRuleContext) node);
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
  }

  /** Records what {@code node} itself says about the name and returns the children to walk. */
  private List<ParseTree> visit(ParserRuleContext node) {
    List<ParseTree> children = new ArrayList<>();
    if (node instanceof PythonParser.NameContext n) {
      if (n.getText().equals(name)) {
        occurrences.add(classify(n));
      } else if (DYNAMIC.contains(n.getText())) {
        add(
            Use.UNSAFE,
            "the body calls `" + n.getText() + "()`, which can reach `" + name + "`",
            n);
      }
      return children;
    }
    if (node instanceof PythonParser.FunctionDefContext def) {
      bindsByName(def.NAME(), node);
      if (def.parameters() != null) {
        for (PythonParser.ParameterContext p : def.parameters().parameter()) {
          children.addAll(p.test()); // annotations and defaults belong to this scope
          if (p.starExpression() != null) {
            children.add(p.starExpression());
          }
        }
      }
      if (def.test() != null) {
        children.add(def.test());
      }
      nestedScope(
          def.parameters() != null && declares(def.parameters()), def.block(), "a nested function");
      return children;
    }
    if (node instanceof PythonParser.TestContext t && Nodes.isToken(t.getChild(0), "lambda")) {
      boolean declared = false;
      if (t.lambdaParameters() != null) {
        for (PythonParser.LambdaParameterContext p : t.lambdaParameters().lambdaParameter()) {
          declared |= p.NAME() != null && p.NAME().getText().equals(name);
          if (p.test() != null) {
            children.add(p.test());
          }
        }
      }
      nestedScope(declared, t.test(), "a lambda");
      return children;
    }
    if (node instanceof PythonParser.ClassDefContext c) {
      bindsByName(c.NAME(), node);
      if (c.arguments() != null) {
        children.add(c.arguments());
      }
      nestedScope(false, c.block(), "a class body");
      return children;
    }
    if (node instanceof PythonParser.CompForContext f) {
      TerminalNode bound = mention(f.targetList());
      if (bound != null) {
        add(Use.UNSAFE, "a comprehension rebinds `" + name + "`", bound);
      }
    }
    if (node instanceof PythonParser.ArgumentContext a
        && a.getChildCount() == 3
        && Nodes.isToken(a.getChild(1), "=")) {
      children.add(a.getChild(2)); // the keyword is not a use
      return children;
    }
    if (node instanceof PythonParser.ImportAsNameContext
        || node instanceof PythonParser.DottedAsNameContext
        || node instanceof PythonParser.DottedNameContext
        || node instanceof PythonParser.ExceptClauseContext
        || node instanceof PythonParser.GlobalStatementContext
        || node instanceof PythonParser.NonlocalStatementContext
        || node instanceof PythonParser.ClosedPatternContext
        || node instanceof PythonParser.PatternContext
        || node instanceof PythonParser.StarPatternContext
        || node instanceof PythonParser.MappingItemContext
        || node instanceof PythonParser.TypeAliasStatementContext) {
      for (ParseTree child : node.children) {
        if (child instanceof TerminalNode t) {
          bindsByName(t, node);
        }
      }
    }
    if (node.children != null) {
      children.addAll(node.children);
    }
    return children;
  }

  private boolean declares(PythonParser.ParametersContext parameters) {
    for (PythonParser.ParameterContext p : parameters.parameter()) {
      if (p.NAME() != null && p.NAME().getText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** A nested scope sees the name unless it declares its own. */
  private void nestedScope(boolean declared, ParseTree body, String what) {
    TerminalNode seen = declared ? null : mention(body);
    if (seen != null) {
      add(Use.UNSAFE, "`" + name + "` is captured by " + what, seen);
    }
  }

  private void bindsByName(TerminalNode t, ParserRuleContext node) {
    if (t != null && t.getText().equals(name)) {
      occurrences.add(new Occurrence(Use.STORE, "", t.getSymbol().getStartIndex()));
    }
  }

  /** The first terminal named like the parameter in {@code root}, or null. */
  private TerminalNode mention(ParseTree root) {
    Deque<ParseTree> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      ParseTree node = todo.pop();
      if (node instanceof TerminalNode t) {
        if (t.getText().equals(name)) {
          return t;
        }
        continue;
      }
      for (int i = node.getChildCount() - 1; i >= 0; i--) {
        todo.push(node.getChild(i));
      }
    }
    return null;
  }

  private void add(Use use, String reason, ParseTree at) {
    int offset;
    int line;
    if (at instanceof TerminalNode t) {
      offset = t.getSymbol().getStartIndex();
      line = t.getSymbol().getLine();
    } else {
      offset = Nodes.start((ParserRuleContext) at);
      line = ((ParserRuleContext) at).getStart().getLine();
    }
    occurrences.add(new Occurrence(use, reason + " on line " + line, offset));
  }

  private Occurrence at(Use use, String reason, ParserRuleContext node) {
    int line = node.getStart().getLine();
    String why = use == Use.READ ? reason : reason + " on line " + line;
    return new Occurrence(use, why, Nodes.start(node));
  }

  // ------------------------------------------------------------------ one use of the name

  private Occurrence classify(PythonParser.NameContext n) {
    switch (target(n)) {
      case ASSIGN, DELETE:
        return new Occurrence(Use.STORE, "", storeOrder(n));
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
      return switch (target(s)) {
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
        || parent instanceof PythonParser.ReplacementFieldContext
        || parent instanceof PythonParser.UnaryContext
        || (parent instanceof PythonParser.TestContext t && t.getChildCount() == 5)) {
      return at(Use.READ, "", n);
    }
    if (parent instanceof PythonParser.ForStatementContext) {
      return elementRead(n, quoted + " is iterated");
    }
    if (parent instanceof PythonParser.CompForContext f) {
      return f.getChild(f.getChildCount() > 0 && Nodes.isToken(f.getChild(0), "async") ? 4 : 3)
              == node
          ? elementRead(n, quoted + " is iterated")
          : at(Use.READ, "", n);
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
    if (target(a) != Target.NONE) {
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
      return at(Use.READ, "", n);
    }
    if (ELEMENT_METHODS.contains(attr)) {
      return elementRead(n, "`" + name + "." + attr + "()` is called");
    }
    return at(Use.UNSAFE, "`" + name + "` calls " + method + ", which pyfix does not know", n);
  }

  private Occurrence argument(PythonParser.NameContext n, PythonParser.ArgumentContext a) {
    ParseTree call = a.getParent() == null ? null : a.getParent().getParent();
    String callee = call instanceof PythonParser.CallContext c ? Nodes.name(c.expr()) : null;
    if (a.getChildCount() == 1 && callee != null && trusted.contains(callee)) {
      if (SCALAR_BUILTINS.contains(callee)) {
        return at(Use.READ, "", n);
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
      if (child instanceof TerminalNode) {
        op.append(op.length() == 0 ? "" : " ").append(child.getText());
      } else if (child != node) {
        other = child;
      }
    }
    String o = op.toString();
    boolean identity = o.equals("is") || o.equals("is not");
    if (Nodes.isNone(other) && (identity || o.equals("==") || o.equals("!="))) {
      return at(Use.REFUSED, "`" + name + "` is already compared with None", n);
    }
    if (identity) {
      return at(Use.UNSAFE, "`" + name + "`'s identity is compared with `" + o + "`", n);
    }
    return at(Use.READ, "", n);
  }

  /** A read that may hand out elements: safe only when the elements are immutable literals. */
  private Occurrence elementRead(PythonParser.NameContext n, String reason) {
    return plainElements
        ? at(Use.READ, "", n)
        : at(Use.UNSAFE, reason + " and its elements may be mutable", n);
  }

  /** Where a store counts in execution order: an assignment's targets come after its value. */
  private static int storeOrder(PythonParser.NameContext n) {
    ParseTree p = n;
    while (p != null
        && !(p instanceof PythonParser.SimpleStatementContext)
        && !(p instanceof PythonParser.ForStatementContext)
        && !(p instanceof PythonParser.CompForContext)
        && !(p instanceof PythonParser.WithItemContext)) {
      p = p.getParent();
    }
    if (p instanceof PythonParser.ForStatementContext f) {
      return Nodes.end(f.starExpressions());
    }
    return p == null ? Nodes.start(n) : Nodes.end((ParserRuleContext) p);
  }

  /**
   * Whether {@code name} is bound here: an assignment, loop or {@code with} target, or {@code del}.
   */
  static boolean isBinding(PythonParser.NameContext name) {
    return target(name) != Target.NONE;
  }

  /**
   * Whether {@code node} is (part of) an assignment, augmented assignment or {@code del} target.
   */
  private static Target target(ParseTree node) {
    ParseTree parent = node.getParent();
    while (parent != null
        && (Nodes.wraps(parent, node)
            || parent instanceof PythonParser.ElementsContext
            || parent instanceof PythonParser.ListContext
            || parent instanceof PythonParser.ParensContext
            || parent instanceof PythonParser.StarExpressionContext
            || parent instanceof PythonParser.StarExpressionsContext
            || parent instanceof PythonParser.TargetContext
            || parent instanceof PythonParser.TargetListContext)) {
      node = parent;
      parent = parent.getParent();
    }
    if (parent instanceof PythonParser.DelStatementContext) {
      return Target.DELETE;
    }
    if (parent instanceof PythonParser.ForStatementContext f) {
      return f.targetList() == node ? Target.ASSIGN : Target.NONE;
    }
    if (parent instanceof PythonParser.CompForContext f) {
      return f.targetList() == node ? Target.ASSIGN : Target.NONE;
    }
    if (parent instanceof PythonParser.WithItemContext w) {
      return w.target() == node ? Target.ASSIGN : Target.NONE;
    }
    if ((parent instanceof PythonParser.NamedExpressionContext
            || parent instanceof PythonParser.StarNamedExpressionContext)
        && parent.getChildCount() == 3
        && parent.getChild(0) == node
        && Nodes.isToken(parent.getChild(1), ":=")) {
      return Target.ASSIGN;
    }
    if (parent instanceof PythonParser.ExpressionStatementContext e
        && !(node instanceof PythonParser.TestContext)) {
      if (e.augmentedOperator != null) {
        return e.getChild(0) == node ? Target.AUGMENTED : Target.NONE;
      }
      boolean before = true;
      for (ParseTree child : e.children) {
        if (child == node) {
          before = false;
        } else if (!before && (Nodes.isToken(child, "=") || Nodes.isToken(child, ":"))) {
          return Target.ASSIGN;
        }
      }
    }
    return Target.NONE;
  }
}
