package pyfix.fixers.defaults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;
import pyfix.fix.Settings;
import pyfix.fixers.common.Decorators;
import pyfix.fixers.common.Evaluation;
import pyfix.fixers.common.OptionalStyle;
import pyfix.fixers.common.PassedOn;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;
import pyfix.semantic.Importer;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * Replaces mutable argument defaults with {@code None} and builds the value in the body.
 *
 * <p>One fix covers every fixable parameter of a function, so that their {@code if} statements land
 * together in parameter order: SAFE findings carry the fix of the SAFE parameters, UNSAFE findings
 * the fix of all of them. Refused parameters are reported without a fix.
 */
public final class MutableArgumentDefaultFixer implements Fixer {
  private static final String UNSAFE_ADVICE =
      "; the default was shared between calls: if that was deliberate, e.g. a cache, keep it and"
          + " add `# noqa: B006`";

  private static final RuleMetadata METADATA =
      RuleMetadata.stable("B006", "mutable-argument-default", Kind.SEMANTIC, FixSafety.PER_FINDING);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<Finding> findings = new ArrayList<>();
    if (settings.stub()) {
      return findings; // a .pyi default is never evaluated; Ruff skips stubs too (PYI011's domain)
    }
    FileFacts.Prescan prescan = FileFacts.prescan(file);
    if (!prescan.defs() && !prescan.lambdas()) {
      return findings;
    }
    SemanticModel model = SemanticModel.of(file);
    FileFacts facts = FileFacts.of(file, model);
    Map<PythonParser.FunctionDefContext, List<MutableParameter>> flagged = new LinkedHashMap<>();
    for (PythonParser.FunctionDefContext def : facts.functions) {
      List<MutableParameter> parameters = flagged(def, facts, model);
      if (!parameters.isEmpty() && !Decorators.overloaded(def)) {
        flagged.put(def, parameters);
      }
    }
    if (flagged.isEmpty() && !prescan.lambdas()) {
      return findings;
    }
    facts.walkExpressions();
    flagged.forEach(
        (def, parameters) ->
            findings.addAll(function(file, settings, facts, model, def, parameters)));
    for (PythonParser.LambdaParameterContext p : facts.lambdaParameters) {
      if (p.test() != null && MutableDefault.of(p.test(), facts.containers) != null) {
        findings.add(
            Finding.reportOnly(
                    code(),
                    message(p.NAME().getText()),
                    Syntax.start(p.test()),
                    Syntax.end(p.test()))
                .withFixTitle("not fixed: lambda defaults are only reported"));
      }
    }
    findings.sort(Comparator.comparingInt(Finding::start));
    return findings;
  }

  private static List<MutableParameter> flagged(
      PythonParser.FunctionDefContext def, FileFacts facts, SemanticModel model) {
    List<MutableParameter> flagged = new ArrayList<>();
    if (def.parameters() == null) {
      return flagged;
    }
    List<PythonParser.ParameterContext> parameters = def.parameters().parameter();
    for (int i = 0; i < parameters.size(); i++) {
      PythonParser.ParameterContext p = parameters.get(i);
      boolean hasDefault =
          p.getChildCount() >= 3 && Nodes.isToken(p.getChild(p.getChildCount() - 2), "=");
      // annotated as never mutated (`Sequence[int] = []`): Ruff does not report it either
      boolean readOnly =
          p.test().size() == 2 && ImmutableAnnotation.of(Syntax.expr(p.test(0)), model);
      if (p.NAME() != null && hasDefault && !readOnly) {
        MutableDefault kind = MutableDefault.of(p.test(p.test().size() - 1), facts.containers);
        if (kind != null) {
          flagged.add(new MutableParameter(p, p.NAME().getText(), i, kind));
        }
      }
    }
    return flagged;
  }

  private List<Finding> function(
      ParsedFile file,
      Settings settings,
      FileFacts facts,
      SemanticModel model,
      PythonParser.FunctionDefContext def,
      List<MutableParameter> flagged) {
    boolean stub = Stubs.isStub(def.block());
    String placement = BodyInsertion.refusal(file, def);
    String decorator = Decorators.readingSignature(def, file.text());
    OptionalStyle style = null;
    String noOptional = null;
    try {
      style = OptionalStyle.of(file, settings, facts.bareOptional, facts.dottedOptional, def);
    } catch (Importer.Refused r) {
      noOptional = "the annotation needs `Optional`, but " + r.getMessage();
    }
    List<ParameterUses.Verdict> verdicts = new ArrayList<>();
    List<MutableParameter> safe = new ArrayList<>();
    List<MutableParameter> fixable = new ArrayList<>();
    for (MutableParameter p : flagged) {
      ParameterUses.Verdict v = verdict(file, facts, def, p, stub, placement, decorator);
      if (noOptional != null && p.annotation() != null && OptionalStyle.needsNone(p.annotation())) {
        v = new ParameterUses.Verdict(ParameterUses.Kind.REFUSED, noOptional);
      } else if (style != null
          && p.annotation() != null
          && style.edit(p.annotation()).isPresent()) {
        v = wrapping(file, settings, model, style, p.annotation(), v);
      }
      verdicts.add(v);
      if (v.kind() == ParameterUses.Kind.SAFE) {
        safe.add(p);
      }
      if (v.kind() != ParameterUses.Kind.REFUSED) {
        fixable.add(p);
      }
    }
    Fix safeFix = safe.isEmpty() ? null : fix(file, style, def, safe, Applicability.SAFE, stub);
    Fix unsafeFix =
        safe.size() == fixable.size()
            ? null
            : fix(file, style, def, fixable, Applicability.UNSAFE, stub);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < flagged.size(); i++) {
      MutableParameter p = flagged.get(i);
      ParameterUses.Verdict v = verdicts.get(i);
      int start = Syntax.start(p.value());
      int end = Syntax.end(p.value());
      findings.add(
          switch (v.kind()) {
            case SAFE ->
                Finding.fixable(code(), message(p.name()), start, end, safeFix)
                    .withFixTitle("fix is safe: " + v.reason());
            case UNSAFE ->
                Finding.fixable(code(), message(p.name()), start, end, unsafeFix)
                    .withFixTitle("fix is unsafe: " + v.reason() + UNSAFE_ADVICE);
            case REFUSED ->
                Finding.reportOnly(code(), message(p.name()), start, end)
                    .withFixTitle("not fixed: " + v.reason());
          });
    }
    return findings;
  }

  /**
   * The verdict on {@code p}: the body's uses, then what the default reads, the decorators and
   * where the function is passed on.
   */
  private static ParameterUses.Verdict verdict(
      ParsedFile file,
      FileFacts facts,
      PythonParser.FunctionDefContext def,
      MutableParameter p,
      boolean stub,
      String placement,
      String decorator) {
    ParameterUses.Verdict v;
    if (stub) {
      ParameterUses.Verdict dropped = DefaultNames.dropped(p, facts);
      v =
          dropped != null
              ? dropped
              : new ParameterUses.Verdict(
                  ParameterUses.Kind.SAFE, "a stub: only the default changes");
    } else if (placement != null) {
      v = new ParameterUses.Verdict(ParameterUses.Kind.REFUSED, placement);
    } else {
      // unannotated, or annotated with a type that admits None: a caller may pass None, which
      // the fix turns into the default
      boolean nonePassable = p.annotation() == null || !OptionalStyle.needsNone(p.annotation());
      v = ParameterUses.of(def.block(), p.name(), p.kind(), nonePassable, facts::trusts);
    }
    if (v.kind() != ParameterUses.Kind.REFUSED && !stub) {
      ParameterUses.Verdict names = DefaultNames.check(def, p, facts);
      if (names != null
          && (names.kind() == ParameterUses.Kind.REFUSED || v.kind() == ParameterUses.Kind.SAFE)) {
        v = names;
      }
    }
    if (v.kind() == ParameterUses.Kind.SAFE && decorator != null) {
      v =
          new ParameterUses.Verdict(
              ParameterUses.Kind.UNSAFE,
              "the function is decorated with `@" + decorator + "`, which may read its signature");
    } else if (v.kind() == ParameterUses.Kind.SAFE && PassedOn.of(file, def)) {
      v =
          new ParameterUses.Verdict(
              ParameterUses.Kind.UNSAFE, PassedOn.reason(def.NAME().getText()));
    }
    return v;
  }

  /**
   * The verdict {@code v} once the fix also wraps {@code annotation}, which Python may evaluate
   * when the function is defined: refused where the wrapped type raises, UNSAFE where it may.
   */
  private static ParameterUses.Verdict wrapping(
      ParsedFile file,
      Settings settings,
      SemanticModel model,
      OptionalStyle style,
      PythonParser.TestContext annotation,
      ParameterUses.Verdict v) {
    Evaluation evaluation = Evaluation.ofAnnotation(annotation, model, settings, style.pipe());
    if (evaluation == Evaluation.WRAPPABLE || v.kind() == ParameterUses.Kind.REFUSED) {
      return v;
    }
    PythonParser.ExprContext type = Evaluation.wrapped(annotation);
    String text = file.text().substring(Syntax.start(type), Syntax.end(type));
    String spelled = style.pipe() ? "`X | None`" : "`Optional[X]`";
    if (evaluation == Evaluation.RAISES) {
      return new ParameterUses.Verdict(
          ParameterUses.Kind.REFUSED,
          "the annotation would become "
              + spelled
              + ", which raises `TypeError` for `"
              + text
              + "`");
    }
    return v.kind() == ParameterUses.Kind.SAFE
        ? new ParameterUses.Verdict(
            ParameterUses.Kind.UNSAFE,
            "`"
                + text
                + "` may not be a class, and the annotation's "
                + spelled
                + " is evaluated when the function is defined")
        : v;
  }

  private static Fix fix(
      ParsedFile file,
      OptionalStyle style,
      PythonParser.FunctionDefContext def,
      List<MutableParameter> group,
      Applicability applicability,
      boolean stub) {
    List<Edit> edits = new ArrayList<>();
    for (MutableParameter p : group) {
      if (p.annotation() != null && style != null) {
        style.edit(p.annotation()).ifPresent(edits::add);
      }
      edits.add(new Edit(Syntax.start(p.value()), Syntax.end(p.value()), "None"));
    }
    if (edits.size() > group.size()) {
      Optional<Edit> imports = style.importEdit();
      imports.ifPresent(e -> edits.add(0, e));
    }
    if (!stub) {
      Set<String> earlier = new HashSet<>();
      List<PythonParser.ParameterContext> all = def.parameters().parameter();
      for (int i = 0; i < group.get(0).index(); i++) {
        if (all.get(i).NAME() != null) {
          earlier.add(all.get(i).NAME().getText());
        }
      }
      edits.add(BodyInsertion.of(file, def, group, earlier));
    }
    return new Fix(applicability, edits);
  }

  private static String message(String name) {
    return "Mutable default for argument `" + name + "`";
  }
}
