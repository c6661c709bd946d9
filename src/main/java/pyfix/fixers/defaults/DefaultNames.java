package pyfix.fixers.defaults;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;

/**
 * The names a default reads. Moved into the body, the default is evaluated at each call and in the
 * function's scope instead of once in the enclosing one: a name that is a parameter or bound in the
 * body would mean something else, a class attribute would not be visible from a method, a global
 * may have changed since the {@code def} ran, and {@code print} would print at each call. (A
 * default of trusted builtins that raises, {@code [int("x")]}, stopped the module's import: no
 * working program has one.)
 */
final class DefaultNames {
  /**
   * Builtins a default may name and still mean the same at each call, if the file never binds them.
   */
  static final Set<String> VALUE_BUILTINS =
      Set.of(
          "list",
          "dict",
          "set",
          "bytearray",
          "frozenset",
          "tuple",
          "range",
          "int",
          "float",
          "complex",
          "str",
          "bytes",
          "bool",
          "object",
          "len",
          "abs");

  private DefaultNames() {}

  /**
   * Why moving the default of {@code p} into the body of {@code def} is refused or UNSAFE, or null
   * when every name it reads is a trusted builtin or a container import.
   */
  static ParameterUses.Verdict check(
      PythonParser.FunctionDefContext def, MutableParameter p, FileFacts facts) {
    String enclosing = enclosingScopeToken(p.value());
    if (enclosing != null) {
      return refused(
          "the default holds `" + enclosing + "`, which belongs to the scope around the function");
    }
    for (String name : freeNames(p.value())) {
      String quoted = "`" + name + "`";
      // a builtin too: read above the body's `global dict`, it would not even compile
      if (declares(def, name) || binds(def.block(), name)) {
        return refused("the default reads " + quoted + ", which means something else in the body");
      }
      if (name.equals("print") && facts.trusts(name)) {
        // the one trusted builtin with an effect: `def f(x=[print("once")])`
        return new ParameterUses.Verdict(
            ParameterUses.Kind.UNSAFE,
            "the default calls " + quoted + ", which now runs at each call instead of once");
      }
      if (facts.trusts(name) || facts.trustsContainerImport(name)) {
        continue;
      }
      PythonParser.ClassDefContext owner = owningClass(def);
      if (owner != null && binds(owner.block(), name)) {
        return refused("the default reads " + quoted + ", which the method body cannot see");
      }
      return new ParameterUses.Verdict(
          ParameterUses.Kind.UNSAFE,
          "the default reads " + quoted + ", which is now read at each call instead of once");
    }
    return null;
  }

  /**
   * Why dropping the default of {@code p}, as the fix of a stub does, is UNSAFE, or null when it
   * reads only trusted builtins and container imports: anything else ran when the function was
   * defined, with effects ({@code open(path, "w")}, {@code print}) the fixed file no longer has.
   */
  static ParameterUses.Verdict dropped(MutableParameter p, FileFacts facts) {
    String enclosing = enclosingScopeToken(p.value());
    if (enclosing != null) {
      return refused(
          "the default holds `" + enclosing + "`, which belongs to the scope around the function");
    }
    for (String name : freeNames(p.value())) {
      if (!name.equals("print") && (facts.trusts(name) || facts.trustsContainerImport(name))) {
        continue;
      }
      return new ParameterUses.Verdict(
          ParameterUses.Kind.UNSAFE,
          "the default reads `"
              + name
              + "`, and what it ran when the function was defined no longer runs");
    }
    return null;
  }

  private static ParameterUses.Verdict refused(String reason) {
    return new ParameterUses.Verdict(ParameterUses.Kind.REFUSED, reason);
  }

  /**
   * The first {@code :=}, {@code yield} or {@code await} in {@code value}, or null: in a default
   * they bind a name in, make a generator of, or await in the enclosing scope (a {@code :=} in a
   * comprehension too), and would act on the function's own scope in the body.
   */
  private static String enclosingScopeToken(ParseTree value) {
    Deque<ParseTree> todo = new ArrayDeque<>();
    todo.push(value);
    while (!todo.isEmpty()) {
      ParseTree node = todo.pop();
      if (node instanceof ParserToken t) {
        int type = t.getType();
        if (type == PythonParser.COLONEQUAL
            || type == PythonParser.YIELD
            || type == PythonParser.AWAIT) {
          return t.getText();
        }
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        todo.push(node.getChild(i));
      }
    }
    return null;
  }

  /** Names read in {@code value}, less those its comprehensions bind. */
  private static Set<String> freeNames(ParseTree value) {
    Set<String> read = new HashSet<>();
    Set<String> bound = new HashSet<>();
    Deque<ParseTree> todo = new ArrayDeque<>();
    todo.push(value);
    while (!todo.isEmpty()) {
      ParseTree node = todo.pop();
      if (node instanceof PythonParser.NameContext n) {
        (Targets.isBinding(n) ? bound : read).add(n.getText());
      } else if (node instanceof PythonParser.ArgumentContext a
          && a.getChildCount() == 3
          && Nodes.isToken(a.getChild(1), "=")) {
        todo.push(a.getChild(2)); // the keyword is not a name read
      } else {
        for (int i = 0; i < node.getChildCount(); i++) {
          todo.push(node.getChild(i));
        }
      }
    }
    read.removeAll(bound);
    return read;
  }

  private static boolean declares(PythonParser.FunctionDefContext def, String name) {
    return def.parameters().parameter().stream()
        .anyMatch(q -> q.NAME() != null && q.NAME().getText().equals(name));
  }

  /** Whether {@code name} is bound anywhere in {@code root}, nested scopes included. */
  private static boolean binds(ParseTree root, String name) {
    Deque<ParseTree> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      ParseTree node = todo.pop();
      if (node instanceof PythonParser.NameContext n) {
        if (n.getText().equals(name) && Targets.isBinding(n)) {
          return true;
        }
        continue;
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        ParseTree child = node.getChild(i);
        if (child instanceof ParserToken t) {
          if (t.getText().equals(name) && FileFacts.BINDERS.contains(node.getClass())) {
            return true;
          }
        } else {
          todo.push(child);
        }
      }
    }
    return false;
  }

  /** The class whose body is the scope around {@code def}, or null. */
  private static PythonParser.ClassDefContext owningClass(PythonParser.FunctionDefContext def) {
    for (ParseTree p = def.getParent(); p != null; p = p.getParent()) {
      if (p instanceof PythonParser.ClassDefContext c) {
        return c;
      }
      if (p instanceof PythonParser.FunctionDefContext) {
        return null;
      }
    }
    return null;
  }
}
