package pyfix.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser;

/**
 * The one walk of a tree per engine round: visits every node once, in source order (a node before
 * its children), and hands it to each visitor registered for its exact node class.
 *
 * @param <V> what visits: a rule, say
 */
public final class Checker<V> {
  private final Map<Class<?>, List<V>> byKind = new HashMap<>();

  /**
   * What the walk learnt of {@link #byKind}, by rule index: the node classes of that rule met so
   * far, each followed by its visitors (null for none). A rule has one class, or one per labelled
   * alternative (19 for {@code expr}), so a scan of a few references answers what a hash lookup of
   * the class answered for every node. Made by each walk, as registering may have changed {@link
   * #byKind}.
   */
  private Object[][] byRule;

  /** Registers {@code visitor} for nodes of each class in {@code kinds}. */
  public Checker<V> register(V visitor, Iterable<Class<? extends ParserRuleContext>> kinds) {
    for (Class<? extends ParserRuleContext> kind : kinds) {
      byKind.computeIfAbsent(kind, k -> new ArrayList<>(1)).add(visitor);
    }
    return this;
  }

  /** Walks {@code root} once, calling {@code visit} for each registered visitor of each node. */
  public void walk(ParserRuleContext root, BiConsumer<V, ParserRuleContext> visit) {
    if (byKind.isEmpty()) {
      return;
    }
    byRule = new Object[PythonParser.ruleNames.length][];
    // a plain array: this loop runs for every node of every file, and terminals are never pushed
    ParserRuleContext[] stack = new ParserRuleContext[256];
    int size = 0;
    stack[size++] = root;
    while (size > 0) {
      ParserRuleContext node = stack[--size];
      List<V> visitors = visitorsOf(node);
      if (visitors != null) {
        for (int i = 0; i < visitors.size(); i++) {
          visit.accept(visitors.get(i), node);
        }
      }
      List<ParseTree> children = node.children;
      if (children == null) {
        continue;
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        if (children.get(i) instanceof ParserRuleContext child) {
          if (size == stack.length) {
            ParserRuleContext[] bigger = new ParserRuleContext[size * 2];
            System.arraycopy(stack, 0, bigger, 0, size); // Arrays.copyOf reflects on the type
            stack = bigger;
          }
          stack[size++] = child;
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<V> visitorsOf(ParserRuleContext node) {
    int rule = node.getRuleIndex();
    Object[] known = byRule[rule];
    Class<?> kind = node.getClass();
    for (int i = 0; known != null && i < known.length; i += 2) {
      if (known[i] == kind) {
        return (List<V>) known[i + 1];
      }
    }
    List<V> visitors = byKind.get(kind);
    known = known == null ? new Object[2] : Arrays.copyOf(known, known.length + 2);
    known[known.length - 2] = kind;
    known[known.length - 1] = visitors;
    byRule[rule] = known;
    return visitors;
  }
}
