package pyfix.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Stands between the protocol and the server's services and answers as the protocol asks where the
 * services do not: a request before {@code initialize} gets ServerNotInitialized, one after {@code
 * shutdown} InvalidRequest, and notifications then are dropped ({@code exit} aside). Safe for use
 * by several threads.
 */
final class ProtocolGate implements Endpoint {
  private final Endpoint services;
  private volatile boolean initialized;
  private volatile boolean shutdown;

  /** A gate in front of {@code services}. */
  ProtocolGate(Endpoint services) {
    this.services = services;
  }

  @Override
  public CompletableFuture<?> request(String method, Object params) {
    if (shutdown) {
      return failed(ResponseErrorCode.InvalidRequest, method + ": the server was shut down");
    }
    if (method.equals("initialize")) {
      initialized = true;
    } else if (!initialized) {
      return failed(ResponseErrorCode.ServerNotInitialized, method + ": not initialized yet");
    } else if (method.equals("shutdown")) {
      shutdown = true;
    }
    return services.request(method, params);
  }

  @Override
  public void notify(String method, Object params) {
    if (method.equals("exit") || initialized && !shutdown) {
      services.notify(method, params);
    }
  }

  /**
   * The error a request that threw gets: its own when it names one, MethodNotFound for a method
   * LSP4J's interfaces declare and the server does not implement, else LSP4J's internal error.
   */
  static ResponseError errorOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ResponseErrorException e) {
        return e.getResponseError();
      }
      if (t instanceof UnsupportedOperationException) {
        return new ResponseError(
            ResponseErrorCode.MethodNotFound, "pyfix does not serve this", null);
      }
    }
    return RemoteEndpoint.DEFAULT_EXCEPTION_HANDLER.apply(thrown);
  }

  private static CompletableFuture<?> failed(ResponseErrorCode code, String message) {
    return CompletableFuture.failedFuture(
        new ResponseErrorException(new ResponseError(code, message, null)));
  }
}
