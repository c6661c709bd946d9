package pyfix.fix;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.parse.ParsedFile;

/**
 * A rule that reads the parse tree: it names the node kinds it wants, and the engine's one walk of
 * each round hands it every such node with the round's {@link RuleContext}.
 */
public interface TreeRule extends Fixer {
  /** The parse-tree classes (grammar labels, e.g. {@code ComparisonContext}) this rule visits. */
  Set<Class<? extends ParserRuleContext>> nodeKinds();

  /** Reports what is wrong at {@code node}, one of {@link #nodeKinds()}, to {@code context}. */
  void visit(ParserRuleContext node, RuleContext context);

  /** Runs this rule alone; the engine runs all tree rules of a round in one walk instead. */
  @Override
  default List<Finding> check(ParsedFile file, Settings settings) {
    TreeRules.Walk walk = TreeRules.walk(file, settings, List.of(this));
    Throwable failure = walk.failures().get(this);
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure != null) {
      throw (Error) failure;
    }
    return walk.findings().get(this);
  }
}
