package pyfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.fix.SourceKind;
import pyfix.parse.PyfixSyntaxException;
import pyfix.source.CellSeparator;
import pyfix.source.LineMap;

/**
 * A notebook's code cells checked or fixed as one module, in order, as Ruff checks them: an import
 * one cell makes and a later cell uses is used. The cells are joined with {@link CellSeparator}
 * lines, which no applied fix touches, and the output is split back into cells. The cells come with
 * their IPython lines masked, each ending with a line break, and each already known to parse on its
 * own ({@link Pyfix#parse}), as Jupyter runs it.
 */
public final class NotebookRun {
  /** A line of the joined cells, as a message or fix title names it. */
  private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");

  private final FileResult result;
  private final List<String> outputs;

  private NotebookRun(FileResult result, List<String> outputs) {
    this.result = result;
    this.outputs = outputs;
  }

  /** Checks or fixes one text: {@link Pyfix#check} or {@link Pyfix#fix}. */
  public interface Engine {
    FileResult run(String text, Settings settings) throws PyfixSyntaxException;
  }

  /** {@code cells} run through {@code engine}: checked, or fixed. */
  public static NotebookRun run(List<String> cells, Settings settings, Engine engine)
      throws PyfixSyntaxException {
    return of(engine.run(CellSeparator.join(cells), notebook(settings)), cells.size());
  }

  /**
   * {@code cells} after the fixes whose edits all lie inside {@code [start, end)} of cell {@code
   * cell}: what an editor asks for one cell.
   */
  public static NotebookRun fixRange(
      List<String> cells, Settings settings, int cell, int start, int end)
      throws PyfixSyntaxException {
    int offset = offset(cells, cell);
    int last = offset + Math.min(end, cells.get(cell).length());
    FileResult r =
        Pyfix.fixRange(CellSeparator.join(cells), notebook(settings), offset + start, last);
    return of(r, cells.size());
  }

  private static Settings notebook(Settings settings) {
    return settings.withKind(SourceKind.NOTEBOOK);
  }

  private static NotebookRun of(FileResult result, int cells) {
    return new NotebookRun(result, CellSeparator.split(result.output(), cells).orElse(null));
  }

  /** Where cell {@code cell} starts in the joined text of {@code cells}. */
  private static int offset(List<String> cells, int cell) {
    int offset = 0;
    for (int k = 0; k < cell; k++) {
      offset += cells.get(k).length() + CellSeparator.LINE.length() + 1;
    }
    return offset;
  }

  /** The engine's result for the joined cells: what it fixed, dropped and failed at. */
  public FileResult result() {
    return result;
  }

  /**
   * Each cell's text after the run; empty when the output cannot be split into the cells again (an
   * internal error: the engine keeps fixes off the separators).
   */
  public Optional<List<String>> outputs() {
    return Optional.ofNullable(outputs);
  }

  /**
   * As {@link #findings(int)}, with each "line N" in a message or fix title, a line of the joined
   * cells, named as {@code cell C, line L}: C from {@code numbers}, each cell's number as Jupyter
   * shows it, and L counted within that cell.
   */
  public List<Finding> findings(int cell, List<Integer> numbers) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings(cell)) {
      String message = inCells(f.message(), numbers);
      String title = inCells(f.fixTitle(), numbers);
      out.add(new Finding(f.code(), message, f.start(), f.end(), f.fix(), title));
    }
    return out;
  }

  private String inCells(String text, List<Integer> numbers) {
    if (!text.contains("line ")) {
      return text;
    }
    LineMap lines = new LineMap(result.output());
    List<Integer> separators = new ArrayList<>();
    for (int at : CellSeparator.find(result.output())) {
      separators.add(lines.line(at));
    }
    return LINE.matcher(text)
        .replaceAll(
            m -> {
              int line = Integer.parseInt(m.group(1));
              int cell = 0;
              int first = 1;
              for (int separator : separators) {
                if (separator == line) {
                  return m.group(); // not a line of a cell
                }
                if (separator < line) {
                  cell++;
                  first = separator + 1;
                }
              }
              return "cell " + numbers.get(cell) + ", line " + (line - first + 1);
            });
  }

  /**
   * The remaining findings of cell {@code cell}, in the coordinates of its output. A fix with an
   * edit in another cell (an import added to an earlier one) is applied by a fix run, but shown
   * here without its edits.
   */
  public List<Finding> findings(int cell) {
    int start = offset(outputs, cell);
    int end = start + outputs.get(cell).length();
    boolean last = cell + 1 == outputs.size();
    List<Finding> out = new ArrayList<>();
    for (Finding f : result.remaining()) {
      if (f.start() < start || (last ? f.start() > end : f.start() >= end)) {
        continue;
      }
      Finding inCell = f;
      if (f.fix().isPresent() && (f.fix().get().start() < start || f.fix().get().end() > end)) {
        inCell = f.withoutFix();
      }
      out.add(inCell.shifted(-start));
    }
    return out;
  }
}
