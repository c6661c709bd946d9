package pyfix.server;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** LSP4J's client side connected to a {@link PyfixServer} over piped streams. */
final class TestClient extends RecordingClient implements AutoCloseable {
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
