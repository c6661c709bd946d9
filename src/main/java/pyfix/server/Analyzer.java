package pyfix.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import pyfix.NotebookRun;
import pyfix.Pyfix;
import pyfix.files.MaskedCell;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.EngineError;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.source.SourceException;

/**
 * Runs the library on a document's text: a Python file as it is, a notebook cell as {@code pyfix
 * check} runs a notebook (with the notebook's other code cells, IPython lines masked, findings on
 * them left out). Every fix comes back as the whole new text of the document.
 */
final class Analyzer {
  private final Consumer<String> log;
  private final Documents documents;

  /**
   * An analyzer that sends the engine's internal errors to {@code log}, and finds a cell's
   * notebook's other cells in {@code documents}.
   */
  Analyzer(Consumer<String> log, Documents documents) {
    this.log = log;
    this.documents = documents;
  }

  /** The findings in {@code document} under {@code settings}. */
  Analysis check(Document document, Settings settings) {
    Optional<MaskedCell> cell = mask(document);
    if (document.cell() && cell.isEmpty()) {
      return new Analysis(document, document.text(), List.of(), null); // a %%magic cell
    }
    String checked = cell.map(MaskedCell::checkedText).orElse(document.text());
    try {
      if (cell.isPresent()) {
        Pyfix.parse(checked);
        Notebook notebook = notebook(document, checked);
        NotebookRun run = NotebookRun.run(notebook.cells(), settings, Pyfix::check);
        logErrors(document, run.result());
        List<Finding> findings =
            run.findings(notebook.index()).stream()
                .filter(f -> !MaskedCell.touchesPlaceholder(checked, f.start(), f.end()))
                .toList();
        return new Analysis(document, checked, findings, null);
      }
      FileResult result = Pyfix.check(checked, settings);
      logErrors(document, result);
      return new Analysis(document, checked, result.remaining(), null);
    } catch (SourceException e) {
      return new Analysis(document, checked, List.of(), e);
    }
  }

  /**
   * The code cells of {@code cell}'s notebook that parse, with {@code checked} (its own checked
   * text) in its place, and where it is among them: a cell is checked with the others, as the CLI
   * checks a notebook. A cell that does not parse is left out while it is being edited.
   */
  private Notebook notebook(Document cell, String checked) {
    List<String> texts = new ArrayList<>();
    int index = -1;
    for (Document d : documents.cellsWith(cell)) {
      if (d.uri().equals(cell.uri())) {
        index = texts.size();
        texts.add(checked);
        continue;
      }
      Optional<MaskedCell> masked = MaskedCell.mask(d.text());
      if (d.text().isBlank() || masked.isPresent() && !parses(masked.get().checkedText())) {
        continue;
      }
      // a cell left alone lends its names, so that no import it uses is unused
      texts.add(masked.isPresent() ? masked.get().checkedText() : MaskedCell.standIn(d.text()));
    }
    if (index < 0) { // a cell the notebook's order does not list: checked alone
      return new Notebook(List.of(checked), 0);
    }
    return new Notebook(texts, index);
  }

  /** Code cells to check as one notebook, and the index of the cell asked about. */
  private record Notebook(List<String> cells, int index) {}

  private static boolean parses(String text) {
    try {
      Pyfix.parse(text);
      return true;
    } catch (SourceException e) {
      return false;
    }
  }

  /** The text after every fix {@code settings} applies, as {@code pyfix fix} would. */
  Optional<String> fixAll(Document document, Settings settings) {
    return fixed(document, settings, 0, Integer.MAX_VALUE);
  }

  /** The text after every SAFE fix. */
  Optional<String> format(Document document, Settings settings) {
    return fixed(document, safeOnly(settings), 0, Integer.MAX_VALUE);
  }

  /**
   * The text after every SAFE fix whose edits lie inside {@code [start, end)} of the checked text.
   */
  Optional<String> formatRange(Document document, Settings settings, int start, int end) {
    return fixed(document, safeOnly(settings), start, end);
  }

  /** The text with its imports sorted (I001), whatever rules the settings select. */
  Optional<String> organizeImports(Document document, Settings settings) {
    return fixed(document, only("I001", false, settings), 0, Integer.MAX_VALUE);
  }

  /**
   * The text after {@code finding}'s fix (UNSAFE too), run through the engine so that it is
   * verified like every other fix; empty when the engine drops it.
   */
  Optional<String> quickFix(Analysis analysis, Finding finding, Settings settings) {
    Edit first = finding.fix().orElseThrow().edits().get(0);
    boolean unsafe = finding.fix().get().applicability() == Applicability.UNSAFE;
    Settings one = only(finding.code(), unsafe, settings);
    return fixed(analysis.document(), one, first.start(), finding.fix().get().end());
  }

  /** The text with {@code finding} suppressed by a {@code # noqa} comment. */
  Optional<String> suppress(Analysis analysis, Finding finding) {
    try {
      Optional<Edit> edit = Pyfix.noqaEdit(analysis.checked(), finding);
      if (edit.isEmpty()) {
        return Optional.empty();
      }
      Edit e = edit.get();
      String checked = analysis.checked();
      String output =
          checked.substring(0, e.start()) + e.replacement() + checked.substring(e.end());
      return restore(analysis.document(), output);
    } catch (SourceException e) {
      return Optional.empty();
    }
  }

  private Optional<String> fixed(Document document, Settings settings, int start, int end) {
    Optional<MaskedCell> cell = mask(document);
    if (document.cell() && cell.isEmpty()) {
      return Optional.empty();
    }
    String checked = cell.map(MaskedCell::checkedText).orElse(document.text());
    try {
      if (cell.isPresent()) {
        // only fixes inside the cell: the editor applies an edit to this cell alone
        Pyfix.parse(checked);
        Notebook notebook = notebook(document, checked);
        NotebookRun run =
            NotebookRun.fixRange(notebook.cells(), settings, notebook.index(), start, end);
        logErrors(document, run.result());
        if (run.outputs().isEmpty()) {
          return Optional.empty();
        }
        String output = run.outputs().get().get(notebook.index());
        return output.equals(checked) ? Optional.of(document.text()) : cell.get().restore(output);
      }
      FileResult result =
          start == 0 && end == Integer.MAX_VALUE
              ? Pyfix.fix(checked, settings)
              : Pyfix.fixRange(checked, settings, start, end);
      logErrors(document, result);
      if (!result.changed(checked)) {
        return Optional.of(document.text());
      }
      return Optional.of(result.output());
    } catch (SourceException e) {
      return Optional.empty();
    }
  }

  private Optional<String> restore(Document document, String output) {
    Optional<MaskedCell> cell = mask(document);
    return cell.isPresent() ? cell.get().restore(output) : Optional.of(output);
  }

  private static Optional<MaskedCell> mask(Document document) {
    return document.cell() ? MaskedCell.mask(document.text()) : Optional.empty();
  }

  private void logErrors(Document document, FileResult result) {
    for (EngineError error : result.internalErrors()) {
      log.accept(
          document.uri() + ": internal error: " + error.message() + "\n" + error.stackTrace());
    }
  }

  private static Settings safeOnly(Settings s) {
    return new Settings(
        s.lineLength(), s.targetVersion(), s.select(), s.ignore(), false, s.kind(), s.options());
  }

  private static Settings only(String code, boolean unsafe, Settings s) {
    return new Settings(
        s.lineLength(), s.targetVersion(), List.of(code), List.of(), unsafe, s.kind(), s.options());
  }
}
