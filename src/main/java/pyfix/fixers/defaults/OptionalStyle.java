package pyfix.fixers.defaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.fix.Edit;
import pyfix.fix.Settings;
import pyfix.fixers.common.ImportAdder;
import pyfix.parse.Feature;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;

/**
 * How a file spells "X or None" in annotations: {@code X | None} for Python 3.10+, otherwise {@code
 * Optional[X]}, {@code typing.Optional[X]} or {@code t.Optional[X]} as the file already does. Bare
 * {@code Optional} comes with an import edit when the file's imports lack it.
 */
final class OptionalStyle {
  private static final Pattern READABLE_STRING =
      Pattern.compile("([\"'])([A-Za-z_][A-Za-z0-9_.\\[\\], |]*)\\1");
  private static final Pattern ADMITS_NONE = Pattern.compile("\\b(None|Optional|Any|object)\\b");
  private static final Set<String> ANY = Set.of("Any", "object", "Optional");

  private final ParsedFile file;
  // null for the X | None spelling
  private final String optional;
  private final boolean bare;

  private OptionalStyle(ParsedFile file, String optional) {
    this.file = file;
    this.optional = optional;
    this.bare = "Optional".equals(optional);
  }

  /**
   * The style of {@code file}: {@code bareUsed} says whether it names {@code Optional} anywhere,
   * {@code dottedUsed} holds the {@code X} of every {@code X.Optional} it names.
   */
  static OptionalStyle of(
      ParsedFile file, Settings settings, boolean bareUsed, Set<String> dottedUsed) {
    List<String> typingAliases = new ArrayList<>();
    boolean fromTyping = false;
    boolean bareImported = false;
    List<PythonParser.StatementContext> statements = file.tree().statement();
    for (int i = 0; i < statements.size(); i++) {
      PythonParser.StatementContext s = statements.get(i);
      if (i == 0 && ImportAdder.isDocstring(s)) {
        continue;
      }
      if (s.simpleStatements() == null) {
        break;
      }
      boolean imports = false;
      for (PythonParser.SimpleStatementContext simple : s.simpleStatements().simpleStatement()) {
        if (simple instanceof PythonParser.ImportStatementContext imp) {
          imports = true;
          for (PythonParser.DottedAsNameContext d : imp.dottedAsName()) {
            if (d.dottedName().getText().equals("typing")) {
              typingAliases.add(d.NAME() != null ? d.NAME().getText() : "typing");
            }
          }
        } else if (simple instanceof PythonParser.FromImportStatementContext from) {
          imports = true;
          if (from.dottedName() != null
              && from.getChild(1) == from.dottedName()
              && from.dottedName().getText().equals("typing")) {
            fromTyping = true;
            bareImported |=
                from.importAsName().stream()
                    .anyMatch(n -> n.NAME().size() == 1 && n.NAME(0).getText().equals("Optional"));
          }
        }
      }
      if (!imports) {
        break;
      }
    }
    if (bareImported) {
      return new OptionalStyle(file, "Optional");
    }
    for (String alias : typingAliases) {
      if (dottedUsed.contains(alias)) {
        return new OptionalStyle(file, alias + ".Optional");
      }
    }
    if (bareUsed) {
      return new OptionalStyle(file, "Optional");
    }
    if (Feature.UNION_TYPE_OPERATOR.availableIn(settings.targetVersion())) {
      return new OptionalStyle(file, null);
    }
    if (!typingAliases.isEmpty() && !fromTyping) {
      return new OptionalStyle(file, typingAliases.get(0) + ".Optional");
    }
    return new OptionalStyle(file, "Optional");
  }

  /**
   * The edit making {@code annotation} admit None, or empty when it does already, or is not a name,
   * attribute, subscript, {@code |} union or readable string.
   */
  Optional<Edit> edit(PythonParser.TestContext annotation) {
    PythonParser.ExprContext e = Nodes.expr(annotation);
    int start = Nodes.start(annotation);
    int end = Nodes.end(annotation);
    if (e instanceof PythonParser.StringsContext s) {
      return stringEdit(s);
    }
    // only what is a type at runtime: a call or an operator might not be
    boolean type =
        e instanceof PythonParser.NameContext
            || e instanceof PythonParser.AttributeContext
            || e instanceof PythonParser.SubscriptionContext
            || e instanceof PythonParser.BitOrContext;
    if (!type || admitsNone(e)) {
      return Optional.empty();
    }
    if (optional == null) {
      return Optional.of(Edit.insert(end, " | None"));
    }
    return Optional.of(
        new Edit(start, end, optional + "[" + file.text().substring(start, end) + "]"));
  }

  /** The import the edits of this style need, if the file lacks it. */
  Optional<Edit> importEdit() {
    return bare ? ImportAdder.fromImport(file, "typing", "Optional") : Optional.empty();
  }

  private Optional<Edit> stringEdit(PythonParser.StringsContext s) {
    if (s.getChildCount() != 1) {
      return Optional.empty();
    }
    String token = s.getText();
    Matcher m = READABLE_STRING.matcher(token);
    if (!m.matches() || ADMITS_NONE.matcher(m.group(2)).find()) {
      return Optional.empty();
    }
    int contentStart = Nodes.start(s) + 1;
    int contentEnd = Nodes.end(s) - 1;
    String content = m.group(2);
    return Optional.of(
        optional == null
            ? Edit.insert(contentEnd, " | None")
            : new Edit(contentStart, contentEnd, optional + "[" + content + "]"));
  }

  private static boolean admitsNone(PythonParser.ExprContext e) {
    if (e == null) {
      return false;
    }
    if (e instanceof PythonParser.ConstantContext c) {
      return c.getText().equals("None");
    }
    if (e instanceof PythonParser.NameContext || e instanceof PythonParser.AttributeContext) {
      return ANY.contains(Nodes.lastName(e));
    }
    if (e instanceof PythonParser.SubscriptionContext sub) {
      String generic = Nodes.lastName(sub.expr());
      if ("Optional".equals(generic)) {
        return true;
      }
      List<PythonParser.SliceContext> args = sub.slices().slice();
      if ("Union".equals(generic)) {
        return args.stream().anyMatch(a -> admitsNone(Nodes.expr(a)));
      }
      if ("Annotated".equals(generic)) {
        return admitsNone(Nodes.expr(args.get(0)));
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
