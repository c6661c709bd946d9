package pyfix.fixers.naming;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.ArgumentContext;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.semantic.Binding;
import pyfix.semantic.Scope;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * N815: reports a mixedCase variable stored in a class body; a {@code TypedDict}'s keys, named
 * tuples made by a call and {@code ignore-names} are exempt.
 */
public final class MixedCaseClassVariableFixer implements TreeRule {
  /** How many local base classes deep a {@code TypedDict} is looked for (bases may loop). */
  private static final int MAX_BASE_DEPTH = 8;

  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "N815", "mixed-case-variable-in-class-scope", Kind.SEMANTIC, FixSafety.NONE);

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
    SemanticModel model = context.model();
    if (typedDict(def, model)) {
      return;
    }
    Scope body = model.scopeOf(def.block());
    for (Binding b : Variables.storedIn(body, model, s -> s == body)) {
      if (Names.isMixedCase(b.name())
          && !Names.ignored(b.name(), context)
          && !Variables.namesTuple(b, model)) {
        Variables.report(
            METADATA.code(),
            "Variable `" + b.name() + "` in class scope should not be mixedCase",
            b,
            context);
      }
    }
  }

  /**
   * Whether the class derives from {@code TypedDict}, whose body names a dict's keys, directly or
   * through classes of this file.
   */
  private static boolean typedDict(ClassDefContext def, SemanticModel model) {
    return typedDict(def, model, 0);
  }

  private static boolean typedDict(ClassDefContext def, SemanticModel model, int depth) {
    if (def.arguments() == null || depth > MAX_BASE_DEPTH) {
      return false;
    }
    for (ArgumentContext a : def.arguments().argument()) {
      if (a.getChildCount() != 1) {
        continue;
      }
      String base = model.qualifiedName(a.test(0));
      if ("typing.TypedDict".equals(base) || "typing_extensions.TypedDict".equals(base)) {
        return true;
      }
      String name = Syntax.name(a.test(0));
      // an import in each branch of a try or version check resolves to several bindings
      for (Binding b : name == null ? List.<Binding>of() : model.resolve(name, a)) {
        if (b.imports("typing", "TypedDict")
            || b.imports("typing_extensions", "TypedDict")
            || b.node() instanceof ClassDefContext local && typedDict(local, model, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
