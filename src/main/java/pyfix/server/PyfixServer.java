package pyfix.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.NotebookDocumentFilter;
import org.eclipse.lsp4j.NotebookDocumentSyncRegistrationOptions;
import org.eclipse.lsp4j.NotebookSelector;
import org.eclipse.lsp4j.NotebookSelectorCell;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.NotebookDocumentService;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code pyfix server}: a language server that checks and fixes the Python documents an editor has
 * open, through the library entry {@link pyfix.Pyfix}.
 */
public final class PyfixServer implements LanguageServer, LanguageClientAware {
  private final Documents documents = new Documents();
  private final CountDownLatch exited = new CountDownLatch(1);
  private final DocumentSettings settings;
  private final Linter linter;
  private final TextDocuments texts;
  private final Workspace workspace;
  private final Notebooks notebooks;
  private volatile boolean shutdown;
  private volatile boolean watchesFiles;
  private volatile int exitCode = 1;
  private LanguageClient client;

  /** A server whose workspace is {@code workingDirectory} until the editor names its folders. */
  public PyfixServer(Path workingDirectory) {
    Log log = new Log();
    settings = new DocumentSettings(workingDirectory, m -> log.send(MessageType.Warning, m));
    Analyzer analyzer = new Analyzer(m -> log.send(MessageType.Error, m), documents);
    Diagnostics diagnostics = new Diagnostics(new RuleDocs());
    linter = new Linter(documents, settings, analyzer::check, diagnostics);
    log.linter = linter;
    texts = new TextDocuments(documents, linter, analyzer, new CodeActions(analyzer, diagnostics));
    workspace = new Workspace(settings, linter);
    notebooks = new Notebooks(texts, documents, linter);
  }

  /** Sends messages to the editor's log once the linter that knows the editor exists. */
  private static final class Log {
    private Linter linter;

    void send(MessageType type, String message) {
      if (linter != null) {
        linter.log(type, message);
      }
    }
  }

  /**
   * Serves the protocol on {@code in} and {@code out} until the editor ends the session; returns
   * the exit code: 0 after a {@code shutdown} request, 1 otherwise.
   */
  public static int run(Path workingDirectory, InputStream in, OutputStream out)
      throws InterruptedException {
    PyfixServer server = new PyfixServer(workingDirectory);
    Launcher<LanguageClient> launcher =
        new LSPLauncher.Builder<LanguageClient>() {
          @Override
          protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler json) {
            // as the builder's own, with the gate in front of the server
            MessageConsumer toClient = wrapMessageConsumer(new StreamMessageConsumer(output, json));
            RemoteEndpoint remote =
                new RemoteEndpoint(
                    toClient,
                    new ProtocolGate(ServiceEndpoints.toEndpoint(localServices)),
                    ProtocolGate::errorOf);
            json.setMethodProvider(remote);
            remote.setJsonHandler(json);
            return remote;
          }
        }.setLocalService(server)
            .setRemoteInterface(LanguageClient.class)
            .setInput(in)
            .setOutput(out)
            .create();
    server.connect(launcher.getRemoteProxy());
    var listening = launcher.startListening();
    // the input closing also ends the session, as an editor that dies leaves it
    Thread watcher =
        new Thread(
            () -> {
              try {
                listening.get();
              } catch (Exception e) {
                // ended either way
              }
              server.exited.countDown();
            },
            "pyfix-input");
    watcher.setDaemon(true);
    watcher.start();
    server.exited.await();
    server.linter.stop();
    return server.exitCode;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
    linter.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    Path root = rootOf(params);
    if (root != null) {
      settings.root(root);
    }
    settings.override(EditorOptions.read(params.getInitializationOptions(), linter::warn));
    return CompletableFuture.completedFuture(
        new InitializeResult(capabilities(), new ServerInfo("pyfix", version())));
  }

  /** What the server offers; positions are always UTF-16, which every client must accept. */
  static ServerCapabilities capabilities() {
    ServerCapabilities c = new ServerCapabilities();
    c.setPositionEncoding(PositionEncodingKind.UTF16);
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    c.setTextDocumentSync(sync);
    c.setCodeActionProvider(new CodeActionOptions(CodeActions.KINDS));
    c.setDocumentFormattingProvider(true);
    c.setDocumentRangeFormattingProvider(true);
    NotebookSelector jupyter = new NotebookSelector();
    NotebookDocumentFilter filter = new NotebookDocumentFilter();
    filter.setNotebookType("jupyter-notebook");
    jupyter.setNotebook(Either.forRight(filter));
    jupyter.setCells(List.of(new NotebookSelectorCell("python")));
    c.setNotebookDocumentSync(new NotebookDocumentSyncRegistrationOptions(List.of(jupyter), true));
    return c;
  }

  @Override
  public void initialized(InitializedParams params) {
    // clients that can watch files tell us when a settings file changes
    List<FileSystemWatcher> watchers =
        Workspace.SETTINGS_FILES.stream()
            .map(name -> new FileSystemWatcher(Either.forLeft("**/" + name)))
            .toList();
    Registration registration =
        new Registration(
            "pyfix-settings-files",
            "workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesRegistrationOptions(watchers));
    if (watchesFiles) {
      client.registerCapability(new RegistrationParams(List.of(registration)));
    }
  }

  /** The first workspace folder, else the root URI; null when the editor names neither. */
  private Path rootOf(InitializeParams params) {
    var caps = params.getCapabilities();
    watchesFiles =
        caps != null
            && caps.getWorkspace() != null
            && caps.getWorkspace().getDidChangeWatchedFiles() != null
            && Boolean.TRUE.equals(
                caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
    List<WorkspaceFolder> folders = params.getWorkspaceFolders();
    if (folders != null && !folders.isEmpty()) {
      Path p = Document.pathOf(folders.get(0).getUri());
      if (p != null) {
        return p;
      }
    }
    @SuppressWarnings("deprecation")
    String rootUri = params.getRootUri();
    return rootUri == null ? null : Document.pathOf(rootUri);
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exitCode = shutdown ? 0 : 1;
    exited.countDown();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return texts;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  @Override
  public NotebookDocumentService getNotebookDocumentService() {
    return notebooks;
  }

  private static String version() {
    String v = PyfixServer.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
