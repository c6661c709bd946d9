package pyfix.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
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
    Checker<Visiting> checker = new Checker<>();
    List<Visiting> all = new ArrayList<>(rules.size());
    for (TreeRule rule : rules) {
      Visiting v = new Visiting(rule, file, settings);
      all.add(v);
      checker.register(v, rule.nodeKinds());
    }
    checker.walk(file.tree(), Visiting::visit);
    Map<TreeRule, List<Finding>> findings = new IdentityHashMap<>();
    Map<TreeRule, Throwable> failures = new IdentityHashMap<>();
    for (Visiting v : all) {
      if (v.failure != null) {
        failures.put(v.rule, v.failure);
      } else {
        v.findings.sort(BY_START);
        findings.put(v.rule, v.findings);
      }
    }
    return new Walk(findings, failures);
  }

  private static final Comparator<Finding> BY_START = Comparator.comparingInt(Finding::start);

  /**
   * A rule in the walk, with its context, its findings and the exception that stopped it: what the
   * walk hands each node to, with no lookup per node.
   */
  private static final class Visiting {
    final TreeRule rule;
    final List<Finding> findings = new ArrayList<>();
    final RuleContext context;
    Throwable failure;

    Visiting(TreeRule rule, ParsedFile file, Settings settings) {
      this.rule = rule;
      this.context = new RuleContext(file, settings, findings);
    }

    void visit(ParserRuleContext node) {
      if (failure != null) {
        return; // a failed rule's findings are dropped; the others go on
      }
      try {
        rule.visit(node, context);
      } catch (RuntimeException | StackOverflowError e) {
        failure = e;
      }
    }
  }
}
