package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.fix.options.UnusedImportOptions;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.ImportStatementContext;
import pyfix.parse.PythonParser.StatementContext;
import pyfix.parse.PythonParser.TryStatementContext;
import pyfix.semantic.Alias;
import pyfix.semantic.Binding;
import pyfix.semantic.Scope;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.StandardLibrary;
import pyfix.semantic.Syntax;
import pyfix.source.LineMap;

/** Removes imports whose names nothing in the file reads. */
public final class UnusedImportFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("F401", "unused-import", Kind.SEMANTIC, FixSafety.PER_FINDING);

  private static final Set<String> LOCALS_READERS = Set.of("locals", "vars", "eval", "exec");

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
    UnusedImportOptions options = context.settings().options().unusedImports();
    boolean explicit = context.settings().select().stream().anyMatch("F401"::startsWith);
    if (context.settings().packageInit() && !explicit && options.ignoreInitModuleImports()) {
      return; // on by default only outside __init__.py, whose imports are often re-exports
    }
    UnusedAliases unused = UnusedAliases.of(node, context.file()).keeping(options::allows);
    if (unused.unused().isEmpty()) {
      return;
    }
    String refusal = refusal(node, context);
    List<UnusedAliases> earlier = refusal == null ? earlierImports(unused, context) : List.of();
    Predicate<StatementContext> along = removedAlong(earlier, context);
    ImportRemoval removal =
        refusal == null ? ImportRemoval.of(unused, context.file(), along) : null;
    if (removal != null) {
      refusal = removal.refusal();
    }
    Along alongWith = refusal == null ? Along.of(earlier, along, removal, context) : null;
    for (int i : unused.unused()) {
      Alias alias = unused.aliases().get(i);
      Finding finding =
          Finding.reportOnly(
              METADATA.code(),
              "`" + unused.qualifiedName(i) + "` imported but unused",
              // at the name it binds, as Ruff reports it: the alias, if there is one
              alias.asname() == null ? alias.start() : alias.end() - alias.asname().length(),
              alias.end());
      if (refusal != null) {
        context.report(finding.withFixTitle("not fixed: " + refusal));
      } else {
        context.report(fixed(finding, i, unused, alongWith, context));
      }
    }
  }

  /**
   * Whether this rule takes all of {@code s} away in the round: a lone import none of whose names
   * is used or allowed, with a fix that is neither refused nor held back as unsafe. Its block's
   * other statements share the refusals of {@link #refusal}.
   */
  private static boolean removesWhole(StatementContext s, RuleContext context) {
    ParserRuleContext node = ImportRemoval.loneImport(s);
    if (node == null) {
      return false;
    }
    UnusedImportOptions options = context.settings().options().unusedImports();
    UnusedAliases unused = UnusedAliases.of(node, context.file()).keeping(options::allows);
    if (!unused.all() || ImportRemoval.of(unused, context.file(), t -> true).refusal() != null) {
      return false;
    }
    Applicability given = applicability(unused, -1, context).applicability();
    return context
        .settings()
        .options()
        .fixSafety()
        .resolve(given, METADATA::selectedBy)
        .applies(context.settings().unsafeFixes());
  }

  /** Why no import of this statement may be removed, or null. */
  private static String refusal(ParserRuleContext node, RuleContext context) {
    SemanticModel model = context.model();
    if (context.settings().packageInit()
        && context.settings().options().unusedImports().ignoreInitModuleImports()) {
      return "in `__init__.py` an import may be a re-export";
    }
    if (model.module().dynamic()) {
      return "the module has a star import or calls `globals()`, `locals()`, `vars()`, `dir()` or"
          + " `exec()`";
    }
    if (!model.module().bindings("__getattr__").isEmpty()) {
      return "the module defines `__getattr__`, which may hand out imported names";
    }
    if (model.dunderAll().defined() && !model.dunderAll().complete()) {
      return "`__all__` is built in a way pyfix cannot read";
    }
    for (ParseTree p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof FunctionDefContext f && readsLocals(f.block())) {
        return "the function calls `locals()`, `vars()`, `dir()`, `eval()` or `exec()`";
      }
      if (p instanceof FunctionDefContext || p instanceof ClassDefContext) {
        break;
      }
      if (p instanceof TryStatementContext) {
        return "inside `try`, where an import may probe whether a module is installed";
      }
    }
    return null;
  }

  /** Whether code under {@code node} calls a builtin that reads the local namespace. */
  private static boolean readsLocals(ParseTree node) {
    if (node instanceof CallContext c) {
      String name = Syntax.name(c.expr());
      if (name != null && LOCALS_READERS.contains(name)) {
        return true;
      }
      if ("dir".equals(name) && c.arguments() == null) {
        return true; // the names of the local namespace
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (readsLocals(node.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The imports before {@code unused}'s names in their scope, in other statements, that bind the
   * same names: each statement with only those names as unused. They are not reported, as only a
   * name's last binding is; since nothing reads the name, they go with the last one, in one round
   * for the whole run instead of one round per import.
   */
  private static List<UnusedAliases> earlierImports(UnusedAliases unused, RuleContext context) {
    Scope scope = context.model().scopeOf(unused.statement());
    UnusedImportOptions options = context.settings().options().unusedImports();
    Map<ParserRuleContext, Set<Integer>> starts = new LinkedHashMap<>();
    for (int i : unused.unused()) {
      for (Binding b : scope.bindings(Syntax.identifier(unused.aliases().get(i).boundName()))) {
        boolean anImport =
            b.kind() == Binding.BindingKind.IMPORT || b.kind() == Binding.BindingKind.FROM_IMPORT;
        if (anImport
            && b.start() < unused.aliases().get(i).start()
            && b.node() != unused.statement()
            && refusal(b.node(), context) == null) {
          starts.computeIfAbsent(b.node(), k -> new TreeSet<>()).add(b.start());
        }
      }
    }
    List<UnusedAliases> earlier = new ArrayList<>();
    starts.forEach(
        (statement, at) -> {
          UnusedAliases some =
              UnusedAliases.only(statement, at, context.file()).keeping(options::allows);
          if (!some.unused().isEmpty()) {
            earlier.add(some);
          }
        });
    return earlier;
  }

  /**
   * Which statements go whole in the round: those {@link #removesWhole} says, and the {@code
   * earlier} imports a fix takes with the last import of their name.
   */
  private static Predicate<StatementContext> removedAlong(
      List<UnusedAliases> earlier, RuleContext context) {
    Set<ParserRuleContext> whole = new HashSet<>();
    earlier.stream().filter(UnusedAliases::all).forEach(e -> whole.add(e.statement()));
    return s -> removesWhole(s, context) || whole.contains(ImportRemoval.loneImport(s));
  }

  /**
   * The removal of the {@code earlier} imports that goes with a statement's own, once per
   * statement: their edits where none is refused and none overlaps the statement's own (else they
   * go in later rounds), and the first UNSAFE verdict among them, or null.
   */
  private record Along(List<Edit> edits, Safety unsafe) {
    static Along of(
        List<UnusedAliases> earlier,
        Predicate<StatementContext> along,
        ImportRemoval removal,
        RuleContext context) {
      List<Edit> edits = new ArrayList<>(removal.edits());
      Safety unsafe = null;
      for (UnusedAliases e : earlier) {
        ImportRemoval r = ImportRemoval.of(e, context.file(), along);
        if (r.refusal() == null) {
          edits.addAll(r.edits());
          Safety s = applicability(e, -1, context);
          unsafe = unsafe == null && s.applicability() == Applicability.UNSAFE ? s : unsafe;
        }
      }
      edits.sort(Comparator.comparingInt(Edit::start));
      for (int i = 1; i < edits.size(); i++) {
        if (edits.get(i).start() < edits.get(i - 1).end()) {
          return new Along(removal.edits(), null);
        }
      }
      return new Along(edits, unsafe);
    }
  }

  /**
   * {@code finding}, on the name at {@code index}, with its statement's removal and what goes
   * along.
   */
  private static Finding fixed(
      Finding finding, int index, UnusedAliases unused, Along along, RuleContext context) {
    Safety safety = applicability(unused, index, context);
    if (along.unsafe() != null && safety.applicability() != Applicability.UNSAFE) {
      safety = along.unsafe();
    }
    Fix fix = new Fix(safety.applicability(), along.edits());
    return Finding.fixable(finding.code(), finding.message(), finding.start(), finding.end(), fix)
        .withFixTitle(safety.title());
  }

  /**
   * The unused module or name that the comment lines right above the statement mention, or null:
   * such a comment may say why the import is there ({@code # unicodedata must be imported before
   * sys.path is cleared}), which is usually for what importing does.
   */
  private static String explainedAbove(UnusedAliases unused, RuleContext context) {
    String text = context.file().text();
    LineMap lines = context.file().lines();
    StringBuilder comments = new StringBuilder();
    for (int line = lines.line(Syntax.start(unused.statement())) - 1; line >= 1; line--) {
      String content = text.substring(lines.lineStart(line), lines.contentEnd(text, line)).strip();
      if (!content.startsWith("#")) {
        break;
      }
      comments.append(content).append('\n');
    }
    if (comments.isEmpty()) {
      return null;
    }
    for (int i : unused.unused()) {
      for (String word : List.of(unused.importedModule(i), unused.aliases().get(i).boundName())) {
        if (Pattern.compile("(?<![\\w.])" + Pattern.quote(word) + "(?![\\w])")
            .matcher(comments)
            .find()) {
          return unused.importedModule(i);
        }
      }
    }
    return null;
  }

  /** A removal's applicability and the fix title that says why. */
  private record Safety(Applicability applicability, String title) {}

  /**
   * SAFE when importing the modules has no effect relied on and no other module can import the
   * names from this one: the import is in a function, under {@code if TYPE_CHECKING:}, or in a
   * script, test module or notebook. The title names the alias or module at {@code shown} when it
   * is one that may matter, else the first that may.
   */
  private static Safety applicability(UnusedAliases unused, int shown, RuleContext context) {
    if (context.settings().packageInit()) {
      return new Safety(
          Applicability.UNSAFE,
          "unsafe: in `__init__.py` an import may be a re-export; remove unused import");
    }
    SemanticModel model = context.model();
    if (model.inTypeChecking(unused.statement())) {
      return new Safety(Applicability.SAFE, "Remove unused import"); // never runs
    }
    String module = null;
    for (int i : unused.unused()) {
      String m = unused.importedModule(i);
      if (ImportEffects.mayMatter(m) && (module == null || i == shown)) {
        module = m;
      }
    }
    if (module != null) {
      return new Safety(
          Applicability.UNSAFE,
          "unsafe: importing `"
              + module
              + "` may run code the program relies on;"
              + " remove unused import");
    }
    for (int i : unused.unused()) {
      String m = unused.importedModule(i);
      if (ImportEffects.mayFail(m)) {
        return new Safety(
            Applicability.UNSAFE,
            "unsafe: importing `"
                + m
                + "` fails on some platforms or Pythons, which the program may test;"
                + " remove unused import");
      }
    }
    String explained = explainedAbove(unused, context);
    if (explained != null) {
      return new Safety(
          Applicability.UNSAFE,
          "unsafe: the comment above it mentions `"
              + explained
              + "` and may say why it is imported; remove unused import");
    }
    if (context.settings().importedFrom()
        && model.scopeOf(unused.statement()).kind() == Scope.Kind.MODULE) {
      String name = unused.aliases().get(shown < 0 ? unused.unused().get(0) : shown).boundName();
      return new Safety(
          Applicability.UNSAFE,
          "unsafe: another module may import `" + name + "` from this one; remove unused import");
    }
    for (int i : unused.unused()) {
      String submodule = StandardLibrary.separateSubmodule(unused.importedModule(i));
      if (submodule != null) {
        String parent = submodule.substring(0, submodule.lastIndexOf('.'));
        return new Safety(
            Applicability.UNSAFE,
            "unsafe: importing `"
                + submodule
                + "` makes it an attribute of `"
                + parent
                + "` for the whole program, which may read it without importing it;"
                + " remove unused import");
      }
    }
    return new Safety(Applicability.SAFE, "Remove unused import");
  }
}
