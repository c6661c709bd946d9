package pyfix.fixers.security;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.StringsContext;
import pyfix.semantic.Function;
import pyfix.semantic.Syntax;

/** Reports a string literal default of a parameter whose name holds a password. */
public final class HardcodedPasswordDefaultFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "S107", "hardcoded-password-default", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FunctionDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    for (Function.Parameter p : Function.of((FunctionDefContext) node).parameters()) {
      StringsContext secret = p.value() == null ? null : PasswordNames.secret(p.value());
      if (secret != null && PasswordNames.holdsPassword(p.name())) {
        context.report(
            Finding.reportOnly(
                METADATA.code(),
                "Possible hardcoded password assigned to function default: \"" + p.name() + "\"",
                Syntax.start(secret),
                Syntax.end(secret)));
      }
    }
  }
}
