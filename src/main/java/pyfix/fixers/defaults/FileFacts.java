package pyfix.fixers.defaults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.ParsedFile;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.semantic.SemanticModel;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/** What B006 needs to know about a whole file: functions, lambda parameters, builtins it trusts. */
final class FileFacts {
  /** Rules whose NAME terminals bind a name. */
  static final Set<Class<?>> BINDERS =
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

  /** The builtins whose calls B006 classifies, and that a default may name. */
  private static final Set<String> KNOWN_BUILTINS = knownBuiltins();

  private static Set<String> knownBuiltins() {
    Set<String> known = new HashSet<>(UseClassifier.SCALAR_BUILTINS);
    known.addAll(UseClassifier.ELEMENT_BUILTINS);
    known.addAll(DefaultNames.VALUE_BUILTINS);
    return Set.copyOf(known);
  }

  final List<PythonParser.FunctionDefContext> functions = new ArrayList<>();
  final List<PythonParser.LambdaParameterContext> lambdaParameters = new ArrayList<>();

  /**
   * Local name to what it stands for: a container class of {@code collections} or {@code weakref}
   * ({@code "collections.deque"}), or the module.
   */
  final Map<String, String> containers = new HashMap<>();

  /** The X of every {@code X.Optional} in the file. */
  final Set<String> dottedOptional = new HashSet<>();

  boolean bareOptional;
  private final ParsedFile file;
  private final SemanticModel model;

  private FileFacts(ParsedFile file, SemanticModel model) {
    this.file = file;
    this.model = model;
  }

  /**
   * The functions and container imports of {@code file}, found by walking statements only:
   * expressions, the bulk of a tree, wait for {@link #walkExpressions}.
   */
  static FileFacts of(ParsedFile file, SemanticModel model) {
    FileFacts facts = new FileFacts(file, model);
    Deque<ParseTree> todo = new ArrayDeque<>();
    todo.push(file.tree());
    while (!todo.isEmpty()) {
      ParseTree node = todo.pop();
      if (node instanceof PythonParser.FunctionDefContext def) {
        facts.functions.add(def);
        todo.push(def.block());
      } else if (node instanceof PythonParser.ImportStatementContext
          || node instanceof PythonParser.FromImportStatementContext) {
        facts.note(node);
      } else if (node instanceof PythonParser.FileContext
          || node instanceof PythonParser.StatementContext
          || node instanceof PythonParser.SimpleStatementsContext
          || node instanceof PythonParser.CompoundStatementContext
          || node instanceof PythonParser.BlockContext
          || node instanceof PythonParser.ExceptClauseContext
          || node instanceof PythonParser.CaseBlockContext
          || node instanceof PythonParser.ClassDefContext) {
        for (int i = node.getChildCount() - 1; i >= 0; i--) {
          todo.push(node.getChild(i));
        }
      }
    }
    return facts;
  }

  /** Walks the whole tree for lambda parameters and {@code Optional} spellings. */
  void walkExpressions() {
    Deque<ParserRuleContext> todo = new ArrayDeque<>();
    todo.push(file.tree());
    while (!todo.isEmpty()) {
      ParserRuleContext node = todo.pop();
      note(node);
      List<ParseTree> children = node.children;
      for (int i = children == null ? -1 : children.size() - 1; i >= 0; i--) {
        if (children.get(i) instanceof ParserRuleContext child) {
          todo.push(child); // tokens note nothing by themselves
        }
      }
    }
  }

  /**
   * Whether a call of {@code name} is certainly a call of the builtin B006 knows by that name: the
   * semantic model finds it bound nowhere in the file, and no star import or {@code globals()}
   * write may bind it.
   */
  boolean trusts(String name) {
    return KNOWN_BUILTINS.contains(name)
        && model.isUnboundEverywhere(name)
        && !model.patchesBuiltins();
  }

  /**
   * Whether {@code name}, a container import ({@code collections}, {@code weakref}), means at each
   * call what it meant when the {@code def} ran: the import is its only binding in the file,
   * nothing dynamic may bind it, and no attribute of it is assigned, deleted or set ({@code
   * collections.deque = f}).
   */
  boolean trustsContainerImport(String name) {
    if (!containers.containsKey(name)
        || model.bindingsAnywhere(name).size() != 1
        || model.module().dynamic()) {
      return false;
    }
    String quoted = Pattern.quote(name);
    return !Pattern.compile(
            "\\b"
                + quoted
                + "\\s*\\.\\s*\\w+\\s*(=(?!=)|[-+*/%&|^@<>]+=)|\\b(setattr|delattr)\\s*\\(\\s*"
                + quoted
                + "\\b|\\bdel\\s+"
                + quoted
                + "\\s*\\.")
        .matcher(file.text())
        .find();
  }

  /**
   * What the pre-scan finds: whether some {@code def} ({@code defs}) or {@code lambda} has a
   * parameter default that may be mutable, i.e. an {@code =} followed by a bracket, a brace, or a
   * name that is called. Most files have none, and then no tree walk is needed.
   */
  record Prescan(boolean defs, boolean lambdas) {}

  /**
   * Looks for parameter defaults in {@code file} that may be mutable, before any tree walk: only
   * after the keywords {@code def} and {@code lambda}.
   */
  static Prescan prescan(ParsedFile file) {
    return new Prescan(
        mutableDefaultAfterAny(file, PythonParser.DEF, false),
        mutableDefaultAfterAny(file, PythonParser.LAMBDA, true));
  }

  private static boolean mutableDefaultAfterAny(ParsedFile file, int keyword, boolean lambda) {
    for (int i : file.tokensOfType(keyword)) {
      if (mutableDefaultAfter(file.text(), file.tokens(), i, lambda)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the parameters after keyword token {@code i} have such a default. */
  private static boolean mutableDefaultAfter(
      String text, List<Token> tokens, int i, boolean lambda) {
    int depth = 0;
    for (int j = i + 1; j < tokens.size() && tokens.get(j).kind() != TokenKind.NEWLINE; j++) {
      Token u = tokens.get(j);
      if (u.kind() != TokenKind.OP) {
        continue;
      }
      if (u.is(text, "(") || u.is(text, "[") || u.is(text, "{")) {
        depth++;
      } else if (u.is(text, ")") || u.is(text, "]") || u.is(text, "}")) {
        depth--;
      } else if (u.is(text, "=") && depth == (lambda ? 0 : 1) && mutableStart(tokens, text, j)) {
        return true;
      }
      if (depth < 0 || (depth == 0 && u.is(text, ":"))) {
        break;
      }
    }
    return false;
  }

  /** Whether what follows the {@code =} at {@code i} may be a flagged default. */
  private static boolean mutableStart(List<Token> tokens, String text, int i) {
    int next = significant(tokens, i);
    if (next < 0) {
      return false;
    }
    Token t = tokens.get(next);
    if (t.is(text, "[") || t.is(text, "{") || t.is(text, "(")) {
      return true;
    }
    if (t.kind() != TokenKind.NAME) {
      return false;
    }
    // a call, maybe of an attribute: list(), collections.deque()
    int after = significant(tokens, next);
    if (after >= 0 && tokens.get(after).is(text, ".")) {
      after = significant(tokens, significant(tokens, after));
    }
    return after >= 0 && tokens.get(after).is(text, "(");
  }

  /** The index of the first significant token after {@code i}, or -1. */
  private static int significant(List<Token> tokens, int i) {
    if (i < 0) {
      return -1;
    }
    for (int j = i + 1; j < tokens.size(); j++) {
      if (!tokens.get(j).kind().isTrivia()) {
        return j;
      }
    }
    return -1;
  }

  private void note(ParseTree node) {
    if (node instanceof PythonParser.LambdaParameterContext p) {
      lambdaParameters.add(p);
    } else if (node instanceof PythonParser.NameContext n
        && ((ParserToken) n.getStart()).is("Optional")) {
      bareOptional = true;
    } else if (node instanceof PythonParser.AttributeContext a
        && ((ParserToken) a.NAME()).is("Optional")) {
      dottedOptional.add(a.expr().getText());
    } else if (node instanceof PythonParser.ImportStatementContext imp) {
      for (PythonParser.DottedAsNameContext d : imp.dottedAsName()) {
        String module = d.dottedName().getText();
        if (MutableDefault.CONTAINER_MODULES.contains(module)) {
          containers.put(d.NAME() != null ? d.NAME().getText() : module, module);
        }
      }
    } else if (node instanceof PythonParser.FromImportStatementContext from
        && from.dottedName() != null
        && from.getChild(1) == from.dottedName()
        && MutableDefault.CONTAINER_MODULES.contains(from.dottedName().getText())) {
      for (PythonParser.ImportAsNameContext n : from.importAsName()) {
        String original = from.dottedName().getText() + "." + n.NAME(0).getText();
        if (MutableDefault.LIBRARY_CONTAINERS.contains(original)) {
          containers.put(n.NAME(n.NAME().size() - 1).getText(), original);
        }
      }
    }
  }
}
