package pyfix.semantic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;
import pyfix.semantic.Binding.BindingKind;
import pyfix.source.CellSeparator;
import pyfix.source.Token;

/**
 * Finds or adds the import that lets a fix name a module member. An existing import is reused as it
 * spells the member ({@code from typing import Optional as Opt} gives {@code Opt}, {@code import
 * typing} gives {@code typing.Optional}); otherwise {@code from module import member} is added
 * after the module's leading block of imports (its {@code from __future__} imports included), after
 * the docstring, or before the first statement (of the first notebook cell that is not a {@link
 * CellSeparator#standInAt stand-in}). Sorting it among its neighbours is left to I001.
 */
public final class Importer {
  private final ParsedFile file;
  private final SemanticModel model;

  /** The module scope's import bindings, in the scope's order of names; made on first use. */
  private List<Binding> moduleImports;

  /** The imports {@link #added} made, by their text: every fix adding one asks for the same. */
  private final Map<String, Imported> additions = new HashMap<>();

  private Importer(ParsedFile file) {
    this.file = file;
    this.model = SemanticModel.of(file);
  }

  /**
   * The importer of {@code file}, one per parsed text: a file with thousands of fixes looks up its
   * imports once, not once per fix.
   */
  public static Importer of(ParsedFile file) {
    return file.derived(Importer.class, Importer::new);
  }

  /**
   * The name to write at {@code at} for {@code member} of {@code module}, and the text to insert
   * when an import must be added ({@code insertion} empty when an existing import serves).
   *
   * @param name what to write, e.g. {@code Optional}, {@code Opt} or {@code typing.Optional}
   * @param offset where {@code insertion} goes
   * @param insertion the import statement to add, with its line break; empty for none
   * @param keptStart for an import reused that nothing reads yet, where its statement starts, so
   *     that a fix can write it unchanged and no fix of the same round removes it (F401's fix for
   *     that unused import); -1 otherwise
   * @param keptEnd where that statement ends
   */
  public record Imported(String name, int offset, String insertion, int keptStart, int keptEnd) {}

  /** Why no import can make the member available without changing what some name means. */
  public static final class Refused extends Exception {
    Refused(String reason) {
      super(reason);
    }
  }

  /**
   * How code at {@code at} can name {@code member} of {@code module}; refused when the member's
   * name is bound to anything else anywhere in the module, or a star import may bind it.
   */
  public Imported getOrImport(String module, String member, ParserRuleContext at) throws Refused {
    Imported existing = existing(module, member, at);
    if (existing != null) {
      return existing;
    }
    if (!model.isUnboundEverywhere(member)) {
      throw new Refused("`" + member + "` is bound to something else in this module");
    }
    return added("from " + module + " import " + member, member);
  }

  /**
   * Like {@link #getOrImport}, but adds {@code import module} and writes {@code module.member} when
   * no import serves, as Ruff does for members whose module name says what they are ({@code
   * contextlib.suppress}); refused when the module's name is bound to anything else.
   */
  public Imported getOrImportModule(String module, String member, ParserRuleContext at)
      throws Refused {
    Imported existing = existing(module, member, at);
    if (existing != null) {
      return existing;
    }
    String head = module.split("\\.", -1)[0];
    if (!model.isUnboundEverywhere(head)) {
      throw new Refused("`" + head + "` is bound to something else in this module");
    }
    return added("import " + module, module + "." + member);
  }

  /** The spelling of an import of the member or its module that code at {@code at} can use. */
  private Imported existing(String module, String member, ParserRuleContext at) throws Refused {
    int use = Syntax.start(at);
    if (model.module().dynamic()) {
      throw new Refused("a star import or `globals()` may bind `" + member + "`");
    }
    for (Binding b : moduleImports()) {
      if (b.imports(module, member) && reusable(b, use)) {
        return reused(b.name(), use, b);
      }
    }
    for (Binding b : moduleImports()) {
      if (b.importsModule(module) && reusable(b, use)) {
        return reused(b.name() + "." + member, use, b);
      }
    }
    return null;
  }

  /** {@code b} reused; its statement is to be kept as written when nothing reads {@code b} yet. */
  private Imported reused(String name, int use, Binding b) {
    boolean unread = model.references(b.name()).isEmpty();
    return new Imported(
        name, use, "", unread ? Syntax.start(b.node()) : -1, unread ? Syntax.end(b.node()) : -1);
  }

  /**
   * Whether {@code b} runs before {@code use}, always (a statement of the module itself, not one
   * under {@code if}, {@code try} or {@code TYPE_CHECKING}), and every binding of its name anywhere
   * is this same import.
   */
  private boolean reusable(Binding b, int use) {
    if (b.start() >= use
        || !(Syntax.enclosingBlock(b.node()) instanceof PythonParser.FileContext)) {
      return false;
    }
    for (Binding other : model.bindingsAnywhere(b.name())) {
      boolean same =
          other.kind() == b.kind()
              && b.module().equals(other.module())
              && (b.member() == null ? other.member() == null : b.member().equals(other.member()));
      if (!same) {
        return false;
      }
    }
    return true;
  }

  private synchronized List<Binding> moduleImports() {
    if (moduleImports == null) {
      List<Binding> imports = new ArrayList<>();
      for (String name : model.module().names()) {
        for (Binding b : model.module().bindings(name)) {
          if (b.kind() == BindingKind.IMPORT || b.kind() == BindingKind.FROM_IMPORT) {
            imports.add(b);
          }
        }
      }
      moduleImports = imports;
    }
    return moduleImports;
  }

  private synchronized Imported added(String line, String name) {
    return additions.computeIfAbsent(line + "\n" + name, k -> insert(line, name));
  }

  private Imported insert(String line, String name) {
    String nl = file.stylist().newline();
    PythonParser.StatementContext lastImport = null;
    List<PythonParser.StatementContext> statements = file.tree().statement();
    // a notebook's leading cells that pyfix never writes back would lose the import
    int first = 0;
    while (first < statements.size()
        && CellSeparator.standInAt(file.text(), lineStart(statements.get(first)))) {
      first++;
    }
    for (int i = first; i < statements.size(); i++) {
      PythonParser.StatementContext s = statements.get(i);
      if (i == 0 && Syntax.isDocstring(s)) {
        continue;
      }
      if (!isImportLine(s)) {
        if (lastImport == null && i > first) {
          // after the docstring, keeping the blank lines that follow it between import and code
          Token newline = Syntax.source(statements.get(0).getStop());
          return new Imported(name, newline.end(), nl + line + nl, -1, -1);
        }
        if (lastImport == null) {
          // as isort separates imports from code: two blank lines before a definition, else one
          String gap =
              s.compoundStatement() instanceof PythonParser.DefinitionContext ? nl + nl : nl;
          return new Imported(name, lineStart(s), line + nl + gap, -1, -1);
        }
        break;
      }
      lastImport = s;
    }
    if (lastImport == null) {
      // only a docstring, or nothing: the import goes at the end
      String text = file.text();
      boolean broken = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
      return new Imported(name, text.length(), broken ? line + nl : nl + line + nl, -1, -1);
    }
    Token newline = Syntax.source(lastImport.getStop());
    String prefix = newline.end() == newline.start() ? nl : "";
    return new Imported(name, newline.end(), prefix + line + nl, -1, -1);
  }

  private static boolean isImportLine(PythonParser.StatementContext s) {
    if (s.simpleStatements() == null) {
      return false;
    }
    for (PythonParser.SimpleStatementContext simple : s.simpleStatements().simpleStatement()) {
      if (!(simple instanceof PythonParser.ImportStatementContext
          || simple instanceof PythonParser.FromImportStatementContext)) {
        return false;
      }
    }
    return true;
  }

  private static int lineStart(PythonParser.StatementContext s) {
    return Syntax.start(s) - Syntax.source(s.getStart()).column();
  }
}
