package pyfix.fixers.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.RuleContext;
import pyfix.fix.options.AnnotationOptions;
import pyfix.fixers.common.Overrides;
import pyfix.fixers.common.PerNode;
import pyfix.fixers.common.SignatureTypeComment;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.ParameterContext;
import pyfix.semantic.Definitions;
import pyfix.semantic.Function;
import pyfix.semantic.Function.Parameter;
import pyfix.semantic.Function.ParameterKind;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * Every ANN finding of one {@code def}, in the order Ruff's flake8-annotations decides them:
 * parameters (ANN001-ANN003, ANN401), then the return (ANN201-ANN206, ANN401). Each ANN rule
 * reports those of its code.
 */
final class MissingAnnotations {
  private static final Set<String> STATICMETHOD = Set.of("builtins.staticmethod");
  private static final Set<String> CLASSMETHOD = Set.of("builtins.classmethod");

  /** Special methods whose return value Python ignores, so {@code -> None} is the only answer. */
  private static final Set<String> NONE_RETURNING =
      Set.of(
          "__init__",
          "__del__",
          "__setattr__",
          "__delattr__",
          "__setitem__",
          "__delitem__",
          "__set__");

  private final FunctionDefContext def;
  private final Function function;
  private final SemanticModel model;
  private final ParsedFile file;
  private final AnnotationOptions options;
  // the names suppress-dummy-args leaves alone, or null when it is off
  private final Pattern dummies;
  private final List<Finding> findings = new ArrayList<>();
  private boolean typed;

  private MissingAnnotations(FunctionDefContext def, RuleContext context) {
    this.def = def;
    this.function = Function.of(def);
    this.model = context.model();
    this.file = context.file();
    this.options = context.settings().options().annotations();
    this.dummies =
        options.suppressDummyArgs() ? context.settings().options().dummyNames().pattern() : null;
  }

  /** Reports the findings of {@code def} with code {@code code}. */
  static void report(String code, FunctionDefContext def, RuleContext context) {
    List<Finding> all =
        context
            .file()
            .derived(Decided.class, f -> new Decided())
            .get(def, context, MissingAnnotations::all);
    for (Finding f : all) {
      if (f.code().equals(code)) {
        context.report(f);
      }
    }
  }

  /** Every {@code def}'s findings, decided once for the nine ANN rules. */
  private static final class Decided extends PerNode<List<Finding>> {}

  private static List<Finding> all(ParserRuleContext node, RuleContext context) {
    FunctionDefContext def = (FunctionDefContext) node;
    if (Definitions.isOverloadImplementation(def, context.model())) {
      return List.of();
    }
    MissingAnnotations check = new MissingAnnotations(def, context);
    check.run();
    if (check.options.ignoreFullyUntyped() && !check.typed) {
      return List.of();
    }
    return check.findings;
  }

  private void run() {
    boolean method = Definitions.isMethod(def);
    boolean staticMethod = method && Definitions.decoratedWith(def, model, STATICMETHOD);
    boolean classMethod = method && Definitions.decoratedWith(def, model, CLASSMETHOD);
    boolean overridden = Overrides.marked(def, model);
    boolean skipFirst = method && !staticMethod;
    boolean typedParameter = false;
    for (Parameter p : function.parameters()) {
      if (p.kind() == ParameterKind.REGULAR && skipFirst) {
        skipFirst = false;
        typed |= p.annotation() != null;
        continue;
      }
      if (p.kind() == ParameterKind.SLASH || p.kind() == ParameterKind.BARE_STAR) {
        continue;
      }
      String shown = star(p.kind()) + p.name();
      if (p.annotation() != null) {
        typedParameter = true;
        boolean starAny = p.kind() != ParameterKind.REGULAR && options.allowStarArgAny();
        if (!overridden && !starAny && AnyType.is(p.annotation(), p.annotation(), model)) {
          any(p.annotation(), shown);
        }
      } else if (dummies == null || !dummies.matcher(p.name()).find()) {
        missingParameter(p, shown);
      }
    }
    typed |= typedParameter;
    if (function.returns() != null) {
      typed = true;
      if (!overridden && AnyType.is(function.returns(), function.returns(), model)) {
        any(function.returns(), function.name());
      }
    } else if (!(options.suppressNoneReturning() && function.returnsOnlyNone())) {
      missingReturn(method, staticMethod, classMethod, typedParameter);
    }
  }

  private void missingParameter(Parameter p, String shown) {
    var node = (ParameterContext) p.node();
    switch (p.kind()) {
      case VAR_POSITIONAL, VAR_KEYWORD ->
          report(
              p.kind() == ParameterKind.VAR_POSITIONAL ? "ANN002" : "ANN003",
              "Missing type annotation for `" + shown + "`",
              Syntax.start(node),
              Syntax.end(node.NAME()));
      default ->
          report(
              "ANN001",
              "Missing type annotation for function argument `" + shown + "`",
              Syntax.start(node.NAME()),
              Syntax.end(node.NAME()));
    }
  }

  private void missingReturn(
      boolean method, boolean staticMethod, boolean classMethod, boolean typedParameter) {
    String name = function.name();
    if (classMethod) {
      returnFinding("ANN206", "classmethod");
    } else if (staticMethod) {
      returnFinding("ANN205", "staticmethod");
    } else if (method && Definitions.isDunder(name)) {
      if (!(name.equals("__init__") && options.mypyInitReturn() && typedParameter)) {
        specialMethod(name);
      }
    } else if (Definitions.isPublic(def, model)) {
      returnFinding("ANN201", "public function");
    } else {
      returnFinding("ANN202", "private function");
    }
  }

  private void specialMethod(String name) {
    String message = "Missing return type annotation for special method `" + name + "`";
    int start = Syntax.start(def.NAME());
    int end = Syntax.end(def.NAME());
    if (!NONE_RETURNING.contains(name)) {
      report("ANN204", message, start, end);
    } else if (!function.returnsOnlyNone() || function.isGenerator()) {
      findings.add(
          Finding.reportOnly("ANN204", message, start, end)
              .withFixTitle("no fix: the body returns a value or yields"));
    } else if (SignatureTypeComment.in(file, def)) {
      findings.add(
          Finding.reportOnly("ANN204", message, start, end)
              .withFixTitle("no fix: a `# type:` comment types the signature, which mypy reads"));
    } else {
      // the program can read the annotation: help() and inspect.signature() then show it
      Fix fix = Fix.unsafe(Edit.insert(Syntax.end(def.RPAR()), " -> None"));
      findings.add(
          Finding.fixable("ANN204", message, start, end, fix)
              .withFixTitle(
                  "unsafe: `__annotations__`, `help()` and `inspect.signature()` show the new"
                      + " annotation; add return type annotation: `None`"));
    }
  }

  private void returnFinding(String code, String what) {
    report(
        code,
        "Missing return type annotation for " + what + " `" + function.name() + "`",
        Syntax.start(def.NAME()),
        Syntax.end(def.NAME()));
  }

  private void any(ParserRuleContext annotation, String shown) {
    report(
        "ANN401",
        "Dynamically typed expressions (typing.Any) are disallowed in `" + shown + "`",
        Syntax.start(annotation),
        Syntax.end(annotation));
  }

  private void report(String code, String message, int start, int end) {
    findings.add(Finding.reportOnly(code, message, start, end));
  }

  private static String star(ParameterKind kind) {
    return switch (kind) {
      case VAR_POSITIONAL -> "*";
      case VAR_KEYWORD -> "**";
      default -> "";
    };
  }
}
