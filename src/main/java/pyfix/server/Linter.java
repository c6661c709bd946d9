package pyfix.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import pyfix.Pyfix;
import pyfix.fix.Settings;

/**
 * Does the server's work off the protocol thread: checks documents after a short debounce and
 * publishes their diagnostics unless the document changed meanwhile, and answers requests. A crash
 * while working on one document is logged, shown to the user once per document, and never stops the
 * server.
 */
final class Linter {
  /** How long a change waits for the next keystroke before it is checked. */
  static final long DEBOUNCE_MS = 25;

  private final Documents documents;
  private final DocumentSettings settings;
  private final Check check;
  private final Diagnostics diagnostics;
  private final ScheduledThreadPoolExecutor workers;
  private final Map<String, Future<?>> pending = new ConcurrentHashMap<>();
  private final Set<String> crashed = ConcurrentHashMap.newKeySet();
  private volatile LanguageClient client;

  /** Checks one version of a document; {@link Analyzer#check} outside tests. */
  interface Check {
    Analysis run(Document document, Settings settings);
  }

  Linter(Documents documents, DocumentSettings settings, Check check, Diagnostics diagnostics) {
    this.documents = documents;
    this.settings = settings;
    this.check = check;
    this.diagnostics = diagnostics;
    // two workers, one per core: a long check of one file does not hold up another's; each with
    // the CLI's stack, so that deeply nested source gets the CLI's findings
    this.workers =
        new ScheduledThreadPoolExecutor(
            2,
            r -> {
              Thread t = new Thread(null, r, "pyfix-worker", Pyfix.STACK_BYTES);
              t.setDaemon(true);
              return t;
            });
    workers.setRemoveOnCancelPolicy(true);
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  /**
   * Checks the document at {@code uri} after {@code delayMs}, replacing a check not yet started.
   */
  void schedule(String uri, long delayMs) {
    Future<?> next = workers.schedule(() -> lint(uri), delayMs, TimeUnit.MILLISECONDS);
    Future<?> before = pending.put(uri, next);
    if (before != null) {
      before.cancel(false);
    }
  }

  /** Checks every open document again (the settings changed). */
  void scheduleAll() {
    documents.all().forEach(d -> schedule(d.uri(), 0));
  }

  /** Clears the diagnostics of a closed document. */
  void closed(String uri) {
    Future<?> before = pending.remove(uri);
    if (before != null) {
      before.cancel(false);
    }
    publish(new PublishDiagnosticsParams(uri, List.of()));
  }

  /**
   * Runs {@code work} on the open {@code uri} with its settings on a worker; {@code fallback} when
   * the document is not open, its project excludes it, or the work crashes.
   */
  <T> CompletableFuture<T> request(String uri, T fallback, Function<Work, T> work) {
    return CompletableFuture.supplyAsync(
        () -> {
          Document document = documents.get(uri);
          if (document == null) {
            return fallback;
          }
          try {
            Optional<Settings> s = settings.of(document);
            return s.isEmpty()
                ? fallback
                : work.apply(new Work(analysisOf(document, s.get()), s.get()));
          } catch (RuntimeException | StackOverflowError e) {
            crashed(uri, e);
            return fallback;
          }
        },
        workers);
  }

  /** A document's current analysis and its settings, for a request. */
  record Work(Analysis analysis, Settings settings) {}

  private Analysis analysisOf(Document document, Settings s) {
    Analysis kept = documents.analysisOf(document);
    if (kept != null) {
      return kept;
    }
    Analysis fresh = check.run(document, s);
    documents.remember(fresh);
    return fresh;
  }

  private void lint(String uri) {
    Document document = documents.get(uri);
    if (document == null) {
      return;
    }
    try {
      Optional<Settings> s = settings.of(document);
      List<org.eclipse.lsp4j.Diagnostic> found = List.of();
      if (s.isPresent()) {
        Analysis analysis = check.run(document, s.get());
        documents.remember(analysis);
        found = diagnostics.of(analysis);
      }
      // a result for an older version is dropped: the newer one is on its way
      if (documents.current(document)) {
        publish(new PublishDiagnosticsParams(uri, found, document.version()));
      }
    } catch (RuntimeException | StackOverflowError e) {
      crashed(uri, e);
    }
  }

  private void crashed(String uri, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    log(MessageType.Error, "pyfix: internal error on " + uri + ": " + trace);
    LanguageClient c = client;
    if (c != null && crashed.add(uri)) {
      c.showMessage(
          new MessageParams(
              MessageType.Error,
              "pyfix: internal error while checking " + uri + " (details in the log): " + e));
    }
  }

  /** Shows {@code message} to the user as a warning, and writes it to the editor's log. */
  void warn(String message) {
    LanguageClient c = client;
    if (c != null) {
      c.showMessage(new MessageParams(MessageType.Warning, message));
    }
    log(MessageType.Warning, message);
  }

  /** Sends {@code message} to the editor's log. */
  void log(MessageType type, String message) {
    LanguageClient c = client;
    if (c != null) {
      c.logMessage(new MessageParams(type, message));
    }
  }

  private void publish(PublishDiagnosticsParams params) {
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(params);
    }
  }

  /** Stops the workers; work in progress is abandoned. */
  void stop() {
    workers.shutdownNow();
  }
}
