package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.ImportStatementContext;
import pyfix.semantic.Alias;
import pyfix.semantic.Binding;
import pyfix.semantic.Imports;
import pyfix.semantic.Reference;
import pyfix.semantic.Scope;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * The names of one import statement that nothing in the file reads.
 *
 * <p>A name counts as used when any scope of the file reads it (the model's references, which
 * include {@code del}, {@code global} and attribute bases), when {@code __all__} lists it, or when
 * any string mentions it. Matching by name across scopes errs towards "used". A name that the same
 * scope binds again later is not reported here, as in pyflakes and Ruff.
 *
 * @param statement the import statement
 * @param module the module a {@code from} import imports from, with its dots; null for {@code
 *     import}
 * @param aliases every name of the statement, in order
 * @param unused the indices of the aliases nothing reads
 */
record UnusedAliases(
    ParserRuleContext statement, String module, List<Alias> aliases, List<Integer> unused) {

  /** The unused names of {@code statement}; none for {@code __future__} and class bodies. */
  static UnusedAliases of(ParserRuleContext statement, ParsedFile file) {
    String module = null;
    List<Alias> aliases;
    if (statement instanceof FromImportStatementContext f) {
      Imports.ImportFrom from = Imports.from(f);
      module = from.qualifiedModule();
      aliases = from.names();
    } else {
      aliases = Imports.names((ImportStatementContext) statement);
    }
    SemanticModel model = SemanticModel.of(file);
    List<Integer> unused = new ArrayList<>();
    // a class attribute may be read as self.name; __future__ imports are compiler directives
    if (!"__future__".equals(module) && model.scopeOf(statement).kind() != Scope.Kind.CLASS) {
      Scope scope = model.scopeOf(statement);
      for (int i = 0; i < aliases.size(); i++) {
        if (unused(aliases.get(i), scope, model, file) && !boundAgainLater(aliases.get(i), scope)) {
          unused.add(i);
        }
      }
    }
    return new UnusedAliases(statement, module, aliases, List.copyOf(unused));
  }

  private static boolean unused(Alias alias, Scope scope, SemanticModel model, ParsedFile file) {
    String bound = Syntax.identifier(alias.boundName());
    boolean reExport = alias.asname() != null && alias.asname().equals(alias.name());
    return !reExport
        && !read(bound, scope, model)
        && !model.dunderAll().names().contains(bound)
        && !StringWords.of(file).contains(bound)
        && !packageReadUnderAlias(alias, scope, model);
  }

  /**
   * Whether {@code import a.b} loads a submodule of a package the scope reads under another name
   * ({@code import numpy as np}, {@code np.testing.f()}): Ruff counts the submodule import as used
   * then, as it makes {@code np.testing} reachable.
   */
  private static boolean packageReadUnderAlias(Alias alias, Scope scope, SemanticModel model) {
    int dot = alias.name().indexOf('.');
    if (alias.asname() != null || dot < 0) {
      return false;
    }
    String top = alias.name().substring(0, dot);
    for (String name : scope.names()) {
      if (name.equals(top)) {
        continue; // the submodule import's own name
      }
      for (Binding b : scope.bindings(name)) {
        if (b.kind() == Binding.BindingKind.IMPORT
            && (b.module().equals(top) || b.module().startsWith(top + "."))
            && read(name, scope, model)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether code that may see the import reads {@code name}: any code of the file for an import at
   * module level, only the function's own code (nested scopes included) for an import in a
   * function, unless the function declares the name {@code global} or {@code nonlocal} or may write
   * its namespace ({@code locals()}, {@code exec}). {@code def f(): import json} is unused even
   * when another function imports and reads {@code json}.
   */
  private static boolean read(String name, Scope scope, SemanticModel model) {
    List<Reference> references = model.references(name);
    if (scope.kind() != Scope.Kind.FUNCTION || scope.declaresOuter(name) || scope.dynamic()) {
      return !references.isEmpty();
    }
    for (Reference r : references) {
      if (scope.encloses(r.scope())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a later statement of the same scope binds the alias's name again: Ruff and pyflakes
   * check only a name's last binding ({@code except ImportError: ujson = None}; {@code def os():
   * ...}; {@code import a.b} then {@code import a.c}), so a project clean under Ruff may hold such
   * an import unused, and F811 reports the redefinitions it cares about. The last import's fix
   * takes the earlier ones along.
   */
  private static boolean boundAgainLater(Alias alias, Scope scope) {
    for (Binding b : scope.bindings(Syntax.identifier(alias.boundName()))) {
      if (b.start() > alias.start() && b.kind() != Binding.BindingKind.ANNOTATION) {
        return true;
      }
    }
    return false;
  }

  /** These names without the unused ones whose qualified name {@code kept} accepts. */
  UnusedAliases keeping(Predicate<String> kept) {
    List<Integer> left = unused.stream().filter(i -> !kept.test(qualifiedName(i))).toList();
    return new UnusedAliases(statement, module, aliases, left);
  }

  /** The names of {@code statement} with only the alias that starts at {@code start} as unused. */
  static UnusedAliases only(ParserRuleContext statement, int start, ParsedFile file) {
    return only(statement, Set.of(start), file);
  }

  /** The names of {@code statement} with only the aliases that start at {@code starts} unused. */
  static UnusedAliases only(ParserRuleContext statement, Set<Integer> starts, ParsedFile file) {
    UnusedAliases all = of(statement, file);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < all.aliases().size(); i++) {
      if (starts.contains(all.aliases().get(i).start())) {
        chosen.add(i);
      }
    }
    if (chosen.size() != starts.size()) {
      throw new IllegalArgumentException("no aliases start at all of " + starts);
    }
    return new UnusedAliases(statement, all.module(), all.aliases(), chosen);
  }

  /** Whether every name of the statement is unused. */
  boolean all() {
    return !unused.isEmpty() && unused.size() == aliases.size();
  }

  /** The full name of the unused alias {@code i}: {@code os.path}, {@code .models.User}. */
  String qualifiedName(int i) {
    String name = aliases.get(i).name();
    if (module == null) {
      return name;
    }
    return module.endsWith(".") ? module + name : module + "." + name;
  }

  /** The module that removing alias {@code i} may keep from being imported. */
  String importedModule(int i) {
    return module == null ? aliases.get(i).name() : qualifiedName(i);
  }
}
