package pyfix.fixers.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import pyfix.fixers.common.ImportEdit;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.TryStatementContext;
import pyfix.semantic.Binding;
import pyfix.semantic.Importer;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Rewrites {@code try: x / except E: pass} as {@code with contextlib.suppress(E): x}: the {@code
 * try} keyword becomes the {@code with} header and the handler's lines go; the body stays as it is.
 */
public final class SuppressibleExceptionFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "SIM105", "suppressible-exception", Kind.SEMANTIC, FixSafety.UNSAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(TryStatementContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    TryExceptPass t = TryExceptPass.of((TryStatementContext) node);
    if (t == null) {
      return;
    }
    String types =
        t.types().isEmpty()
            ? "BaseException"
            : t.types().stream().map(context::text).collect(Collectors.joining(", "));
    Finding finding =
        Finding.reportOnly(
            METADATA.code(),
            "Use `contextlib.suppress(" + types + ")` instead of `try`-`except`-`pass`",
            Syntax.start(node),
            Syntax.start(t.handler()));
    context.report(fixed(finding, t, types, context));
  }

  private static Finding fixed(
      Finding finding, TryExceptPass t, String types, RuleContext context) {
    if (hasComment(t, context)) {
      return finding.withFixTitle("not fixed: a comment inside the `try` statement would be lost");
    }
    if (t.types().isEmpty() && !context.model().isBuiltin("BaseException", t.node())) {
      return finding.withFixTitle("not fixed: `BaseException` is rebound in this module");
    }
    Importer.Imported suppress;
    try {
      suppress = Importer.of(context.file()).getOrImportModule("contextlib", "suppress", t.node());
    } catch (Importer.Refused r) {
      return finding.withFixTitle("not fixed: " + r.getMessage());
    }
    List<Edit> edits = new ArrayList<>();
    Edit imported = ImportEdit.of(suppress, context.file());
    if (imported != null) {
      edits.add(imported);
    }
    int tryStart = Syntax.start(t.node().TRY());
    edits.add(
        new Edit(
            tryStart, Syntax.end(t.node().TRY()), "with " + suppress.name() + "(" + types + ")"));
    int exceptStart = Syntax.start(t.handler());
    int lineStart = exceptStart - Syntax.source(t.handler().getStart()).column();
    edits.add(new Edit(lineStart, Syntax.source(t.pass().getStop()).end(), ""));
    String unsafe = unsafeReason(t, context);
    String title = "with " + suppress.name() + "(" + types + "): ...";
    return Finding.fixable(
            finding.code(),
            finding.message(),
            finding.start(),
            finding.end(),
            new Fix(Applicability.UNSAFE, edits))
        .withFixTitle("unsafe: " + unsafe + "; replace with `" + title + "`");
  }

  /** Why the {@code with} may behave otherwise. */
  private static String unsafeReason(TryExceptPass t, RuleContext context) {
    SemanticModel model = context.model();
    for (ParserRuleContext type : t.types()) {
      if (!evaluatedAlike(type, t, model)) {
        return "`"
            + context.text(type)
            + "` is evaluated before the body runs, not only when it raises";
      }
    }
    if (t.handler().NAME() != null) {
      String name = t.handler().NAME().getText();
      if (!model.references(name).isEmpty() || model.bindingsAnywhere(name).size() > 1) {
        return "`except ... as "
            + name
            + "` unbinds `"
            + name
            + "` after an exception; `with` does not";
      }
    }
    // as in Ruff, whose fix is always unsafe
    return (t.awaits() ? "an awaited call may raise" : "the body may raise")
        + " an exception group, which `suppress` splits on Python 3.12+ and `except` does not"
        + " catch";
  }

  /**
   * Whether evaluating {@code type} before the body gives what {@code except} would: a builtin, or
   * a name whose only binding is an unconditional module-level import or class above the {@code
   * try} (so it is bound whenever the {@code try} runs).
   */
  private static boolean evaluatedAlike(
      ParserRuleContext type, TryExceptPass t, SemanticModel model) {
    String name = Syntax.name(type);
    if (name == null) {
      return false;
    }
    if (model.isBuiltin(name, type)) {
      return true;
    }
    List<Binding> bindings = model.bindingsAnywhere(name);
    if (bindings.size() != 1) {
      return false;
    }
    Binding b = bindings.get(0);
    boolean kind =
        b.kind() == Binding.BindingKind.IMPORT
            || b.kind() == Binding.BindingKind.FROM_IMPORT
            || b.kind() == Binding.BindingKind.CLASS;
    return kind && topLevel(b.node()) && b.start() < Syntax.start(t.node());
  }

  /** Whether {@code node} is in a statement of the module itself, not in any block. */
  private static boolean topLevel(ParseTree node) {
    ParseTree p = node;
    while (p != null && !(p instanceof PythonParser.StatementContext)) {
      p = p.getParent();
    }
    return p != null && p.getParent() instanceof PythonParser.FileContext;
  }

  private static boolean hasComment(TryExceptPass t, RuleContext context) {
    List<Token> tokens = context.file().tokens();
    int from = ((ParserToken) t.node().getStart()).sourceIndex();
    int to = ((ParserToken) t.pass().getStop()).sourceIndex();
    for (int i = from; i <= to; i++) {
      if (tokens.get(i).kind() == TokenKind.COMMENT) {
        return true;
      }
    }
    return false;
  }
}
