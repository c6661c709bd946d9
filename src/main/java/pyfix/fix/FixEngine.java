package pyfix.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import pyfix.parse.ParsedFile;
import pyfix.parse.Pre312Fstrings;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;

/**
 * Runs fixers over a parsed file and applies their fixes in rounds, never leaving the text broken.
 *
 * <p>Rules, in the order the engine applies them:
 *
 * <ol>
 *   <li>Selection: a fixer runs when {@link Settings#enabled} accepts its code. Its findings then
 *       pass through {@link Suppression} ({@code # noqa}, {@code # fmt: off/on/skip}, {@code #
 *       pyfix: skip-file}); suppressed findings are neither reported nor fixed.
 *   <li>Applicable fixes: SAFE ones always, UNSAFE ones only with {@link Settings#unsafeFixes()},
 *       DISPLAY_ONLY ones never. A round takes the SEMANTIC fixers' fixes; LAYOUT fixes wait for a
 *       round where no SEMANTIC fix is left, so a layout fixer sees the final code.
 *   <li>Overlap: the round's fixes are sorted by the start of their first edit, then their end,
 *       then fixer order in the registry, then finding order. A fix is skipped when its first edit
 *       starts at or before the end of the last applied fix's last edit: touching counts as
 *       overlapping, and two insertions at one offset conflict. Skipped fixes are found again by
 *       their fixer in the next round.
 *   <li>Verification: the round's new text must tokenize and parse, and for a LAYOUT round be
 *       {@link LayoutEquivalence equivalent} to the old one. Below a py312 target it must not have
 *       more {@link Pre312Fstrings} violations than the old text. Otherwise the round is undone and
 *       its fixes retried one at a time, in order; a fix that fails alone is dropped, reported as
 *       an internal error naming its code and position in the round's text, and not offered again.
 *   <li>Fixpoint: rounds repeat until no applicable fix is left. Finding one after {@value
 *       #MAX_ROUNDS} rounds is an internal error naming the fixers still changing the text; the
 *       text of the last round is kept.
 *   <li>A fixer that throws is reported as an internal error and not run again on this text.
 * </ol>
 *
 * <p>When nothing applies, the output is the very string that came in.
 */
public final class FixEngine {
  /** Rounds that may apply fixes before the engine reports that the fixers do not converge. */
  public static final int MAX_ROUNDS = 10;

  private final List<Fixer> fixers;

  /** An engine running {@code fixers}, in this order when their fixes start at one offset. */
  public FixEngine(List<Fixer> fixers) {
    this.fixers = List.copyOf(fixers);
  }

  /** Findings in {@code file}, nothing applied. */
  public FileResult check(ParsedFile file, Settings settings) {
    Run run = new Run(settings);
    List<Candidate> found = run.find(file);
    return new FileResult(file.text(), List.of(), findings(found), run.errors);
  }

  /** Applies the applicable fixes to {@code file} in rounds until none is left. */
  public FileResult fix(ParsedFile file, Settings settings) {
    Run run = new Run(settings);
    ParsedFile current = file;
    List<Finding> fixed = new ArrayList<>();
    Set<String> lastRoundCodes = new TreeSet<>();
    for (int round = 0; ; round++) {
      List<Candidate> found = run.find(current);
      List<Candidate> pick = run.applicable(found);
      if (pick.isEmpty()) {
        return new FileResult(current.text(), fixed, findings(found), run.errors);
      }
      if (round == MAX_ROUNDS) {
        Set<String> codes = new TreeSet<>(lastRoundCodes);
        pick.forEach(c -> codes.add(c.fixer.code()));
        run.errors.add(
            "no fixpoint after "
                + MAX_ROUNDS
                + " rounds; fixers still changing the text: "
                + String.join(", ", codes));
        return new FileResult(current.text(), fixed, findings(found), run.errors);
      }
      Round result = run.apply(current, select(pick));
      lastRoundCodes.clear();
      result.applied.forEach(c -> lastRoundCodes.add(c.fixer.code()));
      result.applied.forEach(c -> fixed.add(c.finding));
      current = result.file;
    }
  }

  /** The fixes one round applies: in position order, each after the previous one's end. */
  static List<Candidate> select(List<Candidate> pick) {
    List<Candidate> sorted = new ArrayList<>(pick);
    sorted.sort(
        Comparator.<Candidate>comparingInt(c -> c.fix().start())
            .thenComparingInt(c -> c.fix().end())
            .thenComparingInt(c -> c.order));
    List<Candidate> chosen = new ArrayList<>();
    int lastEnd = -1;
    for (Candidate c : sorted) {
      if (c.fix().start() > lastEnd) {
        chosen.add(c);
        lastEnd = c.fix().end();
      }
    }
    return chosen;
  }

  private static List<Finding> findings(List<Candidate> candidates) {
    return candidates.stream().map(c -> c.finding).toList();
  }

  /** A finding with the fixer that made it and its place in the run's stable order. */
  record Candidate(Fixer fixer, Finding finding, int order) {
    Fix fix() {
      return finding.fix().orElseThrow();
    }
  }

  /** The text after one round and the candidates whose fixes it applied. */
  private record Round(ParsedFile file, List<Candidate> applied) {}

  /** The state of one check or fix of one text. */
  private final class Run {
    private final Settings settings;
    private final List<String> errors = new ArrayList<>();
    private final Set<Fixer> crashed = new HashSet<>();
    // Dropped fixes, with edits in the coordinates of the current text.
    private List<Blocked> blocked = new ArrayList<>();

    Run(Settings settings) {
      this.settings = settings;
    }

    List<Candidate> find(ParsedFile file) {
      Suppression suppression = Suppression.of(file);
      List<Candidate> found = new ArrayList<>();
      if (suppression.skipsFile()) {
        return found;
      }
      for (Fixer fixer : fixers) {
        if (!settings.enabled(fixer.metadata()) || crashed.contains(fixer)) {
          continue;
        }
        List<Finding> findings;
        try {
          findings = fixer.check(file, settings);
        } catch (RuntimeException e) {
          crashed.add(fixer);
          errors.add(fixer.code() + ": fixer failed (skipped): " + e);
          continue;
        }
        for (Finding f : findings) {
          if (!inBounds(f, file.text().length())) {
            errors.add(fixer.code() + ": finding outside the text (dropped): " + f);
          } else if (!suppression.suppresses(f)) {
            found.add(new Candidate(fixer, f, found.size()));
          }
        }
      }
      return found;
    }

    List<Candidate> applicable(List<Candidate> found) {
      List<Candidate> semantic = new ArrayList<>();
      List<Candidate> layout = new ArrayList<>();
      for (Candidate c : found) {
        boolean allowed =
            c.finding.fix().isPresent()
                && c.fix().applicability().applies(settings.unsafeFixes())
                && blocked.stream().noneMatch(b -> b.matches(c));
        if (allowed) {
          (c.fixer.metadata().kind() == Kind.SEMANTIC ? semantic : layout).add(c);
        }
      }
      return semantic.isEmpty() ? layout : semantic;
    }

    Round apply(ParsedFile file, List<Candidate> chosen) {
      boolean layout = chosen.get(0).fixer.metadata().kind() == Kind.LAYOUT;
      List<Edit> all = new ArrayList<>();
      chosen.forEach(c -> all.addAll(c.fix().edits()));
      Verdict whole = verify(file, Edits.apply(file.text(), all), layout, settings);
      if (whole.file != null) {
        blocked = Blocked.shift(blocked, all);
        return new Round(whole.file, chosen);
      }
      // Retry one at a time: each fix lies after the ones already applied, so shifting its
      // edits by their total length change maps it into the new text.
      ParsedFile current = file;
      List<Candidate> applied = new ArrayList<>();
      List<Edit> appliedEdits = new ArrayList<>();
      List<Blocked> dropped = new ArrayList<>();
      int delta = 0;
      for (Candidate c : chosen) {
        List<Edit> shifted = Edits.shift(c.fix().edits(), delta);
        Verdict one = verify(current, Edits.apply(current.text(), shifted), layout, settings);
        if (one.file == null) {
          int start = c.finding.start();
          errors.add(
              String.format(
                  "%s: %s at %d:%d (dropped)",
                  c.fixer.code(),
                  one.problem,
                  file.lines().line(start),
                  file.lines().column(start) + 1));
          dropped.add(new Blocked(c.fixer.code(), shifted));
          continue;
        }
        delta += one.file.text().length() - current.text().length();
        current = one.file;
        applied.add(c);
        appliedEdits.addAll(c.fix().edits());
      }
      blocked = Blocked.shift(blocked, appliedEdits);
      blocked.addAll(dropped);
      return new Round(current, applied);
    }
  }

  private static boolean inBounds(Finding f, int length) {
    return f.end() <= length && f.fix().map(fix -> fix.end() <= length).orElse(true);
  }

  /** The parsed new text, or null and why it was refused. */
  private record Verdict(ParsedFile file, String problem) {}

  private static Verdict verify(ParsedFile before, String text, boolean layout, Settings settings) {
    ParsedFile after;
    try {
      after = ParsedFile.parse(text);
    } catch (PyfixSyntaxException | RuntimeException e) {
      return new Verdict(null, "fix produced invalid code");
    }
    if (layout && !LayoutEquivalence.equivalent(before, after)) {
      return new Verdict(null, "layout fix changed the program");
    }
    // the parser accepts PEP 701 f-strings; an older target must not get new ones
    if (!settings.targetVersion().atLeast(PythonVersion.PY312)
        && Pre312Fstrings.count(after) > Pre312Fstrings.count(before)) {
      return new Verdict(
          null,
          "fix produced an f-string that Python " + settings.targetVersion().id() + " rejects");
    }
    return new Verdict(after, null);
  }
}
