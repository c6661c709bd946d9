package pyfix.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import pyfix.fix.Applicability;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.Settings;

/**
 * The code actions for a range of a document: a quick fix and a {@code # noqa} per finding there,
 * fix all, and sort imports.
 */
final class CodeActions {
  /** Applies every fix the settings allow, as {@code pyfix fix} does. */
  static final String FIX_ALL = CodeActionKind.SourceFixAll + ".pyfix";

  /** Sorts the imports (I001) whatever rules are selected. */
  static final String ORGANIZE_IMPORTS = CodeActionKind.SourceOrganizeImports + ".pyfix";

  /** Every kind the server offers. */
  static final List<String> KINDS = List.of(CodeActionKind.QuickFix, FIX_ALL, ORGANIZE_IMPORTS);

  private final Analyzer analyzer;
  private final Diagnostics diagnostics;

  CodeActions(Analyzer analyzer, Diagnostics diagnostics) {
    this.analyzer = analyzer;
    this.diagnostics = diagnostics;
  }

  /** The actions for {@code range} of the analysed document whose kinds {@code only} allows. */
  List<Either<Command, CodeAction>> of(
      Analysis analysis, Range range, List<String> only, Settings settings) {
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    if (wanted(CodeActionKind.QuickFix, only)) {
      quickFixes(analysis, range, settings, actions);
    }
    if (wanted(FIX_ALL, only)) {
      whole(
              analysis.document(),
              "Fix all fixable problems (pyfix)",
              FIX_ALL,
              analyzer.fixAll(analysis.document(), settings))
          .ifPresent(a -> actions.add(Either.forRight(a)));
    }
    if (wanted(ORGANIZE_IMPORTS, only)) {
      whole(
              analysis.document(),
              "Sort imports (pyfix)",
              ORGANIZE_IMPORTS,
              analyzer.organizeImports(analysis.document(), settings))
          .ifPresent(a -> actions.add(Either.forRight(a)));
    }
    return actions;
  }

  private void quickFixes(
      Analysis analysis, Range range, Settings settings, List<Either<Command, CodeAction>> out) {
    Positions positions = new Positions(analysis.checked());
    int from = positions.offset(range.getStart());
    int to = positions.offset(range.getEnd());
    List<CodeAction> suppressions = new ArrayList<>();
    Set<String> suppressed = new HashSet<>();
    for (Finding f : analysis.findings()) {
      if (f.end() < from || f.start() > to) {
        continue;
      }
      var diagnostic = diagnostics.diagnostic(positions, f);
      Optional<Fix> fix = f.fix();
      if (fix.isPresent() && fix.get().applicability() != Applicability.DISPLAY_ONLY) {
        boolean safe = fix.get().applicability() == Applicability.SAFE;
        String title = (safe ? "Fix " : "Unsafe fix ") + f.code() + ": " + f.describe();
        analyzer
            .quickFix(analysis, f, settings)
            .flatMap(text -> edit(analysis.document(), text))
            .ifPresent(
                edit -> {
                  CodeAction action = new CodeAction(title);
                  action.setKind(CodeActionKind.QuickFix);
                  action.setDiagnostics(List.of(diagnostic));
                  action.setIsPreferred(safe);
                  action.setEdit(edit);
                  out.add(Either.forRight(action));
                });
      }
      int line = diagnostic.getRange().getStart().getLine();
      if (suppressed.add(f.code() + ":" + line)) {
        analyzer
            .suppress(analysis, f)
            .flatMap(text -> edit(analysis.document(), text))
            .ifPresent(
                edit -> {
                  CodeAction action = new CodeAction("Suppress " + f.code() + " with # noqa");
                  action.setKind(CodeActionKind.QuickFix);
                  action.setDiagnostics(List.of(diagnostic));
                  action.setEdit(edit);
                  suppressions.add(action);
                });
      }
    }
    suppressions.forEach(a -> out.add(Either.forRight(a))); // after the fixes, as editors list them
  }

  private static Optional<CodeAction> whole(
      Document document, String title, String kind, Optional<String> text) {
    return text.flatMap(t -> edit(document, t))
        .map(
            edit -> {
              CodeAction action = new CodeAction(title);
              action.setKind(kind);
              action.setEdit(edit);
              return action;
            });
  }

  /** The workspace edit turning {@code document} into {@code text}; empty when nothing changes. */
  private static Optional<WorkspaceEdit> edit(Document document, String text) {
    var edits = TextEdits.between(document.text(), text);
    return edits.isEmpty()
        ? Optional.empty()
        : Optional.of(new WorkspaceEdit(Map.of(document.uri(), edits)));
  }

  /** Whether an action of {@code kind} is among {@code only} (or its parent kinds); null is all. */
  static boolean wanted(String kind, List<String> only) {
    return only == null
        || only.isEmpty()
        || only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
  }
}
