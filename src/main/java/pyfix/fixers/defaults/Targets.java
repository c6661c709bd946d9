package pyfix.fixers.defaults;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;
import pyfix.semantic.Syntax;

/**
 * Where a name is bound: assignment, augmented assignment, loop, {@code with} and {@code del}
 * targets.
 */
final class Targets {
  /** What a target position does to the name or object there. */
  enum Target {
    NONE,
    ASSIGN,
    AUGMENTED,
    DELETE
  }

  private Targets() {}

  /** Where a store counts in execution order: an assignment's targets come after its value. */
  static int storeOrder(PythonParser.NameContext n) {
    ParseTree p = n;
    while (p != null
        && !(p instanceof PythonParser.SimpleStatementContext)
        && !(p instanceof PythonParser.ForStatementContext)
        && !(p instanceof PythonParser.CompForContext)
        && !(p instanceof PythonParser.WithItemContext)) {
      p = p.getParent();
    }
    if (p instanceof PythonParser.ForStatementContext f) {
      return Syntax.end(f.starExpressions());
    }
    return p == null ? Syntax.start(n) : Syntax.end((ParserRuleContext) p);
  }

  /**
   * Whether {@code name} is bound here: an assignment, loop or {@code with} target, or {@code del}.
   */
  static boolean isBinding(PythonParser.NameContext name) {
    return of(name) != Target.NONE;
  }

  /**
   * Whether {@code node} is (part of) an assignment, augmented assignment or {@code del} target.
   */
  static Target of(ParseTree node) {
    ParseTree parent = node.getParent();
    while (parent != null
        && (Nodes.wraps(parent, node)
            || parent instanceof PythonParser.ElementsContext
            || parent instanceof PythonParser.ListContext
            || parent instanceof PythonParser.ParensContext
            || parent instanceof PythonParser.StarExpressionContext
            || parent instanceof PythonParser.StarExpressionsContext
            || (parent instanceof PythonParser.StarNamedExpressionContext s && s.STAR() != null)
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
