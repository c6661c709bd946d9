package pyfix.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linter's promises: stale results are dropped, and a crash is contained. */
class LinterTest {
  @TempDir Path root;
  private final Documents documents = new Documents();
  private final RecordingClient client = new RecordingClient();
  private Linter linter;

  private Linter linter(Linter.Check check) {
    linter =
        new Linter(
            documents, new DocumentSettings(root, m -> {}), check, new Diagnostics(new RuleDocs()));
    linter.connect(client);
    return linter;
  }

  @AfterEach
  void stop() {
    if (linter != null) {
      linter.stop();
    }
  }

  @Test
  void dropsTheResultOfAVersionThatChangedWhileItWasChecked() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Linter linter =
        linter(
            (document, settings) -> {
              if (document.version() == 1) {
                firstStarted.countDown();
                await(release);
              }
              return new Analysis(document, document.text(), List.of(), null);
            });
    Document v1 = Document.open("file:///a.py", 1, "x = 1\n", null);
    documents.put(v1);
    linter.schedule(v1.uri(), 0);
    assertTrue(firstStarted.await(20, TimeUnit.SECONDS));
    documents.put(v1.changed(2, List.of()));
    linter.schedule(v1.uri(), 0);
    PublishDiagnosticsParams published = client.diagnostics.poll(20, TimeUnit.SECONDS);
    assertEquals(2, published.getVersion());
    release.countDown();
    assertEquals(null, client.diagnostics.poll(500, TimeUnit.MILLISECONDS));
  }

  @Test
  void aCrashIsLoggedEachTimeShownOnceAndLeavesOtherDocumentsChecked() throws Exception {
    Linter linter =
        linter(
            (document, settings) -> {
              if (document.uri().endsWith("bad.py")) {
                throw new IllegalStateException("boom");
              }
              return new Analysis(document, document.text(), List.of(), null);
            });
    Document bad = Document.open("file:///bad.py", 1, "x = 1\n", null);
    Document good = Document.open("file:///good.py", 1, "x = 1\n", null);
    documents.put(bad);
    documents.put(good);
    linter.schedule(bad.uri(), 0);
    assertTrue(client.logged.poll(20, TimeUnit.SECONDS).getMessage().contains("boom"));
    linter.schedule(bad.uri(), 0);
    assertEquals(MessageType.Error, client.logged.poll(20, TimeUnit.SECONDS).getType());
    linter.schedule(good.uri(), 0);
    assertEquals(good.uri(), client.diagnostics.poll(20, TimeUnit.SECONDS).getUri());
    assertEquals(1, client.shown.size());
    assertTrue(client.shown.peek().getMessage().contains("bad.py"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
