package pyfix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import pyfix.Pyfix;
import pyfix.config.ProjectSettings;
import pyfix.config.SettingsException;
import pyfix.files.FileStamps;
import pyfix.files.IoErrors;
import pyfix.files.ResultCache;
import pyfix.files.SourceFinder;
import pyfix.files.SourceFinder.PathError;
import pyfix.files.SourceFinder.SourcePath;
import pyfix.files.TempFiles;
import pyfix.fix.Settings;
import pyfix.report.TextReport;

/**
 * One run of {@code check}, {@code fix} or {@code diff}: finds the files, processes them in
 * parallel, prints the outcomes in path order and picks the exit code.
 */
final class Run {
  /** Why a file was given up when the heap ran out, and how to raise it. */
  static final String OUT_OF_MEMORY =
      "out of memory: the file is too big for the Java heap; raise the limit with"
          + " PYFIX_MAX_HEAP=4g (scripts/pyfix) or java -Xmx4g";

  /**
   * Outcomes waiting to be printed per worker; bounds memory when one file is slow. Outcomes are
   * printed in order, so while a big file is at the head the other workers go on only as far as
   * this lets them: with 4, a worker sat idle for a tenth of a `--select ALL` stdlib check.
   */
  private static final int QUEUED_PER_WORKER = 32;

  /** Stored outcomes looked up while the walk goes on, at most: they wait for its end. */
  private static final int MAX_PREFETCHED = 8192;

  private final Verb verb;
  private final PyfixCommand root;
  private final RunOptions options;
  private final CommandLine commandLine;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Totals totals = new Totals();
  private final FindingsPrinter printer;
  private final boolean notebookCells;

  /** The caches this run uses, by folder; each is finished once the files are done. */
  private final Map<Path, ResultCache> caches = new HashMap<>();

  /** {@code --cache-dir} or {@code PYFIX_CACHE_DIR}, resolved; null for the projects' own. */
  private final Path cacheDir;

  /** The build key and its settings' keys, by cache folder. */
  private final Map<Path, CacheKeys> keysByFolder = new HashMap<>();

  /** The caches being read ahead of their first lookup ({@link #preload}). */
  private final Set<ResultCache> preloading = new HashSet<>();

  /**
   * The stored outcomes being looked up while the files are found ({@link #prefetch}), by the name
   * shown, which is a file's own (a record as key would build method handles on first use).
   */
  private final Map<Path, Prefetch> prefetched = new HashMap<>();

  Run(Verb verb, PyfixCommand root, RunOptions options, CommandLine commandLine) {
    this.verb = verb;
    this.root = root;
    this.options = options;
    this.commandLine = commandLine;
    this.out = commandLine.getOut();
    this.err = commandLine.getErr();
    ReportOptions report = new ReportOptions(commandLine.getParseResult());
    this.notebookCells = report.notebookCells();
    this.printer = new FindingsPrinter(verb, report, report.colors());
    this.cacheDir = options.cacheDir(root.workingDirectory(), System.getenv());
  }

  /** Runs and returns the exit code. */
  int execute() throws IOException, InterruptedException {
    ProjectOptions project = options.project();
    ProjectLookup lookup =
        new ProjectLookup(
            project.configuration(root.workingDirectory(), options.overrides()),
            project.forceExclude());
    int jobs = options.jobs();
    if (options.readsStdin()) {
      Path named = root.workingDirectory().resolve(options.stdinName()).normalize();
      ProjectSettings stdinProject = lookup.projectOf(named);
      if (stdinProject == null) {
        return settingsErrors(lookup);
      }
      printWarnings(lookup);
      processStdin(processorFor(stdinProject.settingsFor(named)), lookup.named(named));
    } else {
      if (!options.noCache()) {
        CacheKeys.warmUp();
      }
      for (String path : options.paths()) {
        ProjectSettings named = lookup.readSettingsOf(path, root.workingDirectory());
        if (named != null) {
          preload(cacheIn(cacheFolder(named)));
        }
      }
      ExecutorService pool = workers(jobs);
      try {
        SourceFinder.Found found =
            new SourceFinder(
                    root.workingDirectory(), lookup, project.respectGitignore(), System.getenv())
                .find(options.paths(), path -> prefetch(path, lookup, pool));
        readProjects(found, lookup);
        if (!lookup.errors().isEmpty()) {
          return settingsErrors(lookup);
        }
        printWarnings(lookup);
        if (verb == Verb.FIX && !found.leftovers().isEmpty()) {
          prefetched.clear(); // recovering may finish writing a file that was looked up
          TempFiles.recover(found.leftovers());
        }
        for (PathError e : found.errors()) {
          err.print(e.path() + ": error: " + e.message() + "\n");
          totals.failedFiles++;
          totals.erredFiles++;
        }
        err.flush();
        processAll(found, lookup, pool, jobs);
      } finally {
        pool.shutdownNow();
      }
      caches.values().forEach(ResultCache::finish);
      keysByFolder.values().forEach(CacheKeys::finish);
    }
    printer.finish(ownsOut() ? err : out);
    printSummary();
    out.flush();
    err.flush();
    // check reports a file it cannot read as Python as a finding (E999), as Ruff and flake8 do;
    // fix and diff fail on it, as Black and ruff format do, since they cannot change it
    boolean check = verb == Verb.CHECK;
    if (check ? totals.erredFiles > 0 : totals.failedFiles > 0) {
      return 2;
    }
    if (options.exitZero()) {
      return 0;
    }
    boolean changed = totals.changedFiles > 0;
    boolean left =
        switch (verb) {
          case CHECK -> totals.remaining > 0 || totals.failedFiles > 0;
          case FIX -> totals.remaining > 0 || changed && options.exitNonZeroOnFix();
          case DIFF -> changed;
        };
    return left ? 1 : 0;
  }

  /**
   * Reads the settings of each folder that holds a file found, keeping their errors, so that a bad
   * settings file stops the run before any file is read. A file's own settings wait for {@link
   * #jobOf}, which runs while the workers check the files before it.
   */
  private static void readProjects(SourceFinder.Found found, ProjectLookup lookup) {
    Set<Path> folders = new HashSet<>();
    for (SourcePath path : found.files()) {
      if (folders.add(path.file().getParent())) {
        lookup.projectOf(path.file()); // a project is its folder's: one file stands for all
      }
    }
  }

  /** A processor with the file's settings, and its project's cache. */
  private Job jobOf(SourcePath path, ProjectSettings project) {
    Path folder = cacheFolder(project);
    ResultCache cache = cacheIn(folder);
    CacheKeys keys = cache == null ? null : keysByFolder.get(folder);
    return new Job(
        verb,
        processorFor(project.settingsFor(path.file())),
        cache,
        keys,
        printer.showsFixBodies(),
        printer.printsEdits());
  }

  /** A processor of files with {@code settings}, verifying the fixes the output prints. */
  private FileProcessor processorFor(Settings settings) {
    FileProcessor processor =
        new FileProcessor(verb, settings, notebookCells).verbose(options.verbose());
    return printer.printsEdits() ? processor.verifyingFixes() : processor;
  }

  /**
   * The folder of the cache of {@code project}'s files: {@code --cache-dir}, else at the project's
   * root; null with {@code --no-cache}.
   */
  private Path cacheFolder(ProjectSettings project) {
    if (options.noCache()) {
      return null;
    }
    return cacheDir != null ? cacheDir : project.cacheDir();
  }

  /** The cache in {@code folder}; null for none, or when this build has no key. */
  private ResultCache cacheIn(Path folder) {
    CacheKeys keys =
        folder == null ? null : keysByFolder.computeIfAbsent(folder, CacheKeys::current);
    return keys == null
        ? null
        : caches.computeIfAbsent(folder, f -> new ResultCache(f, keys.build()));
  }

  /**
   * Starts looking up the stored outcome of a file just found, from its stamp alone, while the walk
   * goes on: a cached run then spends no time of its own on the lookups. Nothing is read or
   * written; a file not known, or whose settings are bad, is left to {@link #processAll}, and so is
   * every file of a first run.
   */
  private void prefetch(SourcePath path, ProjectLookup lookup, ExecutorService pool) {
    if (options.noCache() || prefetched.size() >= MAX_PREFETCHED) {
      return;
    }
    ProjectSettings project = lookup.projectOf(path.file());
    ResultCache cache = project == null ? null : cacheIn(cacheFolder(project));
    if (cache == null || !cache.anyStored()) {
      return;
    }
    Job job = jobOf(path, project);
    String name = nameOf(path);
    CompletableFuture<Done> hit =
        CompletableFuture.supplyAsync(
            () -> {
              Outcome known = job.stamped(name, path.file());
              return known == null ? null : done(known);
            },
            pool);
    prefetched.put(path.display(), new Prefetch(path.file(), job, hit));
  }

  /**
   * Reads {@code cache} on a thread of its own, while this one looks for the files: a cached run
   * spends as long reading the stored results as walking the folders.
   */
  private void preload(ResultCache cache) {
    if (cache != null && preloading.add(cache)) {
      Thread t = new Thread(cache::preload, "pyfix-cache-reader");
      t.setDaemon(true);
      t.start();
    }
  }

  /** Names, for {@code --verbose}, the settings files each project was read from. */
  private void printSettingsFiles(ProjectLookup lookup) {
    for (ProjectSettings project : lookup.projects()) {
      String folder = Paths.display(root.workingDirectory(), project.root());
      List<Path> files = project.filesRead();
      if (files.isEmpty()) {
        err.print("settings for " + folder + ": none (defaults)\n");
      }
      for (Path file : files) {
        err.print(
            "settings for " + folder + ": " + Paths.display(root.workingDirectory(), file) + "\n");
      }
    }
  }

  /** Prints the settings errors and returns the exit code for them, before any file is read. */
  private int settingsErrors(ProjectLookup lookup) {
    for (SettingsException e : lookup.errors()) {
      err.print(e.describe(Paths.display(root.workingDirectory(), e.file())) + "\n");
    }
    err.flush();
    return 2;
  }

  /** The settings warnings (options pyfix reads but cannot honour), on standard error. */
  /** The settings warnings, and with {@code --verbose} the settings files read. */
  private void printWarnings(ProjectLookup lookup) {
    for (String warning : lookup.warnings()) {
      err.print("warning: " + warning + "\n");
    }
    if (options.verbose()) {
      printSettingsFiles(lookup);
    }
    err.flush();
  }

  private void processStdin(FileProcessor processor, boolean excluded) throws IOException {
    byte[] bytes = root.stdin().readAllBytes();
    if (excluded) {
      // an excluded file named by --stdin-filename passes through untouched and unreported
      if (verb == Verb.FIX) {
        root.stdout().write(bytes);
        root.stdout().flush();
      }
      return;
    }
    Outcome o = onWorkerStack(() -> processor.process(options.stdinName(), bytes, null));
    report(options.stdinName(), o, null);
    if (verb == Verb.FIX) {
      out.flush();
      // a source that cannot be fixed passes through unchanged, so a pipe never loses it
      root.stdout().write(o.stdout() != null ? o.stdout() : bytes);
      root.stdout().flush();
    }
  }

  /**
   * {@code work}'s result, computed on a thread with a worker's stack, as deeply nested source on
   * standard input needs the same room as in a file.
   */
  private static Outcome onWorkerStack(Callable<Outcome> work) throws IOException {
    ExecutorService one = workers(1);
    try {
      return one.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    } finally {
      one.shutdown();
    }
  }

  private static ExecutorService workers(int jobs) {
    return Executors.newFixedThreadPool(
        jobs,
        task -> {
          Thread t = new Thread(null, task, "pyfix-worker", Pyfix.STACK_BYTES);
          t.setDaemon(true);
          return t;
        });
  }

  private void processAll(
      SourceFinder.Found found, ProjectLookup lookup, ExecutorService pool, int jobs)
      throws InterruptedException {
    Progress progress = Progress.of(err, found.files().size(), options.quiet());
    int done = 0;
    try {
      ArrayDeque<Pending> pending = new ArrayDeque<>();
      Iterator<SourcePath> next = found.files().iterator();
      while (next.hasNext() || !pending.isEmpty()) {
        while (next.hasNext() && pending.size() < jobs * QUEUED_PER_WORKER) {
          SourcePath path = next.next();
          Prefetch known = prefetched.remove(path.display());
          if (known != null && !known.file().equals(path.file())) {
            known = null; // that name was found for another file first
          }
          Job job = known != null ? known.job() : jobOf(path, lookup.projectOf(path.file()));
          String name = nameOf(path);
          pending.add(new Pending(name, path, job, start(job, name, path, known, pool)));
        }
        Pending head = pending.remove();
        Done result = resultOf(head);
        if (result.outcome().errors().contains(OUT_OF_MEMORY) && jobs > 1) {
          // the heap may have been filled by another file at work beside this one: let the
          // files in flight finish, then try this one again alone
          for (Pending other : pending) {
            resultOf(other);
          }
          Job job = head.job();
          result =
              resultOf(
                  new Pending(
                      head.name(),
                      head.path(),
                      job,
                      pool.submit(() -> done(job.process(head.name(), head.path())))));
        }
        progress.clear();
        report(head.name(), result.outcome(), result.rendered());
        progress.show(++done);
      }
    } finally {
      progress.clear();
    }
  }

  /**
   * Processes a file on {@code pool}, unless the lookup started while it was found ({@code known},
   * may be null) gives its outcome.
   */
  private Future<Done> start(
      Job job, String name, SourcePath path, Prefetch known, ExecutorService pool) {
    if (known == null) {
      return pool.submit(() -> done(job.process(name, path)));
    }
    return known
        .hit()
        .thenCompose(
            hit ->
                hit != null
                    ? CompletableFuture.completedFuture(hit)
                    : CompletableFuture.supplyAsync(() -> done(job.process(name, path)), pool));
  }

  /**
   * The name to report {@code path} under; a diff names a file outside the working directory
   * relative to it too, as {@code git apply} and {@code patch -p1} need.
   */
  private String nameOf(SourcePath path) {
    Path display = path.display();
    if (verb == Verb.DIFF && display.isAbsolute()) {
      return root.workingDirectory().toAbsolutePath().normalize().relativize(display).toString();
    }
    return display.toString();
  }

  /**
   * One file's processor, and the cache that may know its outcome (null with {@code --no-cache}):
   * {@code check} reuses any stored outcome, {@code fix} and {@code diff} only a clean one. An
   * outcome whose fixes were verified is stored apart from one whose fixes were not.
   */
  private record Job(
      Verb verb,
      FileProcessor processor,
      ResultCache cache,
      CacheKeys keys,
      boolean fixBodies,
      boolean verifiedFixes) {
    Outcome process(String name, SourcePath path) {
      Path file = path.file();
      try {
        if (cache == null) {
          return processor.process(name, Files.readAllBytes(file), file);
        }
        FileStamps stamps = cache.stamps();
        String where = where(file);
        long before = stamps.now();
        FileStamps.Stamp stamp = FileStamps.stamp(file);
        Outcome known = known(name, where, stamp);
        if (known != null) {
          return known;
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] content = CacheKeys.contentHash(bytes);
        stamps.record(where, stamp, content, before);
        byte[] key = keys.of(name, settings(), content, verifiedFixes);
        known = known(name, key);
        if (known != null) {
          return known;
        }
        CachedOutcome.warmUp(); // the first file to store: see there
        Outcome outcome = processor.process(name, bytes, file);
        if (CachedOutcome.storable(outcome) && (verb == Verb.CHECK || outcome.isClean())) {
          byte[] encoded = CachedOutcome.encodeExactly(name, outcome, bytes.length);
          if (encoded != null) {
            cache.put(key, encoded);
          }
        }
        return outcome;
      } catch (IOException e) {
        return Outcome.error(name + ": error: cannot read: " + IoErrors.describe(e));
      } catch (InvalidPathException e) {
        // the JVM under a non-UTF-8 locale cannot name this file's temporary file beside it
        return Outcome.error(name + ": error: " + IoErrors.UNREPRESENTABLE_NAME);
      } catch (OutOfMemoryError e) {
        // this file's memory is garbage now: the other files still get their turn
        return Outcome.error(name + ": error: " + OUT_OF_MEMORY);
      }
    }

    /**
     * The stored outcome this verb may reuse for {@code file} as its stamp says it is now, without
     * reading it; null when there is none, or the file cannot be looked at.
     */
    Outcome stamped(String name, Path file) {
      try {
        return known(name, where(file), FileStamps.stamp(file));
      } catch (IOException | InvalidPathException e) {
        return null; // processing the file says what is wrong with it
      }
    }

    /** The same, for the file at {@code where} with {@code stamp}. */
    private Outcome known(String name, String where, FileStamps.Stamp stamp) {
      // an unchanged stamp gives the content's hash without reading the file (FileStamps)
      byte[] hash = cache.stamps().hashOf(where, stamp);
      return hash == null ? null : known(name, keys.of(name, settings(), hash, verifiedFixes));
    }

    private static String where(Path file) {
      return file.toAbsolutePath().normalize().toString();
    }

    private Settings settings() {
      return processor.settings();
    }

    /** The outcome stored under {@code key} that this verb may reuse, or null. */
    private Outcome known(String name, byte[] key) {
      ByteBuffer stored = cache.get(key);
      Outcome known = stored == null ? null : CachedOutcome.decode(name, stored, fixBodies);
      return known != null && (verb == Verb.CHECK || known.isClean()) ? known : null;
    }
  }

  /** A worker's outcome, with its findings already formatted where the format allows. */
  private Done done(Outcome outcome) {
    return new Done(outcome, printer.render(outcome));
  }

  private Done resultOf(Pending pending) throws InterruptedException {
    try {
      return pending.future().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError) {
        // out of memory outside the processing itself (formatting its findings, say): the same
        // outcome as inside it, so that processAll tries the file again alone
        return new Done(Outcome.error(pending.name() + ": error: " + OUT_OF_MEMORY), null);
      }
      Outcome crash =
          Outcome.error(EngineMessages.crash(pending.name(), e.getCause(), options.verbose()));
      return new Done(crash, null);
    }
  }

  private void report(String name, Outcome o, String rendered) {
    // fixed source owns standard output; findings there would corrupt it
    printer.file(name, o, rendered, ownsOut() ? err : out);
    if (o.diff().length > 0) {
      out.flush();
      try {
        root.stdout().write(printer.diff(o.diff()));
        root.stdout().flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (o.failed() || !o.warnings().isEmpty()) {
      // on one terminal, a file's error shows after its findings and before the summary
      out.flush();
      err.print(o.warnings());
      err.print(o.syntaxErrors());
      err.print(o.errors());
      err.flush();
    }
    totals.add(o);
  }

  /** Whether standard output carries fixed source, so reports go to standard error. */
  private boolean ownsOut() {
    return verb == Verb.FIX && options.readsStdin();
  }

  private void printSummary() {
    if (options.quiet() || !printer.summaries()) {
      return;
    }
    // a summary after a diff or fixed source would corrupt them
    PrintWriter summary = verb == Verb.DIFF || ownsOut() ? err : out;
    String line =
        switch (verb) {
          case CHECK ->
              TextReport.checkSummary(totals.remaining, totals.fixable, totals.filesWithFindings);
          case FIX -> TextReport.fixSummary(totals.fixed, totals.changedFiles, totals.remaining);
          case DIFF -> TextReport.diffSummary(totals.fixed, totals.changedFiles);
        };
    if (verb == Verb.CHECK && totals.remaining == 0 && totals.failedFiles > 0) {
      line = "";
    }
    if (!line.isEmpty()) {
      summary.print(line + "\n");
    }
    String hint = TextReport.unsafeHint(totals.hiddenUnsafe);
    if (!hint.isEmpty()) {
      summary.print(hint + "\n");
    }
    if (totals.failedFiles > 0) {
      err.print(TextReport.failedSummary(totals.failedFiles) + "\n");
    }
  }

  private record Pending(String name, SourcePath path, Job job, Future<Done> future) {}

  /** A file's job, and the lookup of its stored outcome: null when there is none to reuse. */
  private record Prefetch(Path file, Job job, CompletableFuture<Done> hit) {}

  /** A file's outcome and its {@link FindingsPrinter#render}, or null to render on printing. */
  private record Done(Outcome outcome, String rendered) {}

  /** Counts over all files. */
  private static final class Totals {
    int remaining;
    int fixable;
    int hiddenUnsafe;
    int fixed;
    int filesWithFindings;
    int changedFiles;
    int failedFiles;
    int erredFiles;

    void add(Outcome o) {
      remaining += o.remaining();
      fixable += o.fixable();
      hiddenUnsafe += o.hiddenUnsafe();
      fixed += o.fixed();
      filesWithFindings += o.remaining() > 0 ? 1 : 0;
      changedFiles += o.changed() ? 1 : 0;
      failedFiles += o.failed() ? 1 : 0;
      erredFiles += o.erred() ? 1 : 0;
    }
  }
}
