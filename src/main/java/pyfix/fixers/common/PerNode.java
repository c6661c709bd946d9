package pyfix.fixers.common;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A value decided once per node of one parsed text and shared by a family of rules that each need
 * it (the ANN rules' findings of a {@code def}, the D1 rules' code of a definition). A family keeps
 * its own subclass, which is its key in {@link pyfix.parse.ParsedFile#derived}; the options the
 * values were decided with are kept too, so that a text checked with other options starts again.
 */
public abstract class PerNode<T> {
  private final Map<ParserRuleContext, T> values = new IdentityHashMap<>();
  private Object options;

  /** The value of {@code node} under {@code options}, from {@code decide} the first time. */
  public T get(ParserRuleContext node, Object options, Supplier<T> decide) {
    if (!same(options, this.options)) {
      this.options = options;
      values.clear();
    }
    if (!values.containsKey(node)) {
      values.put(node, decide.get());
    }
    return values.get(node);
  }

  /** The same object nearly always: a record's first {@code equals} costs start-up time. */
  private static boolean same(Object options, Object known) {
    return options == known || known != null && options.equals(known);
  }
}
