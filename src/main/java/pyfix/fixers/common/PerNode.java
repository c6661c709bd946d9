package pyfix.fixers.common;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.RuleContext;

/**
 * A value decided once per node of one parsed text and shared by a family of rules that each need
 * it (the ANN rules' findings of a {@code def}, the D1 rules' code of a definition). A family keeps
 * its own subclass, which is its key in {@link pyfix.parse.ParsedFile#derived}; the settings the
 * values were decided with are kept too, so that a text checked with other settings starts again.
 */
public abstract class PerNode<T> {
  private final Map<ParserRuleContext, T> values = new IdentityHashMap<>();
  private Object settings;

  /**
   * The value of {@code node} under the context's settings, from {@code decide} the first time.
   * {@code decide} captures nothing, so that asking creates no object: under the C1 compiler the
   * launcher uses, each capturing lambda is an allocation through a method handle, which cost the
   * ANN and D1 rules more than their answers.
   */
  public T get(
      ParserRuleContext node,
      RuleContext context,
      BiFunction<ParserRuleContext, RuleContext, T> decide) {
    if (!same(context.settings(), settings)) {
      settings = context.settings();
      values.clear();
    }
    T value = values.get(node);
    if (value == null && !values.containsKey(node)) {
      value = decide.apply(node, context);
      values.put(node, value);
    }
    return value;
  }

  /** The same object nearly always: a record's first {@code equals} costs start-up time. */
  private static boolean same(Object settings, Object known) {
    return settings == known || known != null && settings.equals(known);
  }
}
