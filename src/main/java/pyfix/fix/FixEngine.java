package pyfix.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import pyfix.parse.Feature;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonVersion;
import pyfix.parse.TargetSyntax;
import pyfix.source.CellSeparator;
import pyfix.source.SourceFile;

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
 *       {@link LayoutEquivalence equivalent} to the old one. It must not use a {@link
 *       pyfix.parse.Feature} the target version lacks more often than the old text did. Otherwise
 *       the round is undone and its fixes retried one at a time, in order; a fix that fails alone
 *       is dropped, reported as a {@link DroppedFix} warning naming its code and position in the
 *       round's text, and not offered again. When the parser crashes on the output instead of
 *       reporting a syntax error, the fix is dropped too and the crash is an internal error: a
 *       parser bug.
 *   <li>Fixpoint: rounds repeat until no applicable fix is left. Finding one after {@value
 *       #MAX_ROUNDS} rounds is an internal error naming the fixers still changing the text; the
 *       text of the last round is kept.
 *   <li>A fixer that throws is reported as an internal error, with its exception, and not run again
 *       on this text.
 *   <li>Accounting: every finding whose fix was applied counts as fixed, also when several findings
 *       share one fix.
 * </ol>
 *
 * <p>When nothing applies, the output is the very string that came in.
 */
public final class FixEngine {
  /**
   * Rounds that may apply fixes before the engine reports that the fixers do not converge: Ruff's
   * limit. Fixes whose spans overlap take a round each; 10 was too few for a real compatibility
   * module (pip's vendored distlib), where F401's fixes of two dozen names bound once per Python
   * version overlap (12 rounds; at most 5 elsewhere in site-packages).
   */
  public static final int MAX_ROUNDS = 100;

  private final List<Fixer> fixers;

  /**
   * The fixers that run, in order, by select and ignore list: deciding it again for each file took
   * 1-3% of a check.
   */
  private final Map<List<List<String>>, List<Fixer>> selected = new ConcurrentHashMap<>();

  private final Parser parser;

  /** Parses a round's output; tests stand in a crashing one. */
  interface Parser {
    ParsedFile parse(String text) throws PyfixSyntaxException;
  }

  /** An engine running {@code fixers}, in this order when their fixes start at one offset. */
  public FixEngine(List<Fixer> fixers) {
    this(fixers, ParsedFile::parse);
  }

  FixEngine(List<Fixer> fixers, Parser parser) {
    this.fixers = List.copyOf(fixers);
    this.parser = parser;
  }

  private List<Fixer> selected(Settings settings) {
    return selected.computeIfAbsent(
        List.of(settings.select(), settings.ignore()),
        lists -> fixers.stream().filter(f -> settings.enabled(f.metadata())).toList());
  }

  /** Findings in {@code file}, nothing applied. */
  public FileResult check(ParsedFile file, Settings settings) {
    Run run = new Run(settings);
    List<Candidate> found = run.find(file);
    return new FileResult(
        file.text(), List.of(), findings(found), run.dropped, run.errors, file.lines());
  }

  /** Applies the applicable fixes to {@code file} in rounds until none is left. */
  public FileResult fix(ParsedFile file, Settings settings) {
    return fix(file, settings, 0, Integer.MAX_VALUE);
  }

  /**
   * As {@link #fix(ParsedFile, Settings)}, applying only fixes whose edits all lie inside {@code
   * [start, end)}; the range's end moves with the text the applied fixes insert or remove.
   */
  public FileResult fix(ParsedFile file, Settings settings, int start, int end) {
    Run run = new Run(settings);
    ParsedFile current = file;
    int scopeEnd = end;
    List<Finding> fixed = new ArrayList<>();
    Set<String> lastRoundCodes = new TreeSet<>();
    for (int round = 0; ; round++) {
      List<Candidate> found = run.find(current);
      List<Candidate> pick = run.applicable(inside(found, start, scopeEnd));
      if (pick.isEmpty()) {
        return new FileResult(
            current.text(), fixed, findings(found), run.dropped, run.errors, current.lines());
      }
      if (round == MAX_ROUNDS) {
        Set<String> codes = new TreeSet<>(lastRoundCodes);
        pick.forEach(c -> codes.add(c.fixer.code()));
        run.errors.add(
            EngineError.of(
                "no fixpoint after "
                    + MAX_ROUNDS
                    + " rounds; fixers still changing the text: "
                    + String.join(", ", codes)));
        return new FileResult(
            current.text(), fixed, findings(found), run.dropped, run.errors, current.lines());
      }
      Round result = run.apply(current, select(pick));
      lastRoundCodes.clear();
      result.applied.forEach(c -> lastRoundCodes.add(c.fixer.code()));
      // findings that share a fix (one per parameter, one per long line) are all fixed by it
      Set<Fix> appliedFixes = new HashSet<>();
      result.applied.forEach(c -> appliedFixes.add(c.fix()));
      pick.stream().filter(c -> appliedFixes.contains(c.fix())).forEach(c -> fixed.add(c.finding));
      if (scopeEnd != Integer.MAX_VALUE) {
        scopeEnd += result.file.text().length() - current.text().length();
      }
      current = result.file;
    }
  }

  /**
   * {@code result} with the fixes its remaining findings offer verified as a round of {@link #fix}
   * is: a fix that round would drop keeps its finding but loses its edits, and its title says why.
   * For output whose edits tools apply without pyfix (JSON, suggestions on a pull request). {@code
   * output} is {@code result}'s text parsed, or null to parse it here; each batch of fixes that do
   * not overlap costs a parse more.
   */
  public FileResult verifyFixes(FileResult result, ParsedFile output, Settings settings) {
    List<Candidate> offered = new ArrayList<>();
    List<Finding> remaining = result.remaining();
    for (int i = 0; i < remaining.size(); i++) {
      Finding f = remaining.get(i);
      if (f.fix().isPresent()) {
        offered.add(new Candidate(fixerOf(f.code()), f, i));
      }
    }
    if (offered.isEmpty()) {
      return result;
    }
    ParsedFile file = output;
    try {
      file = file != null ? file : parser.parse(result.output());
    } catch (PyfixSyntaxException e) {
      throw new IllegalStateException("the engine's own output does not parse", e);
    }
    Run run = new Run(settings);
    Map<Fix, String> refused = run.refusals(file, offered);
    if (refused.isEmpty()) {
      return result;
    }
    List<EngineError> errors = new ArrayList<>(result.internalErrors());
    errors.addAll(run.errors); // a parser crash on a fix's output
    List<Finding> verified = new ArrayList<>();
    for (Finding f : remaining) {
      String why = f.fix().map(refused::get).orElse(null);
      verified.add(
          why == null
              ? f
              : Finding.reportOnly(f.code(), f.message(), f.start(), f.end())
                  .withFixTitle("not fixed: " + why));
    }
    return new FileResult(
        result.output(), result.fixed(), verified, result.dropped(), errors, result.lines());
  }

  private Fixer fixerOf(String code) {
    return fixers.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  private static List<Candidate> inside(List<Candidate> candidates, int start, int end) {
    if (start == 0 && end == Integer.MAX_VALUE) {
      return candidates;
    }
    return candidates.stream()
        .filter(c -> c.fix().start() >= start && c.fix().end() <= end)
        .toList();
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
    private final List<Fixer> running;
    private final List<EngineError> errors = new ArrayList<>();
    private final List<DroppedFix> dropped = new ArrayList<>();
    private final Set<Fixer> crashed = new HashSet<>();
    // Why each fix that apply() took back was refused.
    private final Map<Fix, String> refusals = new HashMap<>();
    // Dropped fixes, with edits in the coordinates of the current text.
    private List<Blocked> blocked = new ArrayList<>();

    Run(Settings settings) {
      this.settings = settings;
      this.running = selected(settings);
    }

    List<Candidate> find(ParsedFile file) {
      Suppression suppression = Suppression.of(file, settings.options().pycodestyle().asFlake8());
      List<Candidate> found = new ArrayList<>();
      if (suppression.skipsFile()) {
        return found;
      }
      List<TreeRule> treeRules = new ArrayList<>();
      for (Fixer fixer : running) {
        if (fixer instanceof TreeRule rule && runs(fixer)) {
          treeRules.add(rule);
        }
      }
      TreeRules.Walk walk = TreeRules.walk(file, settings, treeRules);
      DebugFields debugFields = null; // made for the first fix: a clean text has none to check
      for (Fixer fixer : running) {
        if (!runs(fixer)) {
          continue;
        }
        List<Finding> findings = null;
        Throwable failure = fixer instanceof TreeRule rule ? walk.failures().get(rule) : null;
        try {
          findings =
              fixer instanceof TreeRule rule
                  ? walk.findings().get(rule)
                  : fixer.check(file, settings);
        } catch (RuntimeException | StackOverflowError e) {
          failure = e;
        }
        if (failure != null) {
          crashed.add(fixer);
          errors.add(
              new EngineError(fixer.code() + ": fixer failed (skipped): " + failure, failure));
          continue;
        }
        for (Finding f : findings) {
          if (!inBounds(f, file.text().length())) {
            errors.add(EngineError.of(fixer.code() + ": finding outside the text (dropped): " + f));
          } else if (!suppression.suppresses(f)) {
            Finding kept = suppression.touchesFmtRegion(f) ? inFmtRegion(fixer, f) : f;
            if (kept != null && kept.fix().isPresent()) {
              debugFields = debugFields == null ? DebugFields.of(file) : debugFields;
              if (debugFields.touchedBy(kept.fix().get())) {
                kept =
                    Finding.reportOnly(f.code(), f.message(), f.start(), f.end())
                        .withFixTitle(
                            "not fixed: inside a self-documenting f-string field (`{x=}`), whose"
                                + " text the program prints");
              }
            }
            if (kept != null) {
              found.add(new Candidate(fixer, withOverriddenSafety(fixer, kept), found.size()));
            }
          }
        }
      }
      return found;
    }

    /**
     * What is left of {@code f} in a {@code # fmt: off} region: nothing of a layout rule, as
     * formatting is off there (a project clean under Black keeps trailing whitespace in them), and
     * a finding without its fix of any other rule, which Ruff's linter reports there too.
     */
    private static Finding inFmtRegion(Fixer fixer, Finding f) {
      if (fixer.metadata().kind() == Kind.LAYOUT) {
        return null;
      } else if (f.fix().isEmpty()) {
        return f;
      }
      return Finding.reportOnly(f.code(), f.message(), f.start(), f.end())
          .withFixTitle("not fixed: inside a `# fmt: off` region");
    }

    /** {@code f} with its fix's safety as {@code extend-safe-fixes}/{@code -unsafe-fixes} say. */
    private Finding withOverriddenSafety(Fixer fixer, Finding f) {
      if (f.fix().isEmpty()) {
        return f;
      }
      Fix fix = f.fix().get();
      Applicability a =
          settings.options().fixSafety().resolve(fix.applicability(), fixer.metadata()::selectedBy);
      return a == fix.applicability()
          ? f
          : new Finding(
              f.code(),
              f.message(),
              f.start(),
              f.end(),
              Optional.of(new Fix(a, fix.edits())),
              f.fixTitle()
                  + switch (a) {
                    case SAFE -> "; made safe by `extend-safe-fixes`";
                    case UNSAFE -> "; made unsafe by `extend-unsafe-fixes`";
                    case DISPLAY_ONLY -> "; not applied: the rule is `unfixable`";
                  });
    }

    private boolean runs(Fixer fixer) {
      return !crashed.contains(fixer);
    }

    /**
     * Why each of {@code offered}'s fixes that a round would drop is refused: fixes of one kind are
     * tried together, in as many rounds as their overlaps need, each on {@code file}.
     */
    Map<Fix, String> refusals(ParsedFile file, List<Candidate> offered) {
      for (Kind kind : Kind.values()) {
        Map<Fix, Candidate> left = new LinkedHashMap<>(); // one candidate per shared fix
        for (Candidate c : offered) {
          if (c.fixer.metadata().kind() == kind) {
            left.putIfAbsent(c.fix(), c);
          }
        }
        while (!left.isEmpty()) {
          List<Candidate> chosen = select(List.copyOf(left.values()));
          apply(file, chosen);
          chosen.forEach(c -> left.remove(c.fix()));
        }
      }
      return refusals;
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
      if (settings.kind() == SourceKind.NOTEBOOK) {
        chosen = keepingCells(file, chosen);
        if (chosen.isEmpty()) {
          return new Round(file, chosen);
        }
      }
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
      List<Blocked> refused = new ArrayList<>();
      int delta = 0;
      for (Candidate c : chosen) {
        List<Edit> shifted = Edits.shift(c.fix().edits(), delta);
        Verdict one = verify(current, Edits.apply(current.text(), shifted), layout, settings);
        if (one.file == null) {
          int start = c.finding.start();
          int line = file.lines().line(start);
          int column = columnOf(file, start);
          refusals.put(c.fix(), one.problem);
          if (one.parserCrash != null) {
            errors.add(
                new EngineError(
                    String.format(
                        "%s: the parser crashed on the output of the fix at %d:%d (a parser bug;"
                            + " fix dropped): %s",
                        c.fixer.code(), line, column, one.parserCrash),
                    one.parserCrash));
          } else {
            dropped.add(droppedAt(file, c, one.problem));
          }
          refused.add(new Blocked(c.fixer.code(), shifted));
          continue;
        }
        delta += one.file.text().length() - current.text().length();
        current = one.file;
        applied.add(c);
        appliedEdits.addAll(c.fix().edits());
      }
      blocked = Blocked.shift(blocked, appliedEdits);
      blocked.addAll(refused);
      return new Round(current, applied);
    }

    /** The 1-based column of {@code offset} in code points, as every column a user reads. */
    private static int columnOf(ParsedFile file, int offset) {
      int lineStart = file.lines().lineStart(file.lines().line(offset));
      return file.text().codePointCount(lineStart, offset) + 1;
    }

    /** {@code c}'s fix, dropped for {@code reason}, at its finding's place in {@code file}. */
    private DroppedFix droppedAt(ParsedFile file, Candidate c, String reason) {
      int start = c.finding.start();
      int line = file.lines().line(start);
      int column = columnOf(file, start);
      if (settings.kind() != SourceKind.NOTEBOOK) {
        return new DroppedFix(c.fixer.code(), line, column, reason);
      }
      // the place in its cell: lines are counted from the separator above it
      int cell = 0;
      int cellLine = 1;
      for (int s : CellSeparator.find(file.text())) {
        if (s < start) {
          cell++;
          cellLine = file.lines().line(s) + 1;
        }
      }
      return new DroppedFix(c.fixer.code(), line - cellLine + 1, column, reason, cell);
    }

    /**
     * The candidates whose edits leave the separators of a notebook's cells alone; the others are
     * dropped, so that the fixed text still splits into the same cells.
     */
    private List<Candidate> keepingCells(ParsedFile file, List<Candidate> chosen) {
      List<Candidate> kept = new ArrayList<>();
      for (Candidate c : chosen) {
        boolean touches = false;
        for (Edit e : c.fix().edits()) {
          touches |= CellSeparator.touchedBy(file.text(), e.start(), e.end(), e.replacement());
        }
        if (!touches) {
          kept.add(c);
          continue;
        }
        String why = "the fix would change where a notebook cell ends";
        dropped.add(droppedAt(file, c, why));
        refusals.put(c.fix(), why);
        blocked.add(new Blocked(c.fixer.code(), c.fix().edits()));
      }
      return kept;
    }
  }

  private static boolean inBounds(Finding f, int length) {
    return f.end() <= length && (f.fix().isEmpty() || f.fix().get().end() <= length);
  }

  /**
   * The parsed new text; or null, why it was refused, and the exception when the parser itself
   * crashed rather than reporting a syntax error.
   */
  private record Verdict(ParsedFile file, String problem, RuntimeException parserCrash) {
    static Verdict refused(String problem) {
      return new Verdict(null, problem, null);
    }
  }

  private Verdict verify(ParsedFile before, String text, boolean layout, Settings settings) {
    ParsedFile after;
    try {
      after = parser.parse(text);
    } catch (PyfixSyntaxException e) {
      return Verdict.refused("fix produced invalid code");
    } catch (RuntimeException e) {
      return new Verdict(null, "the parser crashed", e);
    }
    if (settings.kind() == SourceKind.NOTEBOOK
        && CellSeparator.find(text).size() != CellSeparator.find(before.text()).size()) {
      return Verdict.refused("fix moved the boundary between two notebook cells");
    }
    if (layout && !LayoutEquivalence.equivalent(before, after)) {
      return Verdict.refused("layout fix changed the program");
    }
    if (!Objects.equals(
        SourceFile.codingDeclaration(text), SourceFile.codingDeclaration(before.text()))) {
      return Verdict.refused("fix would change the coding comment Python reads");
    }
    if (!FutureImports.inPlace(after) && FutureImports.inPlace(before)) {
      return Verdict.refused("fix put a `from __future__` import after other code");
    }
    // the parser accepts the newest Python; an older target must not get syntax it rejects
    PythonVersion target = settings.targetVersion();
    List<TargetSyntax.Use> newer = TargetSyntax.newerThan(after, target);
    if (!newer.isEmpty()) {
      Map<Feature, Long> had =
          TargetSyntax.newerThan(before, target).stream()
              .collect(Collectors.groupingBy(TargetSyntax.Use::feature, Collectors.counting()));
      for (TargetSyntax.Use use : newer) {
        if (had.merge(use.feature(), -1L, Long::sum) < 0) {
          return Verdict.refused(
              "fix produced "
                  + use.feature().description()
                  + ", which Python "
                  + target.id()
                  + " rejects");
        }
      }
    }
    return new Verdict(after, null, null);
  }
}
