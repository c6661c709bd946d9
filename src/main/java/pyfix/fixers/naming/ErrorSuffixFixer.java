package pyfix.fixers.naming;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.ArgumentContext;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.semantic.Syntax;

/**
 * N818: reports an exception class whose name does not end in {@code Error}. A class is an
 * exception when a base is {@code Exception} or a (dotted) name ending in {@code Error}, as in
 * Ruff: pyfix does not follow bases across modules.
 */
public final class ErrorSuffixFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N818", "error-suffix-on-exception-name", Kind.SEMANTIC, FixSafety.NONE);

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
    var def = (ClassDefContext) node;
    var name = def.NAME();
    if (name.getText().endsWith("Error")
        || def.arguments() == null
        || Names.ignored(name.getText(), context)) {
      return;
    }
    for (ArgumentContext a : def.arguments().argument()) {
      if (a.getChildCount() == 1 && isException(Syntax.dotted(a.test(0)))) {
        Names.report(
            METADATA.code(),
            "Exception name `" + name.getText() + "` should be named with an Error suffix",
            name,
            context);
        return;
      }
    }
  }

  private static boolean isException(String base) {
    return base != null && (base.equals("Exception") || base.endsWith("Error"));
  }
}
