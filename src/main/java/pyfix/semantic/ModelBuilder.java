package pyfix.semantic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.ArgumentContext;
import pyfix.parse.PythonParser.BraceItemContext;
import pyfix.parse.PythonParser.BracesContext;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.parse.PythonParser.CompForContext;
import pyfix.parse.PythonParser.ComprehensionContext;
import pyfix.parse.PythonParser.ElementsContext;
import pyfix.parse.PythonParser.ExpressionStatementContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.LambdaParameterContext;
import pyfix.parse.PythonParser.NameContext;
import pyfix.parse.PythonParser.SubscriptionContext;
import pyfix.parse.PythonParser.TestContext;
import pyfix.parse.PythonParser.TypeParameterContext;
import pyfix.parse.PythonParser.TypeParametersContext;
import pyfix.semantic.Binding.BindingKind;

/**
 * Builds the scopes and bindings of a file in one walk of its tree. Flow is ignored: a name bound
 * anywhere in a scope counts as bound in all of it, which errs on the side of "not the builtin".
 */
final class ModelBuilder {
  final Scope module;
  final List<Scope> scopes = new ArrayList<>();
  // the subtrees whose code runs in a scope other than the one around them
  final Map<ParseTree, Scope> roots = new IdentityHashMap<>();
  final References references;
  private Scope scope;

  ModelBuilder(String text, PythonParser.FileContext tree) {
    references = new References(text);
    module = open(Scope.Kind.MODULE, tree);
    scope = module;
    children(tree);
  }

  private Scope open(Scope.Kind kind, ParserRuleContext node) {
    Scope s = new Scope(kind, scope, node);
    scopes.add(s);
    return s;
  }

  private void children(ParserRuleContext node) {
    List<ParseTree> children = node.children;
    for (int i = 0; children != null && i < children.size(); i++) {
      if (children.get(i) instanceof ParserRuleContext child) {
        visit(child);
      }
    }
  }

  private void visit(ParseTree node) {
    if (!(node instanceof ParserRuleContext rule)) {
      return; // a token binds and reads nothing by itself
    }
    // Most nodes are links of a one-child chain (test, boolExpr, expr, …): such a node binds and
    // reads what its child does, whatever its rule, so the walk goes straight to the chain's end.
    List<ParseTree> children = rule.children;
    while (children != null
        && children.size() == 1
        && children.get(0) instanceof ParserRuleContext only) {
      rule = only;
      children = rule.children;
    }
    // one switch on the rule, then a test or two: this runs for every node of every file
    switch (rule.getRuleIndex()) {
      case PythonParser.RULE_expr -> expression(rule);
      case PythonParser.RULE_test -> {
        // only a lambda starts with a token
        if (!(rule.getChild(0) instanceof ParserRuleContext)
            && rule instanceof TestContext t
            && t.LAMBDA() != null) {
          lambda(t);
        } else {
          children(rule);
        }
      }
      case PythonParser.RULE_simpleStatement -> {
        if (rule instanceof ExpressionStatementContext e) {
          assignment(e);
        } else if (!statement(rule)) {
          children(rule);
        }
      }
      case PythonParser.RULE_compoundStatement,
          PythonParser.RULE_withItem,
          PythonParser.RULE_exceptClause -> {
        if (!statement(rule)) {
          children(rule);
        }
      }
      case PythonParser.RULE_functionDef -> function((FunctionDefContext) rule);
      case PythonParser.RULE_classDef -> classDef((ClassDefContext) rule);
      case PythonParser.RULE_elements -> {
        if (rule instanceof ElementsContext e && e.comprehension() != null) {
          comprehension(e.starNamedExpression(0), e.comprehension());
        } else {
          children(rule);
        }
      }
      case PythonParser.RULE_argument -> argument((ArgumentContext) rule);
      case PythonParser.RULE_namedExpression,
          PythonParser.RULE_starNamedExpression,
          PythonParser.RULE_braceItem,
          PythonParser.RULE_slice -> {
        if (!walrus(rule)) {
          children(rule);
        }
      }
      case PythonParser.RULE_starPattern,
          PythonParser.RULE_pattern,
          PythonParser.RULE_closedPattern,
          PythonParser.RULE_mappingItem -> {
        if (!pattern(rule)) {
          children(rule);
        }
      }
      default -> children(rule);
    }
  }

  /** A name read, a call, a comprehension in braces, or an expression that holds them. */
  private void expression(ParserRuleContext node) {
    if (node instanceof NameContext n) {
      reference(n.getStart());
    } else if (node instanceof CallContext c) {
      call(c);
    } else if (node instanceof BracesContext b && b.comprehension() != null) {
      comprehension(b.braceItem(0), b.comprehension());
    } else if (node instanceof SubscriptionContext s && thisModule(s)) {
      module.markDynamic(); // `setattr(sys.modules[__name__], n, v)` writes it as globals() does
      children(node);
    } else {
      children(node);
    }
  }

  private void argument(ArgumentContext a) {
    if (a.comprehension() != null) {
      comprehension(a.test(0), a.comprehension());
    } else if (a.EQUAL() != null) {
      visit(a.test(1)); // the keyword is no name read
    } else if (!walrus(a)) {
      children(a);
    }
  }

  /** Whether {@code s} is {@code sys.modules[__name__]} (or {@code modules[__name__]}). */
  private static boolean thisModule(SubscriptionContext s) {
    String base = Syntax.dotted(s.expr());
    return base != null
        && (base.equals("modules") || base.endsWith(".modules"))
        && s.slices().getText().equals("__name__");
  }

  /** Binding statements other than assignments; false for anything else. */
  private boolean statement(ParseTree node) {
    if (node instanceof PythonParser.ImportStatementContext imp) {
      for (Alias a : Imports.names(imp)) {
        bind(a.boundName(), BindingKind.IMPORT, imp, a.start(), a.name(), null);
      }
    } else if (node instanceof PythonParser.FromImportStatementContext from) {
      Imports.ImportFrom view = Imports.from(from);
      if (view.star()) {
        scope.markDynamic();
      }
      for (Alias a : view.names()) {
        bind(
            a.boundName(),
            BindingKind.FROM_IMPORT,
            from,
            a.start(),
            view.qualifiedModule(),
            a.name());
      }
    } else if (node instanceof PythonParser.DelStatementContext d) {
      store(d.targetList(), BindingKind.DELETION, d);
      deletedNames(d.targetList());
    } else if (node instanceof PythonParser.ForStatementContext f) {
      store(f.targetList(), BindingKind.LOOP_TARGET, f);
      visit(f.starExpressions());
      for (PythonParser.BlockContext b : f.block()) {
        visit(b);
      }
    } else if (node instanceof PythonParser.WithItemContext w) {
      visit(w.test());
      if (w.target() != null) {
        store(w.target(), BindingKind.WITH_TARGET, w);
      }
    } else if (node instanceof PythonParser.ExceptClauseContext x) {
      if (x.AS() != null) {
        bind(x.NAME(), BindingKind.EXCEPT_HANDLER, x);
      }
      children(x);
    } else if (node instanceof PythonParser.GlobalStatementContext g) {
      g.NAME().forEach(n -> scope.declareGlobal(n.getText()));
      g.NAME().forEach(n -> reference(n.getSymbol()));
    } else if (node instanceof PythonParser.NonlocalStatementContext n) {
      n.NAME().forEach(t -> scope.declareNonlocal(t.getText()));
      n.NAME().forEach(t -> reference(t.getSymbol()));
    } else if (node instanceof PythonParser.TypeAliasStatementContext t) {
      bind(t.NAME(), BindingKind.TYPE_ALIAS, t);
      Scope outer = scope;
      scope = open(Scope.Kind.TYPE_PARAMETERS, t);
      roots.put(t.test(), scope);
      typeParameters(t.typeParameters());
      visit(t.test());
      scope = outer;
    } else {
      return false;
    }
    return true;
  }

  private void assignment(ExpressionStatementContext e) {
    List<ParseTree> parts = e.children;
    int lastEqual = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof ParserToken t && t.getType() == PythonParser.EQUAL) {
        lastEqual = i;
      }
    }
    if (e.augmentedOperator != null) {
      visit(parts.get(0));
      store(parts.get(0), BindingKind.AUGMENTED_ASSIGNMENT, e);
      visit(parts.get(2));
    } else if (e.COLON() != null) {
      store(parts.get(0), lastEqual < 0 ? BindingKind.ANNOTATION : BindingKind.ASSIGNMENT, e);
      visit(parts.get(2));
      if (lastEqual > 0) {
        visit(parts.get(lastEqual + 1));
      }
    } else if (lastEqual < 0) {
      children(e);
    } else {
      for (int i = 0; i < lastEqual; i++) {
        if (parts.get(i) instanceof ParserRuleContext) {
          store(parts.get(i), BindingKind.ASSIGNMENT, e);
        }
      }
      visit(parts.get(lastEqual + 1));
    }
  }

  /** Binds the names of target {@code node}; what targets read (a.b, a[i]) is visited. */
  private void store(ParseTree node, BindingKind kind, ParserRuleContext statement) {
    if (node instanceof NameContext n) {
      bind(n.getText(), kind, statement, Syntax.start(n), null, null);
    } else if (node instanceof PythonParser.AttributeContext
        || node instanceof PythonParser.SubscriptionContext
        || node instanceof ParserToken) {
      if (node instanceof ParserRuleContext) {
        visit(node);
      }
    } else if (node instanceof PythonParser.TargetListContext
        || node instanceof PythonParser.TargetContext
        || node instanceof PythonParser.StarExpressionsContext
        || node instanceof PythonParser.StarExpressionContext
        || node instanceof PythonParser.StarNamedExpressionContext
        || node instanceof PythonParser.ElementsContext
        || node instanceof PythonParser.ParensContext
        || node instanceof PythonParser.ListContext
        || node instanceof PythonParser.OperandContext
        || (node instanceof TestContext && node.getChildCount() == 1)) {
      for (int i = 0; i < node.getChildCount(); i++) {
        store(node.getChild(i), kind, statement);
      }
    } else {
      visit(node);
    }
  }

  private void function(FunctionDefContext def) {
    bind(def.NAME(), BindingKind.FUNCTION, def);
    Scope outer = scope;
    Scope annotations = typeScope(def.typeParameters(), def);
    Function view = Function.of(def);
    for (Function.Parameter p : view.parameters()) {
      if (p.annotation() != null) {
        visit(p.annotation());
      }
      if (p.value() != null) {
        scope = outer;
        visit(p.value());
        scope = annotations;
      }
    }
    if (def.test() != null) {
      visit(def.test());
    }
    scope = open(Scope.Kind.FUNCTION, def);
    roots.put(def.block(), scope);
    for (Function.Parameter p : view.parameters()) {
      if (p.name() != null) {
        bind(p.name(), BindingKind.PARAMETER, p.node(), Syntax.start(p.node()), null, null);
      }
    }
    visit(def.block());
    scope = outer;
  }

  private void classDef(ClassDefContext c) {
    bind(c.NAME(), BindingKind.CLASS, c);
    Scope outer = scope;
    typeScope(c.typeParameters(), c);
    if (c.arguments() != null) {
      visit(c.arguments());
    }
    scope = open(Scope.Kind.CLASS, c);
    roots.put(c.block(), scope);
    visit(c.block());
    scope = outer;
  }

  /** Opens the scope of PEP 695 type parameters, if any, and makes it current. */
  private Scope typeScope(TypeParametersContext parameters, ParserRuleContext owner) {
    if (parameters != null) {
      scope = open(Scope.Kind.TYPE_PARAMETERS, owner);
      roots.put(parameters, scope);
      typeParameters(parameters);
    }
    return scope;
  }

  private void typeParameters(TypeParametersContext parameters) {
    if (parameters == null) {
      return;
    }
    for (TypeParameterContext p : parameters.typeParameter()) {
      bind(p.NAME(), BindingKind.TYPE_PARAMETER, p);
      children(p);
    }
  }

  private void lambda(TestContext t) {
    Scope outer = scope;
    List<LambdaParameterContext> parameters =
        t.lambdaParameters() == null ? List.of() : t.lambdaParameters().lambdaParameter();
    for (LambdaParameterContext p : parameters) {
      if (p.test() != null) {
        visit(p.test());
      }
    }
    scope = open(Scope.Kind.LAMBDA, t);
    roots.put(t.test(), scope);
    for (LambdaParameterContext p : parameters) {
      if (p.NAME() != null) {
        bind(p.NAME(), BindingKind.PARAMETER, p);
      }
    }
    visit(t.test());
    scope = outer;
  }

  /** The first iterable runs in the enclosing scope; the rest in the comprehension's own. */
  private void comprehension(ParserRuleContext element, ComprehensionContext comprehension) {
    List<CompForContext> fors = comprehension.compFor();
    CompForContext first = fors.get(0);
    visit(first.boolExpr(0));
    Scope outer = scope;
    scope = open(Scope.Kind.COMPREHENSION, comprehension);
    roots.put(element, scope);
    roots.put(first.targetList(), scope);
    store(first.targetList(), BindingKind.LOOP_TARGET, first);
    for (int i = 1; i < first.boolExpr().size(); i++) {
      roots.put(first.boolExpr(i), scope);
      visit(first.boolExpr(i));
    }
    for (int i = 1; i < fors.size(); i++) {
      roots.put(fors.get(i), scope);
      store(fors.get(i).targetList(), BindingKind.LOOP_TARGET, fors.get(i));
      for (PythonParser.BoolExprContext condition : fors.get(i).boolExpr()) {
        visit(condition);
      }
    }
    visit(element);
    scope = outer;
  }

  /**
   * {@code globals()} may write the module, {@code locals()}, {@code vars()}, {@code exec()} here;
   * {@code dir()} lists the names here, which makes none of them unused.
   */
  private void call(CallContext c) {
    String name = Syntax.name(c.expr());
    if ("globals".equals(name)) {
      module.markDynamic();
    } else if (("locals".equals(name)
            || "vars".equals(name)
            || "exec".equals(name)
            || ("dir".equals(name) && c.arguments() == null))
        && (scope.kind() == Scope.Kind.MODULE || scope.kind() == Scope.Kind.CLASS)) {
      scope.markDynamic();
    }
    children(c);
  }

  /** Capture patterns of {@code match}; false for anything else. */
  private boolean pattern(ParseTree node) {
    if (node instanceof PythonParser.StarPatternContext s && s.NAME() != null) {
      bind(s.NAME(), BindingKind.MATCH_CAPTURE, s);
    } else if (node instanceof PythonParser.PatternContext p && p.AS() != null) {
      bind(p.NAME(), BindingKind.MATCH_CAPTURE, p);
      children(p);
    } else if (node instanceof PythonParser.NamePatternContext n
        && n.NAME().size() == 1
        && n.LPAR() == null) {
      if (!n.NAME(0).getText().equals("_")) {
        bind(n.NAME(0), BindingKind.MATCH_CAPTURE, n);
      }
    } else if (node instanceof PythonParser.NamePatternContext n) {
      reference(n.NAME(0).getSymbol()); // a value or class pattern reads it
      children(n);
    } else if (node instanceof PythonParser.MappingItemContext m && m.NAME() != null) {
      bind(m.NAME(), BindingKind.MATCH_CAPTURE, m);
    } else {
      return false;
    }
    return true;
  }

  /** Assignment expressions bind in the nearest scope that is not a comprehension. */
  private boolean walrus(ParseTree node) {
    TestContext target;
    TestContext value;
    if (node instanceof PythonParser.NamedExpressionContext n && n.COLONEQUAL() != null) {
      target = n.test(0);
      value = n.test(1);
    } else if (node instanceof PythonParser.StarNamedExpressionContext n
        && n.COLONEQUAL() != null) {
      target = n.test(0);
      value = n.test(1);
    } else if (node instanceof BraceItemContext b && b.COLONEQUAL() != null) {
      target = b.test(0);
      value = b.test(1);
    } else if (node instanceof ArgumentContext a && a.COLONEQUAL() != null) {
      target = a.test(0);
      value = a.test(1);
    } else if (node instanceof PythonParser.SliceContext s && s.COLONEQUAL() != null) {
      target = s.test(0);
      value = s.test(1);
    } else {
      return false;
    }
    visit(value);
    Scope s = scope;
    while (s.kind() == Scope.Kind.COMPREHENSION) {
      s = s.parent();
    }
    String name = Syntax.name(target);
    if (name != null) {
      Scope current = scope;
      scope = s;
      bind(name, BindingKind.WALRUS, (ParserRuleContext) node, Syntax.start(target), null, null);
      scope = current;
    }
    return true;
  }

  /** A read of the name token {@code name} in the current scope. */
  private void reference(Token name) {
    references.add(name.getStartIndex(), name.getStopIndex() + 1, scope);
  }

  /** {@code del x} reads {@code x} as well as unbinding it. */
  private void deletedNames(ParseTree target) {
    if (target instanceof NameContext n) {
      reference(n.getStart());
    } else if (target instanceof ParserRuleContext
        && !(target instanceof PythonParser.AttributeContext)
        && !(target instanceof PythonParser.SubscriptionContext)) {
      for (int i = 0; i < target.getChildCount(); i++) {
        deletedNames(target.getChild(i));
      }
    }
  }

  private void bind(TerminalNode name, BindingKind kind, ParserRuleContext node) {
    bind(name.getText(), kind, node, Syntax.start(name), null, null);
  }

  /** Binds in the current scope, or in the module for a name the scope declares global. */
  private void bind(
      String name,
      BindingKind kind,
      ParserRuleContext node,
      int start,
      String module,
      String member) {
    name = Syntax.identifier(name);
    Scope target = scope;
    if (scope.isGlobal(name)) {
      target = this.module;
    } else if (scope.isNonlocal(name)) {
      target = enclosing(name);
    }
    target.bind(new Binding(name, kind, target, node, start, module, member));
  }

  /** The enclosing function scope a {@code nonlocal} name refers to. */
  private Scope enclosing(String name) {
    Scope fallback = null;
    for (Scope s = scope.parent(); s != null && s.kind() != Scope.Kind.MODULE; s = s.parent()) {
      if (s.kind() == Scope.Kind.CLASS || s.isNonlocal(name)) {
        continue;
      }
      if (!s.bindings(name).isEmpty()) {
        return s;
      }
      fallback = fallback == null ? s : fallback;
    }
    return fallback == null ? scope : fallback;
  }
}
