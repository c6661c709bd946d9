package pyfix.server;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * LSP4J's client side connected to a {@link PyfixServer} over piped streams, keeping what the
 * server sends.
 */
final class TestClient implements LanguageClient, AutoCloseable {
  final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
  final BlockingQueue<MessageParams> logged = new LinkedBlockingQueue<>();
  final LanguageServer server;
  final CompletableFuture<Integer> exitCode;

  TestClient(Path workingDirectory) throws IOException {
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream toServer = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream toClient = new PipedOutputStream(clientIn);
    exitCode =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return PyfixServer.run(workingDirectory, serverIn, toClient);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
              }
            });
    var launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
    launcher.startListening();
    server = launcher.getRemoteProxy();
  }

  /** The next diagnostics published for {@code uri}, skipping others; fails after 20 s. */
  PublishDiagnosticsParams diagnosticsFor(String uri) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams p = diagnostics.poll(100, TimeUnit.MILLISECONDS);
      if (p != null && p.getUri().equals(uri)) {
        return p;
      }
    }
    throw new AssertionError("no diagnostics for " + uri);
  }

  /** The diagnostics for {@code uri} at {@code version}, skipping older ones. */
  PublishDiagnosticsParams diagnosticsFor(String uri, int version) throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams p = diagnosticsFor(uri);
      if (p.getVersion() != null && p.getVersion() == version) {
        return p;
      }
    }
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
    this.diagnostics.add(diagnostics);
  }

  @Override
  public void showMessage(MessageParams message) {
    shown.add(message);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams message) {
    logged.add(message);
  }

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    return CompletableFuture.completedFuture(null);
  }

  /** The codes of {@code params}' diagnostics, in order. */
  static List<String> codes(PublishDiagnosticsParams params) {
    return params.getDiagnostics().stream()
        .map(d -> d.getCode() == null ? "syntax" : d.getCode().getLeft())
        .toList();
  }

  @Override
  public void close() throws Exception {
    if (!exitCode.isDone()) {
      server.exit();
    }
  }
}
