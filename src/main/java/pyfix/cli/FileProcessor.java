package pyfix.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import pyfix.Pyfix;
import pyfix.files.AtomicWriter;
import pyfix.files.IoErrors;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.Settings;
import pyfix.parse.PyfixSyntaxException;
import pyfix.report.Locator;
import pyfix.report.Position;
import pyfix.report.ReportedFinding;
import pyfix.report.TextReport;
import pyfix.report.UnifiedDiff;
import pyfix.source.SourceException;
import pyfix.source.SourceFile;

/** Reads, fixes and (for {@code fix}) writes one file; safe to share between workers. */
final class FileProcessor {
  private final Verb verb;
  private final Settings settings;
  private final Engine engine;
  private final boolean notebookCells;
  private final boolean verbose;

  /** Checks or fixes one text; {@link Pyfix} outside tests. */
  interface Engine {
    FileResult run(String text, Settings settings) throws PyfixSyntaxException;
  }

  FileProcessor(Verb verb, Settings settings, boolean notebookCells) {
    this(verb, settings, verb == Verb.CHECK ? Pyfix::check : Pyfix::fix, notebookCells, false);
  }

  FileProcessor(Verb verb, Settings settings, Engine engine) {
    this(verb, settings, engine, false, false);
  }

  /**
   * A processor; {@code notebookCells} diffs notebooks cell by cell ({@link NotebookProcessor}),
   * {@code verbose} prints the stack traces of internal errors.
   */
  private FileProcessor(
      Verb verb, Settings settings, Engine engine, boolean notebookCells, boolean verbose) {
    this.verb = verb;
    this.settings = settings;
    this.engine = engine;
    this.notebookCells = notebookCells;
    this.verbose = verbose;
  }

  /**
   * This processor, verifying the fixes its findings offer ({@link Pyfix#checkVerifyingFixes}): for
   * output that prints their edits.
   */
  FileProcessor verifyingFixes() {
    return new FileProcessor(
        verb,
        settings,
        verb == Verb.CHECK ? Pyfix::checkVerifyingFixes : Pyfix::fixVerifyingFixes,
        notebookCells,
        verbose);
  }

  /** The settings files are checked with, before {@link Settings#forFile}. */
  Settings settings() {
    return settings;
  }

  /** This processor, printing the stack traces of internal errors when {@code verbose}. */
  FileProcessor verbose(boolean verbose) {
    return new FileProcessor(verb, settings, engine, notebookCells, verbose);
  }

  /**
   * Processes {@code bytes} read from {@code name}; fixed bytes go to {@code writeTo}, or into the
   * outcome when it is null (standard input). A file with an error is never written.
   */
  Outcome process(String name, byte[] bytes, Path writeTo) {
    Warm.up();
    if (NotebookProcessor.handles(name)) {
      return new NotebookProcessor(verb, settings, engine, notebookCells, verbose)
          .process(name, bytes, writeTo);
    }
    SourceFile source = null;
    FileResult result;
    try {
      source = SourceFile.decode(bytes);
      result = engine.run(source.text(), settings.forFile(name));
    } catch (SourceException e) {
      // the parser counts UTF-16 units, a report code points
      Position at =
          source == null
              ? new Position(e.line(), e.column())
              : Position.at(source.text(), e.line(), e.column());
      return Outcome.syntaxError(name, at, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.error(EngineMessages.crash(name, e, verbose));
    }
    String text = source.text();
    // an internal error (a fixer that threw, no fixpoint) leaves the file as it was, as the
    // summary says ("Skipped"), though every round's output parsed
    boolean sound = result.internalErrors().isEmpty();
    boolean changed = sound && result.changed(text);
    byte[] diff =
        verb == Verb.DIFF && changed ? patch(name, writeTo, source, result.output()) : new byte[0];
    byte[] stdout = null;
    if (verb == Verb.FIX) {
      byte[] fixed;
      try {
        fixed = changed ? source.encode(result.output()) : bytes;
      } catch (CharacterCodingException e) {
        return Outcome.error(
            name + ": error: the fixed source cannot be encoded in " + source.charset().name());
      }
      if (writeTo == null) {
        stdout = fixed;
      } else if (changed) {
        try {
          AtomicWriter.write(writeTo, fixed, bytes);
        } catch (IOException e) {
          return Outcome.error(name + ": error: cannot write: " + IoErrors.describe(e));
        }
      }
    }
    List<ReportedFinding> findings =
        verb == Verb.DIFF ? List.of() : new Locator(settings.unsafeFixes()).locate(name, result);
    int fixable = 0;
    int hidden = 0;
    for (Finding f : result.remaining()) {
      fixable += TextReport.applicable(f, settings.unsafeFixes()) ? 1 : 0;
      hidden += TextReport.hiddenUnsafe(f, settings.unsafeFixes()) ? 1 : 0;
    }
    return new Outcome(
        findings,
        diff,
        EngineMessages.errors(name, result, verbose),
        "",
        EngineMessages.warnings(name, result),
        stdout,
        result.remaining().size(),
        fixable,
        hidden,
        sound ? codes(result.fixed()) : List.of(),
        changed);
  }

  /** The code of each finding in {@code findings}. */
  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  /**
   * The unified diff in the file's own bytes, its encoding and byte order mark included, so that
   * {@code git apply} and {@code patch} find its lines in the file.
   */
  private static byte[] patch(String name, Path file, SourceFile source, String output) {
    String bom = source.bom() ? "\uFEFF" : "";
    String diff = UnifiedDiff.between(name, bom + source.text(), bom + output);
    // the --- and +++ lines name the file as the file system does (UTF-8, see scripts/pyfix)
    int body = diff.indexOf('\n', diff.indexOf('\n') + 1) + 1;
    byte[] header = diff.substring(0, body).getBytes(StandardCharsets.UTF_8);
    String from = RawFileName.quotedHeader("a/", name, file);
    if (from != null && !diff.isEmpty()) {
      // a name that is not UTF-8: quoted byte by byte, as git writes and reads it
      header =
          ("--- " + from + "\n+++ " + RawFileName.quotedHeader("b/", name, file) + "\n")
              .getBytes(StandardCharsets.US_ASCII);
    }
    try {
      ByteBuffer bytes =
          source.charset().newEncoder().encode(CharBuffer.wrap(diff, body, diff.length()));
      byte[] out = Arrays.copyOf(header, header.length + bytes.remaining());
      bytes.get(out, header.length, bytes.remaining());
      return out;
    } catch (CharacterCodingException e) {
      return diff.getBytes(StandardCharsets.UTF_8); // the output decoded but does not encode back
    }
  }

  /**
   * The parser and the default rules, initialized on a one-line file before the first real one: a
   * class whose initialization runs out of memory (beside a file that fills the heap) stays
   * unusable for every later file of the run, which then fails too.
   */
  private static final class Warm {
    static {
      try {
        Pyfix.check("x = 1\n", Settings.defaults());
      } catch (PyfixSyntaxException e) {
        throw new IllegalStateException("a one-line file does not parse", e);
      }
    }

    static void up() {
      // loading this class ran the block above, once per run
    }
  }
}
