package pyfix.fixers.optional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.fixers.common.Decorators;
import pyfix.fixers.common.Evaluation;
import pyfix.fixers.common.OptionalStyle;
import pyfix.fixers.common.PassedOn;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.semantic.Function;
import pyfix.semantic.Importer;
import pyfix.semantic.Syntax;

/**
 * Makes {@code def f(x: int = None)} say {@code x: Optional[int] = None} or {@code x: int | None =
 * None}, spelled as B006 spells it ({@link OptionalStyle}), importing {@code Optional} through the
 * importer.
 */
public final class ImplicitOptionalFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault(
          "RUF013", "implicit-optional", Kind.SEMANTIC, FixSafety.PER_FINDING);
  private static final String MESSAGE = "PEP 484 prohibits implicit `Optional`";

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FunctionDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    FunctionDefContext def = (FunctionDefContext) node;
    List<PythonParser.TestContext> flagged = new ArrayList<>();
    List<Function.Parameter> parameters = Function.of(def).parameters();
    for (Function.Parameter p : parameters) {
      if (p.kind() == Function.ParameterKind.REGULAR
          && p.value() != null
          && Syntax.isNone(p.value())
          && p.annotation() instanceof PythonParser.TestContext annotation
          && NoneAdmission.of(Syntax.expr(annotation), context.model()) == NoneAdmission.EXCLUDES
          && !readsParameter(annotation, parameters, context)) {
        flagged.add(annotation);
      }
    }
    if (flagged.isEmpty()) {
      return;
    }
    OptionalStyle style;
    try {
      style = OptionalStyle.of(context.file(), context.settings(), def);
    } catch (Importer.Refused r) {
      for (PythonParser.TestContext annotation : flagged) {
        context.report(
            finding(annotation)
                .withFixTitle("not fixed: `Optional` is needed, but " + r.getMessage()));
      }
      return;
    }
    for (PythonParser.TestContext annotation : flagged) {
      context.report(fixed(annotation, def, style, context));
    }
  }

  /** The finding on the type that admits no None, inside its quotes, as Ruff reports it. */
  private static Finding finding(PythonParser.TestContext annotation) {
    PythonParser.ExprContext type = Evaluation.wrapped(annotation);
    int quote = type instanceof PythonParser.StringsContext ? 1 : 0;
    return Finding.reportOnly(
        METADATA.code(), MESSAGE, Syntax.start(type) + quote, Syntax.end(type) - quote);
  }

  private static Finding fixed(
      PythonParser.TestContext annotation,
      FunctionDefContext def,
      OptionalStyle style,
      RuleContext context) {
    Optional<Edit> edit = style.edit(annotation);
    if (edit.isEmpty()) {
      return finding(annotation)
          .withFixTitle("not fixed: pyfix rewrites names, subscripts, unions and simple strings");
    }
    String convert = "convert to `" + (style.pipe() ? "T | None" : "Optional[T]") + "`";
    List<Edit> edits = new ArrayList<>();
    style.importEdit().ifPresent(edits::add);
    edits.add(edit.get());
    String unsafe = null;
    PythonParser.ExprContext type = Evaluation.wrapped(annotation);
    Evaluation evaluation =
        Evaluation.ofAnnotation(annotation, context.model(), context.settings(), style.pipe());
    String spelled = style.pipe() ? "`X | None`" : "`Optional[X]`";
    if (evaluation == Evaluation.RAISES) {
      return finding(annotation)
          .withFixTitle(
              "not fixed: " + spelled + " raises `TypeError` for `" + context.text(type) + "`");
    }
    if (evaluation == Evaluation.UNPROVEN) {
      unsafe =
          "`"
              + context.text(type)
              + "` may not be a class, and "
              + spelled
              + " is evaluated when the function is defined";
    }
    String decorator = Decorators.readingSignature(def, context.file().text());
    if (unsafe == null && decorator != null && !context.settings().stub()) {
      unsafe =
          "the function is decorated with `@" + decorator + "`, which may read its annotations";
    } else if (unsafe == null && !context.settings().stub() && PassedOn.of(context.file(), def)) {
      unsafe = PassedOn.reason(def.NAME().getText());
    }
    Applicability applicability = unsafe == null ? Applicability.SAFE : Applicability.UNSAFE;
    Finding finding = finding(annotation);
    return Finding.fixable(
            finding.code(),
            finding.message(),
            finding.start(),
            finding.end(),
            new Fix(applicability, edits))
        .withFixTitle(
            unsafe == null ? "C" + convert.substring(1) : "unsafe: " + unsafe + "; " + convert);
  }

  /**
   * Whether an annotation Python does not evaluate at definition time starts with the name of a
   * parameter ({@code type: type = None} under {@code from __future__ import annotations}): Ruff
   * resolves such an annotation in the function's scope, to the parameter, and does not report it,
   * so a project clean under Ruff has it.
   */
  private static boolean readsParameter(
      PythonParser.TestContext annotation,
      List<Function.Parameter> parameters,
      RuleContext context) {
    String first = annotation.getStart().getText();
    return !Evaluation.evaluatedWhenDefined(
            Syntax.expr(annotation), context.model(), context.settings())
        && parameters.stream().anyMatch(p -> first.equals(p.name()));
  }
}
