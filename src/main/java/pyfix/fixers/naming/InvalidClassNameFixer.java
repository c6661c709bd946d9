package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.ClassDefContext;

/** N801: reports a class whose name, past leading underscores, is not CapWords. */
public final class InvalidClassNameFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("N801", "invalid-class-name", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(ClassDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    var name = ((ClassDefContext) node).NAME();
    String stripped = name.getText().replaceFirst("^_+", "");
    if (!stripped.isEmpty()
            && Character.isUpperCase(stripped.codePointAt(0))
            && !stripped.contains("_")
        || Names.ignored(name.getText(), context)) {
      return;
    }
    Names.report(
        METADATA.code(),
        "Class name `" + name.getText() + "` should use CapWords convention",
        name,
        context);
  }
}
