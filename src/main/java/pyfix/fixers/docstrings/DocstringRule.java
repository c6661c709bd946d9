package pyfix.fixers.docstrings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.fix.options.DocstringOptions;
import pyfix.fix.options.DocstringOptions.Convention;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.semantic.Definitions;

/** A D rule: its metadata, and what turns it off (the convention, {@code ignore-decorators}). */
abstract class DocstringRule implements TreeRule {
  /** The rules of ours each convention leaves out, as pydocstyle's and Ruff's conventions do. */
  private static final Map<Convention, Set<String>> LEFT_OUT =
      Map.of(
          Convention.GOOGLE, Set.of(),
          Convention.NUMPY, Set.of("D107", "D417"),
          Convention.PEP257, Set.of("D417"));

  private final RuleMetadata metadata;

  DocstringRule(RuleMetadata metadata) {
    this.metadata = metadata;
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  /**
   * Whether the rule is off for this file: its convention leaves it out, unless the rule is
   * selected by its own code, as in Ruff.
   */
  final boolean offByConvention(RuleContext context) {
    Convention convention = context.settings().options().docstrings().convention();
    return convention != null
        && LEFT_OUT.get(convention).contains(metadata.code())
        && !context.settings().select().contains(metadata.code());
  }

  /** Whether {@code def} is a function with one of the {@code ignore-decorators}. */
  static boolean ignored(ParserRuleContext def, RuleContext context) {
    List<String> names = context.settings().options().docstrings().ignoreDecorators();
    return def instanceof FunctionDefContext
        && !names.isEmpty()
        && Definitions.decoratedWith(def, context.model(), Set.copyOf(names));
  }

  /** The options of the D rules. */
  static DocstringOptions options(RuleContext context) {
    return context.settings().options().docstrings();
  }
}
