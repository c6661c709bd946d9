package pyfix.fixers.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Applicability;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.parse.PythonParser.DecoratorContext;
import pyfix.parse.PythonParser.DefinitionContext;
import pyfix.parse.PythonParser.FileContext;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.ImportStatementContext;
import pyfix.parse.PythonParser.TryStatementContext;
import pyfix.semantic.Alias;
import pyfix.semantic.Binding;
import pyfix.semantic.Binding.BindingKind;
import pyfix.semantic.Imports;
import pyfix.semantic.Reference;
import pyfix.semantic.Scope;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.StandardLibrary;
import pyfix.semantic.Syntax;

/**
 * Finds a name bound again, in the same block, while nothing read what an import, {@code def} or
 * {@code class} bound to it before: a leftover duplicate import, or a second {@code def} of one
 * name whose first body is dead (in a test class, a test that never runs). An import of the very
 * same thing is fixed by removing the earlier import; other redefinitions are reported only.
 */
public final class RedefinedWhileUnusedFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("F811", "redefined-while-unused", Kind.SEMANTIC, FixSafety.PER_FINDING);

  /** The bindings that define a name: a later binding of it drops what they made. */
  private static final Set<BindingKind> DEFINITIONS =
      EnumSet.of(
          BindingKind.IMPORT, BindingKind.FROM_IMPORT, BindingKind.FUNCTION, BindingKind.CLASS);

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
    boolean explicit = context.settings().select().stream().anyMatch("F811"::startsWith);
    if (context.settings().packageInit() && !explicit) {
      return;
    }
    SemanticModel model = context.model();
    Pattern dummies = context.settings().options().dummyNames().pattern();
    for (Scope scope : model.scopes()) {
      for (String name : scope.names()) {
        List<Binding> bindings = scope.bindings(name);
        for (int i = 1; i < bindings.size(); i++) {
          Binding first = bindings.get(i - 1);
          Binding again = bindings.get(i);
          if (redefines(again, first, dummies)
              && sameBlock(first.node(), again.node())
              && !readBetween(model, name, chainStart(bindings, i), evaluatedBefore(again))) {
            context.report(
                sameTarget(first, again)
                    ? fixable(first, again, context)
                    : reportOnly(first, again, context));
          }
        }
      }
    }
  }

  /**
   * Whether {@code again} counts as a redefinition of {@code first}, as in pyflakes and Ruff: an
   * import, {@code def} or {@code class} assigned or defined again, or an assignment defined again
   * ({@code handler = None}, {@code def handler(): ...}). Not a {@code __future__} import or an
   * overload, a name Ruff's default {@code dummy-variable-rgx} matches ({@code _}, {@code _impl})
   * unless imported, nor imports of submodules, which add to the package's name ({@code import
   * a.b}, {@code import a.c}). Ruff also counts other bindings ({@code with} targets, parameters of
   * an inner function); these are the plain statements of one block.
   */
  private static boolean redefines(Binding again, Binding first, Pattern dummies) {
    boolean defines = DEFINITIONS.contains(again.kind());
    if (!(defines || again.kind() == BindingKind.ASSIGNMENT)
        || !(DEFINITIONS.contains(first.kind())
            || defines && first.kind() == BindingKind.ASSIGNMENT)) {
      return false;
    } else if ("__future__".equals(first.module()) || "__future__".equals(again.module())) {
      return false; // a compiler directive, which binds no name of use
    } else if (submodule(first) || submodule(again)) {
      return sameTarget(first, again);
    } else if (first.kind() == BindingKind.FUNCTION && overload(first.node())) {
      return false;
    }
    boolean imported =
        first.kind() == BindingKind.IMPORT || first.kind() == BindingKind.FROM_IMPORT;
    return imported || !dummies.matcher(first.name()).find();
  }

  /** Whether {@code b} binds a package by importing a submodule: {@code import a.b}. */
  private static boolean submodule(Binding b) {
    return b.kind() == BindingKind.IMPORT
        && !b.module().equals(b.name())
        && alias(b).asname() == null;
  }

  private static boolean overload(ParserRuleContext def) {
    if (def.getParent() instanceof DefinitionContext d) {
      for (DecoratorContext decorator : d.decorator()) {
        if ("overload".equals(Syntax.lastName(decorator.namedExpression()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameTarget(Binding first, Binding again) {
    return first.kind() == again.kind()
        && (first.kind() == BindingKind.IMPORT || first.kind() == BindingKind.FROM_IMPORT)
        && Objects.equals(first.module(), again.module())
        && Objects.equals(first.member(), again.member());
  }

  /**
   * Where the code that runs before {@code b} binds its name ends: a {@code def}'s decorators,
   * defaults and annotations, a {@code class}'s whole body (its annotations read the name's old
   * value: {@code Node = None} as a forward declaration), an assignment's value ({@code os = os.x}
   * reads the import).
   */
  private static int evaluatedBefore(Binding b) {
    ParserRuleContext node = b.node();
    if (node instanceof FunctionDefContext def) {
      return Syntax.start(def.block());
    }
    return b.kind() == BindingKind.ASSIGNMENT || node instanceof ClassDefContext
        ? Syntax.end(node)
        : b.start();
  }

  /**
   * Where the bindings before {@code bindings[i]} began to rebind one another, since the last
   * {@code del}: Ruff hands a binding's reads on to the binding that replaces it, so once the name
   * was read, no later redefinition is reported ({@code def f(): ...}, {@code f()}, {@code def
   * f(x): ...}, {@code def f(y): ...}).
   */
  private static int chainStart(List<Binding> bindings, int i) {
    int start = i - 1;
    while (start > 0 && bindings.get(start - 1).kind() != BindingKind.DELETION) {
      start--;
    }
    return bindings.get(start).start();
  }

  /** Whether both statements are in one block, outside any {@code try}. */
  private static boolean sameBlock(ParserRuleContext first, ParserRuleContext again) {
    ParseTree block = Syntax.enclosingBlock(again);
    if (Syntax.enclosingBlock(first) != block) {
      return false;
    }
    for (ParseTree p = block; p != null; p = p.getParent()) {
      if (p instanceof TryStatementContext) {
        return false;
      }
    }
    return true;
  }

  private static boolean readBetween(SemanticModel model, String name, int from, int to) {
    for (Reference r : model.references(name)) {
      if (r.start() > from && r.start() < to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding at the name {@code again} binds: an import's {@code as} name, where Ruff has it.
   */
  private static Finding reportOnly(Binding first, Binding again, RuleContext context) {
    int line = context.file().lines().line(first.start());
    int start = again.start();
    int end = start + again.name().length();
    if (again.kind() == BindingKind.IMPORT || again.kind() == BindingKind.FROM_IMPORT) {
      Alias alias = alias(again);
      end = alias.end();
      start = alias.asname() == null ? alias.start() : end - alias.asname().length();
    }
    return Finding.reportOnly(
        METADATA.code(),
        "Redefinition of unused `" + again.name() + "` from line " + line,
        start,
        end);
  }

  /** The finding for an import of what an earlier import bound, which removes the earlier one. */
  private static Finding fixable(Binding first, Binding again, RuleContext context) {
    Finding finding = reportOnly(first, again, context);
    UnusedAliases earlier = UnusedAliases.only(first.node(), first.start(), context.file());
    ImportRemoval removal =
        ImportRemoval.of(
            earlier, context.file(), ImportRemoval.whollyUnusedImports(context.file()));
    if (removal.refusal() != null) {
      return finding.withFixTitle("not fixed: the first import: " + removal.refusal());
    }
    String module = earlier.importedModule(earlier.unused().get(0));
    // a submodule its package leaves alone becomes the package's attribute only at the later line
    boolean effects =
        (ImportEffects.mayMatter(module)
                || ImportEffects.mayFail(module)
                || StandardLibrary.separateSubmodule(module) != null)
            && !context.model().inTypeChecking(again.node());
    // `globals()["json"]`, `exec("json.dumps(1)")`, `getattr(module, "json")` between the two
    // may read the first import
    boolean dynamic =
        first.scope().dynamic()
            || context.file().text().contains("eval(")
            || StringWords.between(context.file(), again.name(), first.start(), again.start());
    Fix fix =
        new Fix(effects || dynamic ? Applicability.UNSAFE : Applicability.SAFE, removal.edits());
    return Finding.fixable(finding.code(), finding.message(), finding.start(), finding.end(), fix)
        .withFixTitle(
            effects
                ? "unsafe: `"
                    + module
                    + "` would be imported later, and importing it may run code the lines"
                    + " between rely on; remove the first import"
                : dynamic
                    ? "unsafe: a string between the imports, `globals()`, `locals()`, `vars()`,"
                        + " `exec` or `eval` may read the first import by its name; remove the"
                        + " first import"
                    : "Remove the first import of `" + again.name() + "`");
  }

  private static Alias alias(Binding b) {
    List<Alias> aliases =
        b.node() instanceof FromImportStatementContext f
            ? Imports.from(f).names()
            : Imports.names((ImportStatementContext) b.node());
    for (Alias a : aliases) {
      if (a.start() == b.start()) {
        return a;
      }
    }
    throw new IllegalStateException("no alias of `" + b.name() + "` at " + b.start());
  }
}
