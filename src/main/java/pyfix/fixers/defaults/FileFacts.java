package pyfix.fixers.defaults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;

/** What one walk over a file finds for B006: functions, lambda parameters and names in scope. */
final class FileFacts {
  private static final Set<Class<?>> BINDERS =
      Set.of(
          PythonParser.FunctionDefContext.class,
          PythonParser.ClassDefContext.class,
          PythonParser.ParameterContext.class,
          PythonParser.LambdaParameterContext.class,
          PythonParser.ImportAsNameContext.class,
          PythonParser.DottedAsNameContext.class,
          PythonParser.DottedNameContext.class,
          PythonParser.ExceptClauseContext.class,
          PythonParser.GlobalStatementContext.class,
          PythonParser.NonlocalStatementContext.class,
          PythonParser.NamePatternContext.class,
          PythonParser.PatternContext.class,
          PythonParser.StarPatternContext.class,
          PythonParser.MappingItemContext.class,
          PythonParser.TypeAliasStatementContext.class);

  final List<PythonParser.FunctionDefContext> functions = new ArrayList<>();
  final List<PythonParser.LambdaParameterContext> lambdaParameters = new ArrayList<>();

  /** Local name to what it stands for: a collections class, or {@code "collections"}. */
  final Map<String, String> collections = new HashMap<>();

  /** The X of every {@code X.Optional} in the file. */
  final Set<String> dottedOptional = new HashSet<>();

  /** Builtins the file never binds, so a call to one is the builtin. */
  final Set<String> trustedBuiltins = new HashSet<>();

  boolean bareOptional;

  private FileFacts() {}

  /** Walks {@code file} once. */
  static FileFacts of(ParsedFile file) {
    FileFacts facts = new FileFacts();
    Set<String> candidates = new HashSet<>(ParameterUses.SCALAR_BUILTINS);
    candidates.addAll(ParameterUses.ELEMENT_BUILTINS);
    Set<String> bound = new HashSet<>();
    Deque<ParseTree> todo = new ArrayDeque<>();
    todo.push(file.tree());
    while (!todo.isEmpty()) {
      ParseTree node = todo.pop();
      if (node instanceof TerminalNode) {
        continue;
      }
      facts.note(node);
      bindings(node, candidates, bound);
      for (int i = node.getChildCount() - 1; i >= 0; i--) {
        todo.push(node.getChild(i));
      }
    }
    candidates.removeAll(bound);
    facts.trustedBuiltins.addAll(candidates);
    return facts;
  }

  private void note(ParseTree node) {
    if (node instanceof PythonParser.FunctionDefContext def) {
      functions.add(def);
    } else if (node instanceof PythonParser.LambdaParameterContext p) {
      lambdaParameters.add(p);
    } else if (node instanceof PythonParser.NameContext n && n.getText().equals("Optional")) {
      bareOptional = true;
    } else if (node instanceof PythonParser.AttributeContext a
        && a.NAME().getText().equals("Optional")) {
      dottedOptional.add(a.expr().getText());
    } else if (node instanceof PythonParser.ImportStatementContext imp) {
      for (PythonParser.DottedAsNameContext d : imp.dottedAsName()) {
        if (d.dottedName().getText().equals("collections")) {
          collections.put(d.NAME() != null ? d.NAME().getText() : "collections", "collections");
        }
      }
    } else if (node instanceof PythonParser.FromImportStatementContext from
        && from.dottedName() != null
        && from.getChild(1) == from.dottedName()
        && from.dottedName().getText().equals("collections")) {
      for (PythonParser.ImportAsNameContext n : from.importAsName()) {
        String original = n.NAME(0).getText();
        if (MutableDefault.COLLECTIONS.contains(original)) {
          collections.put(n.NAME().size() > 1 ? n.NAME(1).getText() : original, original);
        }
      }
    }
  }

  /** Whether {@code node} binds one of the names {@code candidates} lists, or imports with *. */
  private static void bindings(ParseTree node, Set<String> candidates, Set<String> bound) {
    if (node instanceof PythonParser.NameContext n) {
      if (candidates.contains(n.getText()) && ParameterUses.isBinding(n)) {
        bound.add(n.getText());
      }
      return;
    }
    if (node instanceof PythonParser.FromImportStatementContext from
        && from.importAsName().isEmpty()) {
      bound.addAll(candidates); // a star import may rebind any of them
    }
    if (BINDERS.contains(node.getClass())) {
      for (int i = 0; i < node.getChildCount(); i++) {
        if (node.getChild(i) instanceof TerminalNode t && candidates.contains(t.getText())) {
          bound.add(t.getText());
        }
      }
    }
  }
}
