package pyfix.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The one walk of a tree per engine round: visits every node once, in source order (a node before
 * its children), and hands it to each visitor registered for its exact node class.
 *
 * @param <V> what visits: a rule, say
 */
public final class Checker<V> {
  private final Map<Class<?>, List<V>> byKind = new HashMap<>();

  /** Registers {@code visitor} for nodes of each class in {@code kinds}. */
  public Checker<V> register(V visitor, Iterable<Class<? extends ParserRuleContext>> kinds) {
    for (Class<? extends ParserRuleContext> kind : kinds) {
      byKind.computeIfAbsent(kind, k -> new ArrayList<>(1)).add(visitor);
    }
    return this;
  }

  /** Walks {@code root} once, calling {@code visit} for each registered visitor of each node. */
  public void walk(ParseTree root, BiConsumer<V, ParserRuleContext> visit) {
    if (byKind.isEmpty()) {
      return;
    }
    List<ParseTree> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      ParseTree node = stack.remove(stack.size() - 1);
      if (!(node instanceof ParserRuleContext rule)) {
        continue;
      }
      List<V> visitors = byKind.get(rule.getClass());
      if (visitors != null) {
        for (V v : visitors) {
          visit.accept(v, rule);
        }
      }
      for (int i = rule.getChildCount() - 1; i >= 0; i--) {
        stack.add(rule.getChild(i));
      }
    }
  }
}
