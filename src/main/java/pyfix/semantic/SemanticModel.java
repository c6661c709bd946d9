package pyfix.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonVersion;

/**
 * What the names of one parsed text mean: its scopes, their bindings, and how a name read at some
 * place resolves. Built on first request and shared by every rule that reads the same text.
 */
public final class SemanticModel {
  private final ParsedFile file;
  private final Scope module;
  private final List<Scope> scopes;
  private final Map<ParseTree, Scope> roots;
  private final References references;
  private Map<String, List<Binding>> bindingsByName;
  private DunderAll dunderAll;
  private Boolean setsTypeChecking;
  private volatile Boolean patchesBuiltins;

  private SemanticModel(ParsedFile file) {
    this.file = file;
    ModelBuilder builder = new ModelBuilder(file.text(), file.tree());
    this.module = builder.module;
    this.scopes = List.copyOf(builder.scopes);
    this.roots = builder.roots;
    this.references = builder.references;
  }

  /** The model of {@code file}, built once per text. */
  public static SemanticModel of(ParsedFile file) {
    return file.derived(SemanticModel.class, SemanticModel::new);
  }

  /** The module's scope. */
  public Scope module() {
    return module;
  }

  /** Every scope, the module first, then in the order they open. */
  public List<Scope> scopes() {
    return scopes;
  }

  /** The scope that code at {@code node} runs in. */
  public Scope scopeOf(ParseTree node) {
    for (ParseTree n = node; n != null; n = n.getParent()) {
      Scope s = roots.get(n);
      if (s != null) {
        return s;
      }
    }
    return module;
  }

  /**
   * The bindings a read of {@code name} at {@code at} may find, as Python resolves it (enclosing
   * functions, skipping class bodies, then the module); empty when no scope binds it.
   */
  public List<Binding> resolve(String name, ParseTree at) {
    return resolve(name, scopeOf(at));
  }

  /** The bindings the read {@code r} may find, as {@link #resolve(String, ParseTree)}. */
  public List<Binding> resolve(Reference r) {
    return resolve(r.name(), r.scope());
  }

  private List<Binding> resolve(String name, Scope from) {
    Scope found = lookup(name, from);
    return found == null ? List.of() : found.bindings(name);
  }

  /** Whether {@code name} is one of Python's builtin names, wherever it is bound. */
  public static boolean isBuiltinName(String name) {
    return Builtins.NAMES.contains(name);
  }

  /** Whether {@code name} is the name of one of Python's builtin classes (exceptions too). */
  public static boolean isBuiltinClassName(String name) {
    return Builtins.isClass(name);
  }

  /** Whether {@code name} is a builtin of Python {@code target} (Ruff's A rules ask this). */
  public static boolean isBuiltinName(String name, PythonVersion target) {
    PythonVersion added = Builtins.ADDED.get(name);
    return Builtins.NAMES.contains(name) && (added == null || target.atLeast(added));
  }

  /**
   * Whether {@code name} read at {@code at} is certainly the builtin: no scope it may resolve in
   * binds it, and no star import or {@code globals()} write may bind it.
   */
  public boolean isBuiltin(String name, ParseTree at) {
    Scope scope = scopeOf(at);
    return Builtins.NAMES.contains(name)
        && lookup(name, scope) == null
        && !maybeAnything(scope)
        && !patchesBuiltins();
  }

  /**
   * Whether the module may replace builtins themselves. There are too many ways to write it to list
   * ({@code builtins.len = ...}, {@code (builtins.len) = ...}, {@code B = builtins}, {@code
   * mock.patch("builtins.len")}, {@code patch.object(builtins, "len")}, {@code
   * sys.modules["builtins"]}, {@code __builtins__[...]}, {@code __import__("builtins")}), so any
   * mention of {@code builtins} counts, in strings and comments too, but {@code import builtins},
   * {@code from builtins import ...} and a call {@code builtins.name(...)} of a public name.
   */
  public boolean patchesBuiltins() {
    Boolean patches = patchesBuiltins;
    if (patches == null) {
      patches = patchesBuiltins = mentionsBuiltinsBeyondReads(file.text());
    }
    return patches;
  }

  private static final Pattern IMPORTED =
      Pattern.compile("(?:^|[;\\n])[ \\t]*(?:import|from)[ \\t]+$");
  private static final Pattern IMPORT_END = Pattern.compile("[ \\t]*(?:[#;\\r\\n]|import\\b|$)");
  private static final Pattern PUBLIC_CALL =
      Pattern.compile("[ \\t]*\\.[ \\t]*[A-Za-z]\\w*[ \\t]*\\(");

  private static boolean isNamePart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean mentionsBuiltinsBeyondReads(String text) {
    for (int at = text.indexOf("builtins"); at >= 0; at = text.indexOf("builtins", at + 1)) {
      int end = at + "builtins".length();
      if (at >= 2 && text.startsWith("__builtins__", at - 2)) {
        return true;
      }
      if (at > 0 && isNamePart(text.charAt(at - 1))
          || end < text.length() && isNamePart(text.charAt(end))) {
        continue; // another name: `nobuiltins`, `builtins_only`
      }
      int lineStart = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
      boolean imported =
          IMPORTED.matcher(text).region(lineStart, at).find()
              && IMPORT_END.matcher(text).region(end, text.length()).lookingAt();
      boolean called = PUBLIC_CALL.matcher(text).region(end, text.length()).lookingAt();
      if (!imported && !called) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether no scope of the module binds {@code name} and nothing dynamic (a star import, a {@code
   * globals()} call) may bind it: a name that is free everywhere.
   */
  public boolean isUnboundEverywhere(String name) {
    return !bindingsByName().containsKey(name) && !module.dynamic();
  }

  /**
   * Every place in the module that reads {@code name} (a load, an attribute's base, a value or
   * class pattern) or names it in {@code del}, {@code global} or {@code nonlocal}, in walk order.
   * Names inside strings (string annotations, {@code __all__}) are not references here.
   */
  public List<Reference> references(String name) {
    return references.of(name);
  }

  /** Every binding of {@code name} in every scope, in scope order. */
  public List<Binding> bindingsAnywhere(String name) {
    return bindingsByName().getOrDefault(name, List.of());
  }

  /**
   * Every scope's bindings by name, scopes in walk order; made on first use, as a module of
   * thousands of functions would otherwise be searched scope by scope for each question.
   */
  private synchronized Map<String, List<Binding>> bindingsByName() {
    if (bindingsByName == null) {
      Map<String, List<Binding>> byName = new HashMap<>();
      for (Scope s : scopes) {
        for (String name : s.names()) {
          List<Binding> bindings = s.bindings(name);
          if (!bindings.isEmpty()) {
            byName.computeIfAbsent(name, n -> new ArrayList<>()).addAll(bindings);
          }
        }
      }
      byName.replaceAll((name, bindings) -> List.copyOf(bindings));
      bindingsByName = byName;
    }
    return bindingsByName;
  }

  /**
   * The import that binds {@code name} as read at {@code at}, when an import is the only binding it
   * may resolve to; else null.
   */
  public Binding importOf(String name, ParseTree at) {
    List<Binding> bindings = resolve(name, at);
    if (bindings.size() != 1) {
      return null;
    }
    Binding b = bindings.get(0);
    return b.kind() == Binding.BindingKind.IMPORT || b.kind() == Binding.BindingKind.FROM_IMPORT
        ? b
        : null;
  }

  /**
   * The qualified name {@code node} (a name or dotted attribute) refers to through the module's
   * imports: {@code sleep} after {@code from time import sleep} and {@code t.sleep} after {@code
   * import time as t} are both {@code time.sleep}; an unbound builtin {@code print} is {@code
   * builtins.print} even where a star import or {@code globals()} might rebind it. Null when the
   * head name is bound to anything but one import, or is unknown.
   */
  public String qualifiedName(ParseTree node) {
    String dotted = Syntax.dotted(node);
    return dotted == null ? null : qualifiedName(dotted, node);
  }

  /**
   * The qualified name the dotted name {@code dotted}, as written at {@code node}, refers to: the
   * same as {@link #qualifiedName(ParseTree)} for a name written in a string annotation.
   */
  public String qualifiedName(String dotted, ParseTree node) {
    int dot = dotted.indexOf('.');
    String head = dot < 0 ? dotted : dotted.substring(0, dot);
    String rest = dot < 0 ? "" : dotted.substring(dot);
    Binding b = importOf(head, node);
    if (b == null) {
      // unlike isBuiltin, a star import or `globals()` is assumed not to rebind a builtin, as Ruff
      // assumes: report-only rules would otherwise go quiet in every module that has one
      return Builtins.NAMES.contains(head) && resolve(head, node).isEmpty()
          ? "builtins." + dotted
          : null;
    }
    if (b.kind() == Binding.BindingKind.FROM_IMPORT) {
      return b.module().startsWith(".") ? null : b.module() + "." + b.member() + rest;
    }
    // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`
    boolean bindsTop = b.module().equals(head) || b.module().startsWith(head + ".");
    return (bindsTop ? head : b.module()) + rest;
  }

  /** Whether {@code node} is inside the body of an {@code if TYPE_CHECKING:} (not its else). */
  public boolean inTypeChecking(ParseTree node) {
    ParseTree child = node;
    for (ParseTree p = node.getParent(); p != null; child = p, p = p.getParent()) {
      if (p instanceof PythonParser.IfStatementContext s
          && s.block(0) == child
          && isTypeChecking(s.namedExpression(0))) {
        return true;
      }
    }
    return false;
  }

  /** An assignment to some module's {@code TYPE_CHECKING} (also in a string: that is rare). */
  private static final Pattern ASSIGNED_ATTRIBUTE =
      Pattern.compile("\\.[\\s\\\\]*TYPE_CHECKING[\\s\\\\]*=(?!=)");

  private boolean isTypeChecking(ParserRuleContext condition) {
    String name = Syntax.dotted(condition);
    if (name == null || !(name.equals("TYPE_CHECKING") || name.endsWith(".TYPE_CHECKING"))) {
      return false;
    } else if (!name.equals("TYPE_CHECKING")) {
      // `typing.TYPE_CHECKING`, or a module's that re-exports it, unless this file sets it
      return !setsTypeChecking();
    }
    // the module's own `TYPE_CHECKING = True`, a parameter of that name, or a module imported
    // under it (`import typing as TYPE_CHECKING`) runs the block
    for (Binding b : resolve(name, condition)) {
      boolean importedFlag =
          b.kind() == Binding.BindingKind.FROM_IMPORT && b.member().equals("TYPE_CHECKING");
      boolean setFalse =
          b.kind() == Binding.BindingKind.ASSIGNMENT
              && b.node().getChild(b.node().getChildCount() - 1).getText().equals("False");
      if (importedFlag ? setsTypeChecking() : !setFalse) {
        return false;
      }
    }
    return true;
  }

  /** Whether the file assigns some module's {@code TYPE_CHECKING}: then the flag may be true. */
  private boolean setsTypeChecking() {
    if (setsTypeChecking == null) {
      setsTypeChecking = ASSIGNED_ATTRIBUTE.matcher(file.text()).find();
    }
    return setsTypeChecking;
  }

  /** What the module's {@code __all__} holds, as far as its statements show. */
  public DunderAll dunderAll() {
    if (dunderAll == null) {
      dunderAll = DunderAll.of(file.tree());
    }
    return dunderAll;
  }

  /** The scope {@code name} resolves in from {@code scope}, or null when none binds it. */
  private Scope lookup(String name, Scope scope) {
    boolean first = true;
    for (Scope s = scope; s != null; s = s.parent(), first = false) {
      if (s.kind() == Scope.Kind.CLASS && !first) {
        continue; // class bodies are invisible to the functions and comprehensions inside them
      }
      if (s.isGlobal(name)) {
        return module.bindings(name).isEmpty() ? null : module;
      }
      if (!s.isNonlocal(name) && !s.bindings(name).isEmpty()) {
        return s;
      }
    }
    return null;
  }

  /** Whether a dynamic scope on the way from {@code scope} to the builtins may bind any name. */
  private static boolean maybeAnything(Scope scope) {
    boolean first = true;
    for (Scope s = scope; s != null; s = s.parent(), first = false) {
      if (s.dynamic() && (first || s.kind() != Scope.Kind.CLASS)) {
        return true;
      }
    }
    return false;
  }
}
