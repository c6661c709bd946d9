package pyfix.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/** A Python scope: the names bound in it and the declarations that redirect them. */
public final class Scope {
  /** What opens a scope. */
  public enum Kind {
    MODULE,
    CLASS,
    FUNCTION,
    LAMBDA,
    COMPREHENSION,
    TYPE_PARAMETERS
  }

  private final Kind kind;
  private final Scope parent;
  private final ParserRuleContext node;
  private final Map<String, List<Binding>> bindings = new HashMap<>();
  // few scopes declare any: made on the first declaration
  private Set<String> globals = Set.of();
  private Set<String> nonlocals = Set.of();
  private boolean dynamic;

  Scope(Kind kind, Scope parent, ParserRuleContext node) {
    this.kind = kind;
    this.parent = parent;
    this.node = node;
  }

  /** What opened this scope. */
  public Kind kind() {
    return kind;
  }

  /** The enclosing scope, or null for the module. */
  public Scope parent() {
    return parent;
  }

  /** The node that opens this scope ({@code def}, {@code class}, lambda, …); the file's root. */
  public ParserRuleContext node() {
    return node;
  }

  /** The bindings of {@code name} in this scope, in source order. */
  public List<Binding> bindings(String name) {
    return bindings.getOrDefault(name, List.of());
  }

  /** Every name bound in this scope. */
  public Set<String> names() {
    return bindings.keySet();
  }

  /**
   * Whether names here may be bound in ways no statement shows: a star import, or a call of {@code
   * globals()}, {@code locals()} or {@code vars()} that may write this scope's namespace.
   */
  public boolean dynamic() {
    return dynamic;
  }

  void bind(Binding b) {
    bindings.computeIfAbsent(b.name(), k -> new ArrayList<>(1)).add(b);
  }

  void declareGlobal(String name) {
    if (globals.isEmpty()) {
      globals = new HashSet<>();
    }
    globals.add(name);
  }

  void declareNonlocal(String name) {
    if (nonlocals.isEmpty()) {
      nonlocals = new HashSet<>();
    }
    nonlocals.add(name);
  }

  /** Whether {@code other} is this scope or one inside it. */
  public boolean encloses(Scope other) {
    for (Scope s = other; s != null; s = s.parent) {
      if (s == this) {
        return true;
      }
    }
    return false;
  }

  /** Whether this scope declares {@code name} {@code global} or {@code nonlocal}. */
  public boolean declaresOuter(String name) {
    return isGlobal(name) || isNonlocal(name);
  }

  boolean isGlobal(String name) {
    return globals.contains(name);
  }

  boolean isNonlocal(String name) {
    return nonlocals.contains(name);
  }

  void markDynamic() {
    dynamic = true;
  }
}
