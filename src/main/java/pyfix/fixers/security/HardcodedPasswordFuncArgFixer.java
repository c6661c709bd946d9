package pyfix.fixers.security;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.CallContext;
import pyfix.semantic.Call;
import pyfix.semantic.Syntax;

/** Reports a string literal passed as a keyword argument whose name holds a password. */
public final class HardcodedPasswordFuncArgFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "S106", "hardcoded-password-func-arg", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(CallContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    if (!Call.hasKeywordArgument((CallContext) node)) {
      return; // most calls
    }
    for (Call.Keyword k : Call.of((CallContext) node).keywords()) {
      if (k.name() != null
          && PasswordNames.holdsPassword(k.name())
          && PasswordNames.secret(k.value().test(1)) != null) {
        context.report(
            Finding.reportOnly(
                METADATA.code(),
                "Possible hardcoded password assigned to argument: \"" + k.name() + "\"",
                Syntax.start(k.node()),
                Syntax.end(k.node())));
      }
    }
  }
}
