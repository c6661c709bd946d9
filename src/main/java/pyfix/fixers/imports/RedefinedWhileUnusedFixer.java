package pyfix.fixers.imports;

import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.ImportStatementContext;
import pyfix.parse.PythonParser.TryStatementContext;
import pyfix.semantic.Alias;
import pyfix.semantic.Binding;
import pyfix.semantic.Imports;
import pyfix.semantic.Reference;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * Finds an import that imports again, into the same block, what an earlier import bound and nothing
 * read in between, and removes the earlier one.
 */
public final class RedefinedWhileUnusedFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("F811", "redefined-while-unused", Kind.SEMANTIC, FixSafety.PER_FINDING);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(ImportStatementContext.class, FromImportStatementContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    boolean explicit = context.settings().select().stream().anyMatch("F811"::startsWith);
    if (context.settings().packageInit() && !explicit) {
      return;
    }
    List<Alias> aliases =
        node instanceof FromImportStatementContext f
            ? Imports.from(f).names()
            : Imports.names((ImportStatementContext) node);
    SemanticModel model = context.model();
    for (Alias alias : aliases) {
      Binding again = binding(model, node, alias);
      Binding first = again == null ? null : previous(model, again);
      if (first != null && sameTarget(first, again) && sameBlock(first.node(), node)) {
        if (!readBetween(model, again.name(), first.start(), again.start())) {
          context.report(finding(first, again, alias, context));
        }
      }
    }
  }

  private static Binding binding(SemanticModel model, ParserRuleContext node, Alias alias) {
    for (Binding b : model.scopeOf(node).bindings(Syntax.identifier(alias.boundName()))) {
      if (b.start() == alias.start()) {
        return b;
      }
    }
    return null;
  }

  private static Binding previous(SemanticModel model, Binding b) {
    Binding before = null;
    for (Binding other : b.scope().bindings(b.name())) {
      if (other.start() < b.start() && (before == null || other.start() > before.start())) {
        before = other;
      }
    }
    return before;
  }

  private static boolean sameTarget(Binding first, Binding again) {
    return first.kind() == again.kind()
        && (first.kind() == Binding.BindingKind.IMPORT
            || first.kind() == Binding.BindingKind.FROM_IMPORT)
        && Objects.equals(first.module(), again.module())
        && Objects.equals(first.member(), again.member());
  }

  /** Whether both statements are in one block, outside any {@code try}. */
  private static boolean sameBlock(ParserRuleContext first, ParserRuleContext again) {
    ParseTree block = again.getParent().getParent().getParent();
    if (first.getParent().getParent().getParent() != block) {
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

  private static Finding finding(Binding first, Binding again, Alias alias, RuleContext context) {
    int line = context.file().lines().line(first.start());
    Finding finding =
        Finding.reportOnly(
            METADATA.code(),
            "Redefinition of unused `" + again.name() + "` from line " + line,
            alias.start(),
            alias.end());
    UnusedAliases earlier = UnusedAliases.only(first.node(), first.start(), context.file());
    ImportRemoval removal =
        ImportRemoval.of(
            earlier, context.file(), ImportRemoval.whollyUnusedImports(context.file()));
    if (removal.refusal() != null) {
      return finding.withFixTitle("not fixed: the first import: " + removal.refusal());
    }
    String module = earlier.importedModule(earlier.unused().get(0));
    boolean effects =
        ImportEffects.mayMatter(module) && !context.model().inTypeChecking(again.node());
    Fix fix = new Fix(effects ? Applicability.UNSAFE : Applicability.SAFE, removal.edits());
    return Finding.fixable(finding.code(), finding.message(), finding.start(), finding.end(), fix)
        .withFixTitle(
            effects
                ? "unsafe: `"
                    + module
                    + "` would be imported later, and importing it may run code the lines"
                    + " between rely on; remove the first import"
                : "Remove the first import of `" + again.name() + "`");
  }
}
