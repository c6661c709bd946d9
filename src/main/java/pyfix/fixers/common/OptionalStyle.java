package pyfix.fixers.common;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.fix.Edit;
import pyfix.fix.Settings;
import pyfix.parse.Feature;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;
import pyfix.semantic.Importer;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * How a file spells "X or None" in annotations: {@code X | None} for Python 3.10+ when the file
 * spells {@code Optional} nowhere, otherwise {@code Optional[X]} as the importer finds or adds it
 * ({@code Opt[X]}, {@code typing.Optional[X]}, {@code t.Optional[X]}).
 */
public final class OptionalStyle {
  private static final Pattern READABLE_STRING =
      Pattern.compile("([\"'])([A-Za-z_][A-Za-z0-9_.\\[\\], |]*)\\1");
  private static final Pattern ADMITS_NONE = Pattern.compile("\\b(None|Optional|Any|object)\\b");
  private static final Pattern DOTTED_OPTIONAL =
      Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\.\\s*Optional\\b");
  private static final Set<String> ANY = Set.of("Any", "object", "Optional");

  private final ParsedFile file;
  // null for the X | None spelling
  private final String optional;
  private final Edit importEdit;

  private OptionalStyle(ParsedFile file, String optional, Edit importEdit) {
    this.file = file;
    this.optional = optional;
    this.importEdit = importEdit;
  }

  /**
   * The style for annotations of {@code def}: {@code bareUsed} says whether the file names {@code
   * Optional} anywhere, {@code dottedUsed} holds the {@code X} of every {@code X.Optional} it
   * names.
   *
   * @throws Importer.Refused when {@code Optional} would be needed but no import can provide it
   */
  public static OptionalStyle of(
      ParsedFile file,
      Settings settings,
      boolean bareUsed,
      Set<String> dottedUsed,
      PythonParser.FunctionDefContext def)
      throws Importer.Refused {
    SemanticModel model = SemanticModel.of(file);
    boolean imported =
        model.bindingsAnywhere("Optional").stream().anyMatch(b -> b.imports("typing", "Optional"));
    boolean dotted =
        dottedUsed.stream()
            .anyMatch(
                x -> model.module().bindings(x).stream().anyMatch(b -> b.importsModule("typing")));
    if (Feature.UNION_TYPE_OPERATOR.availableIn(settings.targetVersion())
        && !bareUsed
        && !dotted
        && !imported) {
      return new OptionalStyle(file, null, null);
    }
    Importer.Imported spelling = Importer.of(file).getOrImport("typing", "Optional", def);
    return new OptionalStyle(file, spelling.name(), ImportEdit.of(spelling, file));
  }

  /**
   * The style for annotations of {@code def}, finding how the file spells {@code Optional} through
   * its semantic model: B006 passes what its own walk found instead.
   *
   * @throws Importer.Refused when {@code Optional} would be needed but no import can provide it
   */
  public static OptionalStyle of(
      ParsedFile file, Settings settings, PythonParser.FunctionDefContext def)
      throws Importer.Refused {
    SemanticModel model = SemanticModel.of(file);
    boolean bareUsed = !model.references("Optional").isEmpty();
    return of(
        file, settings, bareUsed, file.derived(DottedOptional.class, DottedOptional::of).xs, def);
  }

  /** The X of every {@code X.Optional} a text spells, searched once per text, not once per def. */
  private record DottedOptional(Set<String> xs) {
    static DottedOptional of(ParsedFile file) {
      Set<String> xs = new HashSet<>();
      Matcher m = DOTTED_OPTIONAL.matcher(file.text());
      while (m.find()) {
        xs.add(m.group(1));
      }
      return new DottedOptional(xs);
    }
  }

  /** Whether this style writes {@code X | None} rather than {@code Optional[X]}. */
  public boolean pipe() {
    return optional == null;
  }

  /**
   * The edit making {@code annotation} admit None, or empty when it does already, or is not a name,
   * attribute, subscript, {@code |} union or readable string.
   */
  public Optional<Edit> edit(PythonParser.TestContext annotation) {
    PythonParser.ExprContext e = Syntax.expr(annotation);
    int start = Syntax.start(annotation);
    int end = Syntax.end(annotation);
    if (!needsNone(annotation)) {
      return Optional.empty();
    }
    PythonParser.TestContext annotated = annotatedType(e);
    if (annotated != null) {
      // frameworks read the metadata of `Annotated[X, meta]`: X admits None, not the whole
      return edit(annotated);
    }
    if (e instanceof PythonParser.StringsContext s) {
      return Optional.of(stringEdit(s));
    }
    if (optional == null) {
      return Optional.of(Edit.insert(end, " | None"));
    }
    return Optional.of(
        new Edit(start, end, optional + "[" + file.text().substring(start, end) + "]"));
  }

  /** The import the edits of this style need, if the file lacks it. */
  public Optional<Edit> importEdit() {
    return Optional.ofNullable(importEdit);
  }

  /**
   * Whether {@code annotation} must change to admit None: it does not yet, and is a name,
   * attribute, subscript, {@code |} union or readable string, which are types at run time.
   */
  public static boolean needsNone(PythonParser.TestContext annotation) {
    PythonParser.ExprContext e = Syntax.expr(annotation);
    PythonParser.TestContext annotated = annotatedType(e);
    if (annotated != null) {
      return needsNone(annotated);
    }
    if (e instanceof PythonParser.StringsContext s) {
      return s.getChildCount() == 1 && !admitsNone(s);
    }
    boolean type =
        e instanceof PythonParser.NameContext
            || e instanceof PythonParser.AttributeContext
            || e instanceof PythonParser.SubscriptionContext
            || e instanceof PythonParser.BitOrContext;
    return type && !admitsNone(e);
  }

  /** The {@code X} of {@code Annotated[X, ...]}, or null when {@code e} is not one. */
  private static PythonParser.TestContext annotatedType(PythonParser.ExprContext e) {
    if (!(e instanceof PythonParser.SubscriptionContext sub)
        || !"Annotated".equals(Syntax.lastName(sub.expr()))) {
      return null;
    }
    PythonParser.SliceContext first = sub.slices().slice(0);
    return first.getChildCount() == 1 && first.test().size() == 1 ? first.test(0) : null;
  }

  private Edit stringEdit(PythonParser.StringsContext s) {
    Matcher m = READABLE_STRING.matcher(s.getText());
    m.matches();
    int contentStart = Syntax.start(s) + 1;
    int contentEnd = Syntax.end(s) - 1;
    return optional == null
        ? Edit.insert(contentEnd, " | None")
        : new Edit(contentStart, contentEnd, optional + "[" + m.group(2) + "]");
  }

  private static boolean admitsNone(PythonParser.ExprContext e) {
    if (e == null) {
      return false;
    }
    if (e instanceof PythonParser.ConstantContext c) {
      return c.getText().equals("None");
    }
    if (e instanceof PythonParser.NameContext || e instanceof PythonParser.AttributeContext) {
      return ANY.contains(Syntax.lastName(e));
    }
    if (e instanceof PythonParser.SubscriptionContext sub) {
      String generic = Syntax.lastName(sub.expr());
      if ("Optional".equals(generic)) {
        return true;
      }
      List<PythonParser.SliceContext> args = sub.slices().slice();
      if ("Union".equals(generic)) {
        return args.stream().anyMatch(a -> admitsNone(Syntax.expr(a)));
      }
      if ("Annotated".equals(generic)) {
        return admitsNone(Syntax.expr(args.get(0)));
      }
      return false;
    }
    if (e instanceof PythonParser.BitOrContext or) {
      return or.expr().stream().anyMatch(OptionalStyle::admitsNone);
    }
    if (e instanceof PythonParser.StringsContext s) {
      Matcher m = READABLE_STRING.matcher(s.getText());
      return !m.matches() || ADMITS_NONE.matcher(m.group(2)).find();
    }
    return false;
  }
}
