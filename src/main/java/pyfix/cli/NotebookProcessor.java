package pyfix.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pyfix.NotebookRun;
import pyfix.Pyfix;
import pyfix.files.AtomicWriter;
import pyfix.files.IoErrors;
import pyfix.files.MaskedCell;
import pyfix.files.Notebook;
import pyfix.files.Notebook.Cell;
import pyfix.files.NotebookException;
import pyfix.fix.DroppedFix;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.report.Locator;
import pyfix.report.Position;
import pyfix.report.ReportedFinding;
import pyfix.report.TextReport;
import pyfix.report.UnifiedDiff;
import pyfix.source.SourceException;

/**
 * Checks or fixes a Jupyter notebook: each code cell on its own, with its IPython lines masked, and
 * writes back only the cells' sources that changed.
 */
final class NotebookProcessor {
  private final Verb verb;
  private final Settings settings;
  private final FileProcessor.Engine engine;
  private final boolean cellDiffs;
  private final boolean verbose;

  /**
   * A processor for {@code verb}; {@code cellDiffs} makes {@code diff} show each cell's change, for
   * people, instead of the change to the notebook's JSON text; {@code verbose} prints the stack
   * traces of internal errors.
   */
  NotebookProcessor(
      Verb verb,
      Settings settings,
      FileProcessor.Engine engine,
      boolean cellDiffs,
      boolean verbose) {
    this.verb = verb;
    this.cellDiffs = cellDiffs;
    this.settings = settings;
    this.engine = engine;
    this.verbose = verbose;
  }

  /** Whether {@code name} is a notebook. */
  static boolean handles(String name) {
    return name.endsWith(".ipynb");
  }

  /** As {@link FileProcessor#process}, for the notebook in {@code bytes}. */
  Outcome process(String name, byte[] bytes, Path writeTo) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    String json;
    try {
      json = utf8(bytes, bom ? 3 : 0);
    } catch (CharacterCodingException e) {
      return Outcome.syntaxError(name, new Position(1, 1), "a notebook must be UTF-8");
    }
    Notebook notebook;
    try {
      notebook = Notebook.parse(json);
    } catch (NotebookException e) {
      // a finding too, as a Python file's syntax error is, so that reports for tools show it
      return Outcome.syntaxError(name, Position.at(json, e.line(), e.column()), e.getMessage());
    }
    Locator locator = new Locator(settings.unsafeFixes());
    List<ReportedFinding> findings = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    Map<Integer, String> sources = new HashMap<>();
    StringBuilder errors = new StringBuilder();
    StringBuilder syntaxErrors = new StringBuilder();
    StringBuilder warnings = new StringBuilder();
    StringBuilder diff = new StringBuilder();
    int remainingCount = 0;
    int fixable = 0;
    int hidden = 0;
    boolean unreadable = false;
    // the code cells pyfix can read, each checked alone for syntax errors, as Jupyter runs them
    List<Part> parts = new ArrayList<>();
    for (Cell cell : notebook.cells()) {
      Optional<MaskedCell> masked = MaskedCell.mask(cell.source());
      if (cell.source().isBlank()) {
        continue;
      } else if (masked.isEmpty()) {
        parts.add(new Part(cell, null, MaskedCell.standIn(cell.source())));
        continue;
      }
      String text = masked.get().checkedText();
      try {
        Pyfix.parse(text);
      } catch (SourceException e) {
        Position at = Position.at(text, e.line(), e.column());
        syntaxErrors.append(name).append(":cell ").append(cell.index()).append(':');
        syntaxErrors.append(at.line()).append(':').append(at.column());
        syntaxErrors.append(": error: ").append(e.getMessage()).append('\n');
        findings.add(ReportedFinding.syntaxError(name, cell.index(), at, e.getMessage()));
        unreadable = true;
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        errors.append(EngineMessages.crash(name + ":cell " + cell.index(), e, verbose));
        errors.append('\n');
        unreadable = true;
        continue;
      }
      parts.add(new Part(cell, masked.get(), text));
    }
    NotebookRun run = null;
    if (!unreadable && !parts.isEmpty()) {
      List<String> texts = parts.stream().map(Part::text).toList();
      try {
        run = NotebookRun.run(texts, settings, engine::run);
      } catch (SourceException e) {
        // each cell parsed alone, so the joined cells parse too
        errors.append(EngineMessages.crash(name, new IllegalStateException(e), verbose));
        errors.append('\n');
      } catch (RuntimeException | StackOverflowError e) {
        errors.append(EngineMessages.crash(name, e, verbose)).append('\n');
      }
    }
    if (run != null && run.outputs().isEmpty()) {
      errors.append(name).append(": error: internal error: the fixed cells cannot be told apart;");
      errors.append(" the notebook is left as it was\n");
    } else if (run != null) {
      FileResult result = run.result();
      List<String> outputs = run.outputs().get();
      errors.append(EngineMessages.errors(name, result, verbose));
      for (DroppedFix d : result.dropped()) {
        warnings.append(EngineMessages.warning(at(name, parts.get(d.cell())), d));
      }
      // an internal error leaves the notebook as it was, as it leaves a Python file
      boolean write = result.internalErrors().isEmpty();
      List<Integer> numbers = parts.stream().map(p -> p.cell().index()).toList();
      for (int k = 0; k < parts.size(); k++) {
        Part part = parts.get(k);
        String output = outputs.get(k);
        if (part.masked() == null) {
          // a cell left alone: its stand-in only lends its names, and an edit to it would be lost
          if (!output.equals(part.text()) && write) {
            errors.append(at(name, part)).append(": error: internal error: a fix edited a cell");
            errors.append(" pyfix leaves alone; the notebook is left as it was\n");
            write = false;
          }
          continue;
        }
        List<Finding> remaining = new ArrayList<>();
        for (Finding f : run.findings(k, numbers)) {
          if (!MaskedCell.touchesPlaceholder(output, f.start(), f.end())) {
            remaining.add(f);
            remainingCount++;
            fixable += TextReport.applicable(f, settings.unsafeFixes()) ? 1 : 0;
            hidden += TextReport.hiddenUnsafe(f, settings.unsafeFixes()) ? 1 : 0;
          }
        }
        findings.addAll(locator.locate(name, part.cell().index(), output, remaining));
        if (!write || output.equals(part.text())) {
          continue;
        }
        Optional<String> restored = part.masked().restore(output);
        if (restored.isEmpty()) {
          errors.append(at(name, part)).append(": error: internal error: a fix moved an IPython");
          errors.append(" line; the notebook is left as it was\n");
          write = false;
          continue;
        }
        sources.put(part.cell().index(), restored.get());
        if (verb == Verb.DIFF && cellDiffs) {
          diff.append(
              UnifiedDiff.ofCell(name, part.cell().index(), part.cell().source(), restored.get()));
        }
      }
      if (write) {
        fixed.addAll(FileProcessor.codes(result.fixed()));
      } else {
        sources.clear();
        diff.setLength(0);
      }
    }
    if (verb == Verb.DIFF) {
      findings.clear();
    }
    // like a Python file with an error, a notebook with a cell that cannot be read is not
    // written; an internal error drops only its own fixes, so the rest is written
    if (unreadable) {
      sources.clear();
      fixed.clear();
      diff.setLength(0);
    }
    String written = notebook.withSources(sources);
    boolean changed = !written.equals(json);
    if (verb == Verb.DIFF && !cellDiffs) {
      // the notebook's own text, so that git apply and patch -p1 apply it
      String b = bom ? "\uFEFF" : "";
      diff.append(UnifiedDiff.between(name, b + json, b + written));
    }
    byte[] stdout = null;
    if (verb == Verb.FIX) {
      byte[] out = changed ? encode(written, bom) : bytes;
      if (writeTo == null) {
        stdout = out;
      } else if (changed) {
        try {
          AtomicWriter.write(writeTo, out, bytes);
        } catch (IOException e) {
          return Outcome.error(name + ": error: cannot write: " + IoErrors.describe(e));
        }
      }
    }
    return new Outcome(
        findings,
        diff.toString().getBytes(StandardCharsets.UTF_8),
        errors.toString(),
        syntaxErrors.toString(),
        warnings.toString(),
        stdout,
        remainingCount,
        fixable,
        hidden,
        fixed,
        changed);
  }

  /**
   * A code cell pyfix checks: the cell, its source with IPython lines masked, the text checked; or
   * a cell it leaves alone, without a masked source, its text a {@link MaskedCell#standIn}.
   */
  private record Part(Cell cell, MaskedCell masked, String text) {}

  private static String at(String name, Part part) {
    return name + ":cell " + part.cell().index();
  }

  private static String utf8(byte[] bytes, int from) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
        .toString();
  }

  private static byte[] encode(String json, boolean bom) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return text;
    }
    byte[] out = new byte[text.length + 3];
    out[0] = (byte) 0xef;
    out[1] = (byte) 0xbb;
    out[2] = (byte) 0xbf;
    System.arraycopy(text, 0, out, 3, text.length);
    return out;
  }
}
