package pyfix.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** The protocol's answers the services leave to the gate. */
class ProtocolGateTest {
  private final List<String> served = new ArrayList<>();
  private final ProtocolGate gate =
      new ProtocolGate(
          new Endpoint() {
            @Override
            public CompletableFuture<?> request(String method, Object params) {
              served.add(method);
              return CompletableFuture.completedFuture(null);
            }

            @Override
            public void notify(String method, Object params) {
              served.add(method);
            }
          });

  @Test
  void answersRequestsBeforeInitializeWithServerNotInitializedAndDropsNotifications() {
    assertEquals(ResponseErrorCode.ServerNotInitialized, codeOf(gate.request("a/b", null)));
    gate.notify("textDocument/didOpen", null);
    gate.request("initialize", null);
    gate.notify("textDocument/didOpen", null);
    assertEquals(List.of("initialize", "textDocument/didOpen"), served);
  }

  @Test
  void answersRequestsAfterShutdownWithInvalidRequestAndStillExits() {
    gate.request("initialize", null);
    gate.request("shutdown", null);
    assertEquals(ResponseErrorCode.InvalidRequest, codeOf(gate.request("shutdown", null)));
    gate.notify("textDocument/didChange", null);
    gate.notify("exit", null);
    assertEquals(List.of("initialize", "shutdown", "exit"), served);
  }

  @Test
  void aMethodTheServerLeavesUnimplementedIsNotFound() {
    var error = ProtocolGate.errorOf(new RuntimeException(new UnsupportedOperationException()));
    assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error.getCode());
    assertEquals(
        ResponseErrorCode.InternalError.getValue(),
        ProtocolGate.errorOf(new IllegalStateException("bug")).getCode());
  }

  private static ResponseErrorCode codeOf(CompletableFuture<?> answer) {
    try {
      answer.get();
      throw new AssertionError("answered " + answer);
    } catch (ExecutionException e) {
      int code = ((ResponseErrorException) e.getCause()).getResponseError().getCode();
      for (ResponseErrorCode c : ResponseErrorCode.values()) {
        if (c.getValue() == code) {
          return c;
        }
      }
      throw new AssertionError(code);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
