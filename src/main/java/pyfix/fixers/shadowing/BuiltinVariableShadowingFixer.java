package pyfix.fixers.shadowing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.FileContext;
import pyfix.semantic.Binding;
import pyfix.semantic.Binding.BindingKind;
import pyfix.semantic.Scope;
import pyfix.semantic.SemanticModel;

/**
 * A001: reports a variable, function or class named like a builtin ({@code list = ...}, {@code def
 * input():}) wherever it is bound, except a class's attributes and methods (Ruff's A003) and
 * imports (A004).
 */
public final class BuiltinVariableShadowingFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "A001", "builtin-variable-shadowing", Kind.SEMANTIC, FixSafety.NONE);

  /** Bindings that make a variable, function or class. */
  private static final Set<BindingKind> BINDS =
      EnumSet.of(
          BindingKind.ASSIGNMENT,
          BindingKind.AUGMENTED_ASSIGNMENT,
          BindingKind.ANNOTATION,
          BindingKind.LOOP_TARGET,
          BindingKind.WITH_TARGET,
          BindingKind.WALRUS,
          BindingKind.EXCEPT_HANDLER,
          BindingKind.FUNCTION,
          BindingKind.CLASS);

  /** Bindings in a class body that make the class's attributes or methods. */
  private static final Set<BindingKind> MEMBERS =
      EnumSet.of(
          BindingKind.ASSIGNMENT,
          BindingKind.AUGMENTED_ASSIGNMENT,
          BindingKind.ANNOTATION,
          BindingKind.FUNCTION,
          BindingKind.CLASS);

  /** Names Python sets in every module, which the module's own code may set on purpose. */
  private static final Set<String> MODULE_ATTRIBUTES = Set.of("__doc__", "__name__");

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FileContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    SemanticModel model = context.model();
    List<Binding> found = new ArrayList<>();
    for (Scope scope : model.scopes()) {
      for (String name : scope.names()) {
        if (!Shadowing.shadows(name, context) || MODULE_ATTRIBUTES.contains(name)) {
          continue;
        }
        for (Binding b : scope.bindings(name)) {
          if (BINDS.contains(b.kind())
              && !(MEMBERS.contains(b.kind())
                  && model.scopeOf(b.node()).kind() == Scope.Kind.CLASS)) {
            found.add(b);
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(Binding::start));
    for (Binding b : found) {
      context.report(
          Finding.reportOnly(
              METADATA.code(),
              "Variable `" + b.name() + "` is shadowing a Python builtin",
              b.start(),
              b.start() + b.name().length()));
    }
  }
}
