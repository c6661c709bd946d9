package pyfix.fixers.docstrings;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.SourceKind;
import pyfix.fixers.common.Overrides;
import pyfix.fixers.common.PerNode;
import pyfix.parse.PythonParser.ClassDefContext;
import pyfix.parse.PythonParser.FileContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.semantic.Definitions;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * A D1 rule: reports a public module, package, class or function without a docstring when its
 * kind is the rule's, as Ruff sorts them: {@code __init__} is D107, {@code __new__} and {@code
 * __call__} D102 like any method, other dunders D105; {@code @overload} signatures and {@code
 * @override} methods are skipped, and stub files.
 */
abstract class MissingDocstringRule extends DocstringRule {
  private final String message;

  MissingDocstringRule(String code, String name, String message) {
    super(RuleMetadata.offByDefault(code, name, Kind.SEMANTIC, FixSafety.NONE));
    this.message = message;
  }

  @Override
  public final Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FileContext.class, ClassDefContext.class, FunctionDefContext.class);
  }

  @Override
  public final void visit(ParserRuleContext node, RuleContext context) {
    if (context.settings().stub() || offByConvention(context)) {
      return;
    }
    String code =
        context
            .file()
            .derived(Codes.class, f -> new Codes())
            .get(node, context, MissingDocstringRule::code);
    if (metadata().code().equals(code)) {
      int start = node instanceof FileContext ? 0 : Syntax.start(name(node));
      int end = node instanceof FileContext ? 0 : Syntax.end(name(node));
      context.report(Finding.reportOnly(metadata().code(), message, start, end));
    }
  }

  /** Each definition's D1 code, decided once for the eight D1 rules. */
  private static final class Codes extends PerNode<String> {}

  /** The D1 code {@code node} breaks, or null when it has a docstring or needs none. */
  private static String code(ParserRuleContext node, RuleContext context) {
    SemanticModel model = context.model();
    if (node instanceof FileContext file) {
      if (context.settings().kind() == SourceKind.NOTEBOOK) {
        return null; // as Ruff: a notebook's first cell is no module docstring
      }
      boolean documented = Syntax.docstring(file.statement()) != null;
      return documented ? null : context.settings().packageInit() ? "D104" : "D100";
    }
    if (node instanceof ClassDefContext c) {
      if (Syntax.docstring(c.block()) != null || !Definitions.isPublic(c, model)) {
        return null;
      }
      return Definitions.parent(c) == null ? "D101" : "D106";
    }
    var def = (FunctionDefContext) node;
    if (Syntax.docstring(def.block()) != null
        || ignored(def, context)
        || !Definitions.isPublic(def, model)
        || Definitions.isOverload(def, model)) {
      return null;
    }
    if (!Definitions.isMethod(def)) {
      return "D103";
    }
    String name = def.NAME().getText();
    if (Overrides.marked(def, model)) {
      return null;
    }
    return switch (name) {
      case "__init__" -> "D107";
      case "__new__", "__call__" -> "D102";
      default -> Definitions.isDunder(name) ? "D105" : "D102";
    };
  }

  private static org.antlr.v4.runtime.tree.TerminalNode name(ParserRuleContext node) {
    return node instanceof ClassDefContext c ? c.NAME() : ((FunctionDefContext) node).NAME();
  }
}
