package pyfix.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import pyfix.fix.Applicability;
import pyfix.fix.Settings;
import pyfix.report.Position;
import pyfix.report.ReportedFinding;
import pyfix.report.ReportedFinding.Preview;
import pyfix.report.ReportedFinding.ReportedEdit;
import pyfix.report.ReportedFinding.ReportedFix;

/**
 * A {@code check} outcome as the cache stores it: the counts and every finding without the file's
 * name, which is put back when it is read. Only outcomes with no error and no warning are stored,
 * since those lines name the file, and a syntax error's, whose error line is rebuilt from its
 * finding; a clean file's outcome is the empty one, which {@code fix} and {@code diff} can reuse.
 */
final class CachedOutcome {
  /** An entry may always be this big, and else this many times the file's size. */
  private static final int MIN_LIMIT = 64 << 10;

  private static final int LIMIT_PER_SOURCE_BYTE = 4;

  private CachedOutcome() {}

  /** Whether {@code o} can be stored: nothing on standard error, nothing changed or written. */
  static boolean storable(Outcome o) {
    if (o.isSyntaxError()) {
      return true; // a warm run would otherwise load and run the parser for these files alone
    }
    return !o.failed()
        && o.warnings().isEmpty()
        && o.diff().length == 0
        && o.stdout() == null
        && !o.changed()
        && o.fixedCodes().isEmpty();
  }

  private static final AtomicBoolean WARMED = new AtomicBoolean();

  /**
   * Runs one round trip of {@link #encodeExactly} on a thread of its own, once per run, as the
   * first file to be stored starts: the first comparison of each kind of finding record links its
   * {@code equals} through method handles, and a link that runs out of memory (beside a file that
   * fills the heap) fails for every later file of the run, which then could not be stored, nor even
   * reported. A run whose files are all known does not pay for it.
   */
  static void warmUp() {
    if (WARMED.compareAndSet(false, true)) {
      Thread t = new Thread(CachedOutcome::roundTrip, "pyfix-warm-cache");
      t.setDaemon(true);
      t.start();
    }
  }

  private static void roundTrip() {
    byte[] bytes = "x = 1 \n".getBytes(StandardCharsets.UTF_8); // W291, with a fix
    Outcome o =
        new FileProcessor(Verb.CHECK, Settings.defaults(), false).process("warm.py", bytes, null);
    encodeExactly("warm.py", o, bytes.length);
  }

  /**
   * The bytes of a {@link #storable} outcome of a file of {@code sourceBytes}; null when they would
   * not read back the same, or are so big (E501's fixes of one huge statement each hold all of it)
   * that reading them back would cost about as much as checking the file again.
   */
  static byte[] encodeExactly(String name, Outcome o, int sourceBytes) {
    long limit = Math.max(MIN_LIMIT, LIMIT_PER_SOURCE_BYTE * (long) sourceBytes);
    if (fixText(o) > limit) {
      return null; // known too big before spending time on encoding it
    }
    byte[] bytes = encode(o);
    if (bytes.length > limit) {
      return null;
    }
    Outcome back = decode(name, ByteBuffer.wrap(bytes), true);
    boolean same =
        back != null
            && back.findings().equals(o.findings())
            && back.errors().equals(o.errors())
            && back.syntaxErrors().equals(o.syntaxErrors())
            && back.remaining() == o.remaining()
            && back.fixable() == o.fixable()
            && back.hiddenUnsafe() == o.hiddenUnsafe();
    return same ? bytes : null;
  }

  /** The characters of the distinct fixes' new text, each at least one byte encoded. */
  private static long fixText(Outcome o) {
    long chars = 0;
    for (ReportedFix fix : distinct(o, f -> f.fix().orElse(null)).keySet()) {
      for (ReportedEdit e : fix.edits()) {
        chars += e.content().length();
      }
    }
    return chars;
  }

  /**
   * Each distinct non-null value {@code of} gives for a finding, numbered in order of first use.
   */
  private static <T> Map<T, Integer> distinct(Outcome o, Function<ReportedFinding, T> of) {
    Map<T, Integer> numbers = new LinkedHashMap<>();
    for (ReportedFinding f : o.findings()) {
      T value = of.apply(f);
      if (value != null) {
        numbers.putIfAbsent(value, numbers.size());
      }
    }
    return numbers;
  }

  /** The bytes of a {@link #storable} outcome. */
  static byte[] encode(Outcome o) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(o.remaining());
      out.writeInt(o.fixable());
      out.writeInt(o.hiddenUnsafe());
      // findings that share a fix (one E501 rewrite of a huge statement) can be megabytes each:
      // store each fix and each preview once
      Map<Preview, Integer> previews =
          distinct(o, f -> f.fix().map(ReportedFix::preview).orElse(null));
      out.writeInt(previews.size());
      for (Preview p : previews.keySet()) {
        out.writeInt(p.line());
        writeText(out, p.before());
        writeText(out, p.after());
      }
      Map<ReportedFix, Integer> fixes = distinct(o, f -> f.fix().orElse(null));
      out.writeInt(fixes.size());
      for (ReportedFix fix : fixes.keySet()) {
        writeFix(out, fix, previews);
      }
      out.writeInt(o.findings().size());
      for (ReportedFinding f : o.findings()) {
        out.writeInt(f.cell());
        out.writeUTF(f.code());
        writeText(out, f.message());
        writeText(out, f.fixTitle());
        writePosition(out, f.start());
        writePosition(out, f.end());
        out.writeInt(f.fix().map(fixes::get).orElse(-1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The outcome {@code payload} encodes, its findings in {@code name}; null if it does not read.
   * Without {@code fixBodies} each fix keeps its applicability and loses its edits and preview,
   * which a text report without {@code --show-fixes} never shows: skipping their text is most of
   * what a cached run saves.
   */
  static Outcome decode(String name, ByteBuffer payload, boolean fixBodies) {
    try {
      // read in place: a cached run decodes every file's findings, and copies cost the most there
      ByteBuffer in = payload.duplicate();
      int remaining = in.getInt();
      int fixable = in.getInt();
      int hidden = in.getInt();
      List<Preview> previews = new ArrayList<>();
      for (int i = in.getInt(); i > 0; i--) {
        int line = in.getInt();
        previews.add(fixBodies ? new Preview(line, readText(in), readText(in)) : skipTexts(in, 2));
      }
      List<ReportedFix> fixes = new ArrayList<>();
      for (int i = in.getInt(); i > 0; i--) {
        fixes.add(readFix(in, previews, fixBodies));
      }
      int count = in.getInt();
      List<ReportedFinding> findings = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int cell = in.getInt();
        String code = readUtf(in);
        String message = readText(in);
        String title = readText(in);
        Position start = readPosition(in);
        Position end = readPosition(in);
        int fix = in.getInt();
        findings.add(
            new ReportedFinding(
                name,
                cell,
                code,
                message,
                title,
                start,
                end,
                fix < 0 ? Optional.empty() : Optional.of(fixes.get(fix))));
      }
      if (in.hasRemaining()) {
        return null;
      }
      if (count == 1 && findings.get(0).isSyntaxError()) {
        ReportedFinding f = findings.get(0);
        String message = f.message().substring(ReportedFinding.SYNTAX_ERROR_PREFIX.length());
        return Outcome.syntaxError(name, f.start(), message);
      }
      return new Outcome(
          findings, new byte[0], "", "", "", null, remaining, fixable, hidden, List.of(), false);
    } catch (RuntimeException e) {
      return null; // the checksum held, but the layout does not: never trust it
    }
  }

  private static void writeFix(
      DataOutputStream out, ReportedFix fix, Map<Preview, Integer> previews) throws IOException {
    out.writeUTF(fix.applicability().name());
    out.writeBoolean(fix.applicable());
    out.writeInt(fix.edits().size());
    for (ReportedEdit e : fix.edits()) {
      writePosition(out, e.start());
      writePosition(out, e.end());
      writeText(out, e.content());
    }
    out.writeInt(fix.preview() == null ? -1 : previews.get(fix.preview()));
  }

  private static ReportedFix readFix(ByteBuffer in, List<Preview> previews, boolean bodies) {
    Applicability applicability = Applicability.valueOf(readUtf(in));
    boolean applicable = in.get() != 0;
    int count = in.getInt();
    List<ReportedEdit> edits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Position start = readPosition(in);
      Position end = readPosition(in);
      if (bodies) {
        edits.add(new ReportedEdit(start, end, readText(in)));
      } else {
        skipTexts(in, 1);
      }
    }
    int preview = in.getInt();
    return new ReportedFix(
        applicability, applicable, edits, preview < 0 || !bodies ? null : previews.get(preview));
  }

  /** Skips {@code n} texts {@code writeText} wrote; null stands for what they held. */
  private static Preview skipTexts(ByteBuffer in, int n) {
    for (int i = 0; i < n; i++) {
      int length = in.getInt();
      in.position(in.position() + length);
    }
    return null;
  }

  private static void writePosition(DataOutputStream out, Position p) throws IOException {
    out.writeInt(p.line());
    out.writeInt(p.column());
    out.writeInt(p.utf8Column());
  }

  private static Position readPosition(ByteBuffer in) {
    return new Position(in.getInt(), in.getInt(), in.getInt());
  }

  /** Text of any length: {@code writeUTF} stops at 64 KB, and a preview can be longer. */
  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readText(ByteBuffer in) {
    return string(in, in.getInt());
  }

  /** A string {@code writeUTF} wrote: codes and applicability names, which are ASCII. */
  private static String readUtf(ByteBuffer in) {
    return string(in, Short.toUnsignedInt(in.getShort()));
  }

  private static String string(ByteBuffer in, int length) {
    String s =
        new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }
}
