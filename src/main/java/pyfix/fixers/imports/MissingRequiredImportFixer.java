package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.ImportStatementContext;
import pyfix.parse.PythonParser.StatementContext;
import pyfix.semantic.Alias;
import pyfix.semantic.Imports;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;
import pyfix.source.CellSeparator;

/**
 * I002: an import the project requires in every module ({@code required-imports} of Ruff's isort
 * settings, isort's {@code add_imports}) is missing; the fix inserts it before the first statement
 * that is neither the module docstring nor a {@code __future__} import, as Ruff does, nor a
 * notebook's IPython line (masked, see {@link CellSeparator#PLACEHOLDER_NAME}). A module with no
 * other statement (empty, a docstring only) is left alone. The insertion is SAFE when it cannot
 * change what the module does: a {@code __future__} feature that is on anyway in Python 3 (not
 * {@code annotations}, which changes how annotations evaluate), or a standard-library module that
 * every Python has, imported for its names whose bound name the module binds nowhere else, in a
 * module that does not list its own names ({@code globals()}, {@code dir()}).
 */
public final class MissingRequiredImportFixer implements Fixer {
  private static final RuleMetadata METADATA =
      RuleMetadata.stable("I002", "missing-required-import", Kind.SEMANTIC, FixSafety.PER_FINDING);

  private static final Pattern FROM =
      Pattern.compile("from\\s+(\\S+)\\s+import\\s+(\\w+)(?:\\s+as\\s+(\\w+))?");
  private static final Pattern PLAIN = Pattern.compile("import\\s+([\\w.]+)(?:\\s+as\\s+(\\w+))?");

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<String> required = settings.options().isort().sorter().requiredImports();
    List<Finding> findings = new ArrayList<>();
    if (required.isEmpty()) {
      return findings;
    }
    List<StatementContext> body = file.tree().statement();
    boolean docstring = Syntax.docstring(body) != null;
    // `"""Text."""; import os`: nothing can go between the docstring and the code after it
    boolean crowded = docstring && body.get(0).simpleStatements().simpleStatement().size() > 1;
    String text = file.text();
    int first = docstring ? 1 : 0;
    boolean afterIPython = false;
    while (first < body.size()
        && (isFutureImport(body.get(first)) || isIPythonLine(body.get(first), text))) {
      afterIPython |= isIPythonLine(body.get(first), text);
      first++;
    }
    if (first == body.size() && !crowded) {
      return findings; // nothing but a docstring, __future__ imports and IPython lines
    }
    int at = crowded ? Syntax.start(body.get(0)) : Syntax.start(body.get(first));
    int lineStart = file.lines().lineStart(file.lines().line(at));
    boolean ownLine = !crowded && text.substring(lineStart, at).isBlank();
    // in a notebook, where the import goes: line 1 is a masked IPython line, which is not reported
    int reported = afterIPython ? lineStart : 0;
    for (String wanted : required) {
      Required r = Required.of(wanted);
      if (r == null || present(r, body)) {
        continue;
      }
      String message = "Missing required import: `" + wanted.strip() + "`";
      Finding finding = Finding.reportOnly(METADATA.code(), message, reported, reported);
      if (!ownLine) {
        String where = crowded ? "the docstring" : "the first statement";
        findings.add(finding.withFixTitle("not fixed: " + where + " shares its line"));
        continue;
      }
      String nl = file.stylist().newline();
      Fix fix =
          new Fix(
              safe(r, file) ? Applicability.SAFE : Applicability.UNSAFE,
              List.of(new Edit(lineStart, lineStart, wanted.strip() + nl)));
      findings.add(
          Finding.fixable(METADATA.code(), message, reported, reported, fix)
              .withFixTitle(title(r, file)));
    }
    return findings;
  }

  private static String title(Required r, ParsedFile file) {
    if (safe(r, file)) {
      return "Insert the required import";
    }
    return r.module().equals("__future__")
        ? "unsafe: it changes how annotations are evaluated; insert it"
        : "unsafe: importing it may run code, or the module uses the name otherwise; insert it";
  }

  /** One required import: {@code from module import name [as alias]} or {@code import module}. */
  private record Required(String module, String name, String alias) {
    static Required of(String text) {
      Matcher m = FROM.matcher(text.strip());
      if (m.matches()) {
        return new Required(m.group(1), m.group(2), m.group(3));
      }
      m = PLAIN.matcher(text.strip());
      return m.matches() ? new Required(m.group(1), null, m.group(2)) : null;
    }

    /** The name the import binds. */
    String bound() {
      return alias != null ? alias : name != null ? name : module.split("\\.", -1)[0];
    }
  }

  private static boolean isFutureImport(StatementContext s) {
    return s.simpleStatements() != null
        && s.simpleStatements().simpleStatement().size() == 1
        && s.simpleStatements().simpleStatement(0) instanceof FromImportStatementContext f
        && "__future__".equals(Imports.from(f).qualifiedModule());
  }

  /**
   * Whether {@code s} is a notebook's IPython line, masked as a placeholder call, which keeps its
   * place above the import as {@code %matplotlib inline} does in Jupyter.
   */
  private static boolean isIPythonLine(StatementContext s, String text) {
    return text.startsWith(CellSeparator.PLACEHOLDER_NAME + "(", Syntax.start(s));
  }

  /** Whether a top-level statement already imports it, with the same alias or none. */
  private static boolean present(Required r, List<StatementContext> body) {
    for (StatementContext s : body) {
      if (s.simpleStatements() == null) {
        continue;
      }
      for (ParserRuleContext node : s.simpleStatements().simpleStatement()) {
        if (r.name() != null && node instanceof FromImportStatementContext f) {
          Imports.ImportFrom from = Imports.from(f);
          if (from.qualifiedModule().equals(r.module()) && has(from.names(), r.name(), r.alias())) {
            return true;
          }
        } else if (r.name() == null
            && node instanceof ImportStatementContext i
            && has(Imports.names(i), r.module(), r.alias())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean has(List<Alias> aliases, String name, String alias) {
    for (Alias a : aliases) {
      if (a.name().equals(name) && Objects.equals(a.asname(), alias)) {
        return true;
      }
    }
    return false;
  }

  private static boolean safe(Required r, ParsedFile file) {
    if (r.module().equals("__future__")) {
      return !r.name().equals("annotations");
    }
    SemanticModel model = SemanticModel.of(file);
    // a module that lists its own names (`globals()`, `dir()`, `vars()`) would list the new one
    return !ImportEffects.mayMatter(r.module())
        && !ImportEffects.mayFail(r.module())
        && !model.module().dynamic()
        && model.bindingsAnywhere(r.bound()).isEmpty()
        && model.references(r.bound()).isEmpty();
  }
}
