package pyfix.fixers.defaults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.fixers.defaults.Occurrence.Use;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;

/**
 * How a function body uses one parameter, which decides whether moving its default into the body
 * keeps behaviour (SAFE), may change it (UNSAFE), or leaves the insertion point unclear (refused).
 *
 * <p>Requirements: the parameter's default is a fresh mutable container. Transformations: none; it
 * only reads the tree. Every use of the name in the body, outside nested scopes that bind it again,
 * is classified from its parent nodes; a use not known to be a pure read is UNSAFE.
 */
final class ParameterUses {
  private static final Set<String> DYNAMIC = Set.of("locals", "vars", "eval", "exec");

  /** What a verdict allows. */
  enum Kind {
    SAFE,
    UNSAFE,
    REFUSED
  }

  /** The verdict on one parameter, with the reason the finding's message gives. */
  record Verdict(Kind kind, String reason) {}

  private final String name;
  private final UseClassifier classifier;
  private final List<Occurrence> occurrences = new ArrayList<>();

  private ParameterUses(String name, UseClassifier classifier) {
    this.name = name;
    this.classifier = classifier;
  }

  /**
   * The verdict on parameter {@code name} of a function with body {@code body}, whose default is
   * {@code value}; {@code nonePassable} says whether a caller may pass None (see {@link
   * UseClassifier}), and {@code trusted} accepts the builtins the file never rebinds.
   */
  static Verdict of(
      PythonParser.BlockContext body,
      String name,
      MutableDefault value,
      boolean nonePassable,
      Predicate<String> trusted) {
    ParameterUses uses =
        new ParameterUses(name, new UseClassifier(name, value, nonePassable, trusted));
    uses.walk(body);
    return uses.verdict();
  }

  private Verdict verdict() {
    int firstStore = Integer.MAX_VALUE;
    int firstOther = Integer.MAX_VALUE;
    Occurrence unsafe = null;
    for (Occurrence o : occurrences) {
      if (o.use() == Use.REFUSED) {
        return new Verdict(Kind.REFUSED, o.reason());
      }
      if (o.use() == Use.STORE) {
        firstStore = Math.min(firstStore, o.order());
      } else {
        firstOther = Math.min(firstOther, o.order());
      }
      if (o.use() == Use.UNSAFE && (unsafe == null || o.order() < unsafe.order())) {
        unsafe = o;
      }
    }
    if (firstStore < firstOther) {
      return new Verdict(Kind.REFUSED, "`" + name + "` is rebound before its first use");
    }
    if (unsafe != null) {
      return new Verdict(Kind.UNSAFE, unsafe.reason());
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
      if (node instanceof ParserToken) {
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
        occurrences.add(classifier.classify(n));
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
      for (Object child : node.children) {
        if (child instanceof ParserToken t) {
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
      if (node instanceof ParserToken t) {
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
    if (at instanceof ParserToken t) {
      offset = t.getSymbol().getStartIndex();
      line = t.getSymbol().getLine();
    } else {
      offset = Syntax.start((ParserRuleContext) at);
      line = ((ParserRuleContext) at).getStart().getLine();
    }
    occurrences.add(new Occurrence(use, reason + " on line " + line, offset));
  }
}
