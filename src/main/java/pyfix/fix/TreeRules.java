package pyfix.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import pyfix.parse.ParsedFile;
import pyfix.semantic.Checker;

/** Runs tree rules together, in one walk of the tree. */
public final class TreeRules {
  private TreeRules() {}

  /**
   * What one walk found: each rule's findings in source order, and the exception of each rule that
   * failed (its findings are then dropped, the other rules' kept).
   */
  public record Walk(Map<TreeRule, List<Finding>> findings, Map<TreeRule, Throwable> failures) {}

  /** Walks {@code file} once for all of {@code rules}. */
  public static Walk walk(ParsedFile file, Settings settings, List<? extends TreeRule> rules) {
    Map<TreeRule, List<Finding>> findings = new IdentityHashMap<>();
    Map<TreeRule, RuleContext> contexts = new IdentityHashMap<>();
    Map<TreeRule, Throwable> failures = new IdentityHashMap<>();
    Checker<TreeRule> checker = new Checker<>();
    for (TreeRule rule : rules) {
      List<Finding> out = new ArrayList<>();
      findings.put(rule, out);
      contexts.put(rule, new RuleContext(file, settings, out));
      checker.register(rule, rule.nodeKinds());
    }
    checker.walk(
        file.tree(),
        (rule, node) -> {
          if (failures.containsKey(rule)) {
            return;
          }
          try {
            rule.visit(node, contexts.get(rule));
          } catch (RuntimeException | StackOverflowError e) {
            failures.put(rule, e);
          }
        });
    for (TreeRule rule : rules) {
      findings.get(rule).sort(Comparator.comparingInt(Finding::start));
    }
    failures.keySet().forEach(findings::remove);
    return new Walk(findings, failures);
  }
}
