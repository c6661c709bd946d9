package pyfix.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenNotebookDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.NotebookCell;
import org.eclipse.lsp4j.NotebookCellKind;
import org.eclipse.lsp4j.NotebookDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over the protocol, driven by LSP4J's client side through piped streams. */
class PyfixServerTest {
  private static final String SOURCE =
      """
      import sys
      import os


      def f(a=[]):
          return "%s" % a \s
      """;

  @TempDir Path project;
  private TestClient client;
  private String uri;

  @BeforeEach
  void start() throws Exception {
    // the samples import modules they never use, to give I001 something to sort
    Files.writeString(
        project.resolve("pyproject.toml"),
        "[tool.pyfix]\nline-length = 100\nignore = [\"F401\"]\n");
    uri = project.resolve("m.py").toUri().toString();
    client = new TestClient(project);
    InitializeParams params = new InitializeParams();
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(project.toUri().toString(), "p")));
    params.setCapabilities(new ClientCapabilities());
    InitializeResult result = client.server.initialize(params).get(20, TimeUnit.SECONDS);
    assertEquals("utf-16", result.getCapabilities().getPositionEncoding());
    client.server.initialized(new InitializedParams());
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
  }

  private PublishDiagnosticsParams open(String text) throws InterruptedException {
    client
        .server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "python", 1, text)));
    return client.diagnosticsFor(uri, 1);
  }

  @Test
  void publishesEachFindingWithCodeRangeSeverityLinkAndTags() throws Exception {
    List<Diagnostic> found = sorted(open(SOURCE));
    assertEquals(
        List.of("I001", "B006", "UP031", "W291"),
        found.stream().map(d -> d.getCode().getLeft()).toList());
    Diagnostic w291 = found.get(3);
    assertEquals(new Range(new Position(5, 19), new Position(5, 21)), w291.getRange());
    assertEquals(DiagnosticSeverity.Warning, w291.getSeverity());
    assertEquals("pyfix", w291.getSource());
    assertEquals(List.of(DiagnosticTag.Unnecessary), w291.getTags());
    Path doc = Path.of(java.net.URI.create(w291.getCodeDescription().getHref()));
    assertTrue(Files.readString(doc).startsWith("# trailing-whitespace (W291)"), doc.toString());
    assertTrue(found.get(2).getMessage().getLeft().contains("unsafe:"));
  }

  @Test
  void checksTheEditorsTextAfterAnIncrementalChange() throws Exception {
    open(SOURCE);
    TextDocumentContentChangeEvent delete =
        new TextDocumentContentChangeEvent(new Range(new Position(5, 19), new Position(5, 21)), "");
    client
        .server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2), List.of(delete)));
    assertEquals(
        List.of("B006", "I001", "UP031"),
        TestClient.codes(client.diagnosticsFor(uri, 2)).stream().sorted().toList());
  }

  @Test
  void countsColumnsInUtf16CodeUnits() throws Exception {
    List<Diagnostic> found = open("x = '\uD83D\uDE00'  \n").getDiagnostics();
    assertEquals(new Range(new Position(0, 8), new Position(0, 10)), found.get(0).getRange());
  }

  @Test
  void checksDeeplyNestedSourceWithTheStackTheCliHas() throws Exception {
    String deep = "import os\nimport os\nprint(os)\ny = 1" + " + 1".repeat(20_000) + "\n";
    assertTrue(TestClient.codes(open(deep)).contains("F811"));
    assertTrue(client.shown.isEmpty(), client.shown.toString());
  }

  @Test
  void leavesTextThatIsNoPythonSourceUnchecked() throws Exception {
    var texts = client.server.getTextDocumentService();
    String markdown = project.resolve("README.md").toUri().toString();
    String notebook = project.resolve("n.ipynb").toUri().toString();
    texts.didOpen(
        new DidOpenTextDocumentParams(new TextDocumentItem(markdown, "markdown", 1, SOURCE)));
    texts.didOpen(
        new DidOpenTextDocumentParams(
            new TextDocumentItem(notebook, "python", 1, "{\"cells\": []} \n")));
    texts.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "python", 1, SOURCE)));
    // the others, opened first, would have been checked by the time this one is
    List<String> published = new ArrayList<>();
    while (!published.contains(uri)) {
      published.add(client.diagnostics.poll(20, TimeUnit.SECONDS).getUri());
    }
    Thread.sleep(500);
    client.diagnostics.forEach(p -> published.add(p.getUri()));
    assertEquals(List.of(uri), published);
  }

  @Test
  void reportsASyntaxErrorAsOneError() throws Exception {
    List<Diagnostic> found = open("def (:\n").getDiagnostics();
    assertEquals(1, found.size());
    assertEquals(DiagnosticSeverity.Error, found.get(0).getSeverity());
    assertTrue(found.get(0).getMessage().getLeft().startsWith("SyntaxError: "));
  }

  @Test
  void offersQuickFixesPreferringSafeOnesAndSuppressions() throws Exception {
    open(SOURCE);
    List<CodeAction> actions = actions(new Range(new Position(5, 0), new Position(5, 20)), null);
    List<String> titles = actions.stream().map(CodeAction::getTitle).toList();
    CodeAction w291 = find(actions, "Fix W291: Trailing whitespace");
    assertEquals(Boolean.TRUE, w291.getIsPreferred());
    assertEquals("    return \"%s\" % a\n", line(apply(SOURCE, w291), 5));
    CodeAction up031 =
        actions.stream()
            .filter(a -> a.getTitle().startsWith("Unsafe fix UP031"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(titles));
    assertFalse(up031.getIsPreferred());
    assertTrue(up031.getTitle().contains("unsafe: "), up031.getTitle());
    assertEquals("    return f\"{a!s}\"  \n", line(apply(SOURCE, up031), 5));
    CodeAction noqa = find(actions, "Suppress UP031 with # noqa");
    assertEquals("    return \"%s\" % a  # noqa: UP031  \n", line(apply(SOURCE, noqa), 5));
    assertTrue(titles.contains("Fix all fixable problems (pyfix)"), titles.toString());
    assertTrue(titles.contains("Sort imports (pyfix)"), titles.toString());
  }

  @Test
  void fixAllAppliesWhatPyfixFixWouldAndSortImportsOnlyI001() throws Exception {
    open(SOURCE);
    Range all = new Range(new Position(0, 0), new Position(0, 0));
    CodeAction fixAll = actions(all, List.of("source.fixAll")).get(0);
    assertEquals("source.fixAll.pyfix", fixAll.getKind());
    assertEquals(
        """
        import os
        import sys


        def f(a=[]):
            return "%s" % a
        """,
        apply(SOURCE, fixAll));
    List<CodeAction> imports = actions(all, List.of("source.organizeImports"));
    assertEquals(1, imports.size());
    assertEquals(
        SOURCE.replace("import sys\nimport os\n", "import os\nimport sys\n"),
        apply(SOURCE, imports.get(0)));
  }

  @Test
  void formattingAppliesSafeFixesAndRangeFormattingOnlyThoseInsideTheRange() throws Exception {
    open(SOURCE);
    var texts = client.server.getTextDocumentService();
    List<? extends TextEdit> whole =
        texts
            .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), options()))
            .get(20, TimeUnit.SECONDS);
    assertTrue(applyEdits(SOURCE, whole).contains("return \"%s\" % a\n")); // UP031 is UNSAFE
    assertTrue(applyEdits(SOURCE, whole).startsWith("import os\nimport sys\n"));
    Range lastLine = new Range(new Position(5, 0), new Position(6, 0));
    List<? extends TextEdit> range =
        texts
            .rangeFormatting(
                new DocumentRangeFormattingParams(
                    new TextDocumentIdentifier(uri), options(), lastLine))
            .get(20, TimeUnit.SECONDS);
    assertEquals(SOURCE.replace("% a  \n", "% a\n"), applyEdits(SOURCE, range));
  }

  @Test
  void takesSettingsFromTheProjectAndTheEditorAndReloadsThem() throws Exception {
    Files.writeString(
        project.resolve("pyproject.toml"), "[tool.pyfix]\nignore = [\"B006\", \"F401\"]\n");
    client
        .server
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(
                List.of(
                    new FileEvent(
                        project.resolve("pyproject.toml").toUri().toString(),
                        FileChangeType.Changed))));
    assertEquals(List.of("I001", "UP031", "W291"), sortedCodes(open(SOURCE)));
    JsonObject options =
        JsonParser.parseString("{\"pyfix\": {\"ignore\": [\"W291\"]}}").getAsJsonObject();
    client.diagnostics.clear();
    client
        .server
        .getWorkspaceService()
        .didChangeConfiguration(new DidChangeConfigurationParams(options));
    assertEquals(List.of("I001", "UP031"), sortedCodes(client.diagnosticsFor(uri, 1)));
  }

  @Test
  void readsSettingsAgainWhenAnotherToolsFileTheyCameFromChanges() throws Exception {
    Path sub = Files.createDirectories(project.resolve("sub"));
    Files.writeString(sub.resolve("pyproject.toml"), "[project]\nname = \"p\"\n");
    Path flake8 = Files.writeString(sub.resolve(".flake8"), "[flake8]\nmax-line-length = 120\n");
    String text = "x = \"" + "a".repeat(95) + "\"\n";
    uri = sub.resolve("a.py").toUri().toString();
    assertEquals(List.of(), TestClient.codes(open(text)));
    Files.writeString(flake8, "[flake8]\nmax-line-length = 80\n");
    Files.setLastModifiedTime(
        flake8, FileTime.fromMillis(Files.getLastModifiedTime(flake8).toMillis() + 10_000));
    assertEquals(List.of("E501"), TestClient.codes(replaceText(2, text)));
    assertTrue(Workspace.SETTINGS_FILES.contains(".flake8"));
  }

  @Test
  void warnsOfASelectedCodeThatNamesNoRuleAndIgnoresIt() throws Exception {
    open(SOURCE);
    client.diagnostics.clear();
    client
        .server
        .getWorkspaceService()
        .didChangeConfiguration(
            new DidChangeConfigurationParams(
                JsonParser.parseString("{\"pyfix\": {\"select\": [\"NOPE999\"]}}")));
    assertEquals(
        List.of("B006", "I001", "UP031", "W291"), sortedCodes(client.diagnosticsFor(uri, 1)));
    MessageParams shown = client.shown.poll(20, TimeUnit.SECONDS);
    assertEquals(MessageType.Warning, shown.getType());
    assertTrue(shown.getMessage().contains("no rule matches NOPE999"), shown.getMessage());
  }

  @Test
  void keepsTheEditorsOptionsWhenAConfigurationChangeCarriesNoneOfPyfixs() throws Exception {
    open(SOURCE);
    var workspace = client.server.getWorkspaceService();
    workspace.didChangeConfiguration(
        new DidChangeConfigurationParams(JsonParser.parseString("{\"ignore\": [\"W291\"]}")));
    workspace.didChangeConfiguration(
        new DidChangeConfigurationParams(
            JsonParser.parseString("{\"python\": {\"analysis\": {}}}")));
    workspace.didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
    assertEquals(List.of("B006", "I001", "UP031"), sortedCodes(replaceText(2, SOURCE + "\n")));
  }

  /** Replaces the open document's text with {@code text} at {@code version}; its diagnostics. */
  private PublishDiagnosticsParams replaceText(int version, String text) throws Exception {
    client
        .server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    return client.diagnosticsFor(uri, version);
  }

  /**
   * Opens the notebook {@code file} in the server with {@code cells}, each a language id and a
   * text; the cells' URIs, in order.
   */
  private List<String> openNotebook(Path file, List<List<String>> cells) {
    String notebook = file.toUri().toString();
    List<String> uris = new ArrayList<>();
    List<NotebookCell> kinds = new ArrayList<>();
    List<TextDocumentItem> items = new ArrayList<>();
    for (List<String> cell : cells) {
      String uri = notebook.replace("file:", "vscode-notebook-cell:") + "#c" + (uris.size() + 1);
      uris.add(uri);
      boolean code = cell.get(0).equals("python");
      kinds.add(new NotebookCell(code ? NotebookCellKind.Code : NotebookCellKind.Markup, uri));
      items.add(new TextDocumentItem(uri, cell.get(0), 1, cell.get(1)));
    }
    client
        .server
        .getNotebookDocumentService()
        .didOpen(
            new DidOpenNotebookDocumentParams(
                new NotebookDocument(notebook, "jupyter-notebook", 1, kinds), items));
    return uris;
  }

  @Test
  void checksEachNotebookCellAndLeavesIpythonLinesAlone() throws Exception {
    List<String> cells =
        openNotebook(
            project.resolve("n.ipynb"),
            List.of(
                List.of("python", "import sys\nimport os\n%time f(x)  "),
                List.of("markdown", "# import  ")));
    PublishDiagnosticsParams found = client.diagnosticsFor(cells.get(0), 1);
    assertEquals(List.of("I001"), TestClient.codes(found));
    Thread.sleep(200);
    assertTrue(client.diagnostics.stream().noneMatch(p -> p.getUri().equals(cells.get(1))));
  }

  @Test
  void checksACellWithTheNotebooksOtherCells() throws Exception {
    Files.createDirectories(project.resolve("nb"));
    Files.writeString(project.resolve("nb/pyproject.toml"), "[tool.pyfix]\nselect = [\"F401\"]\n");
    List<String> cells =
        openNotebook(
            project.resolve("nb/m.ipynb"),
            List.of(
                List.of("python", "import os\nimport sys\n"),
                List.of("python", "print(os.sep)\n")));
    // os is used by the second cell; sys by none
    PublishDiagnosticsParams found = client.diagnosticsFor(cells.get(0), 1);
    assertEquals(List.of("F401"), TestClient.codes(found));
    assertEquals(1, found.getDiagnostics().get(0).getRange().getStart().getLine());
  }

  @Test
  void answersAnUnservedMethodWithMethodNotFoundAndABadRangeWithInvalidParams() throws Exception {
    open(SOURCE);
    var texts = client.server.getTextDocumentService();
    var hover = texts.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 0)));
    assertEquals(ResponseErrorCode.MethodNotFound.getValue(), errorCode(hover));
    Range negative = new Range(new Position(-1, 0), new Position(0, 0));
    var actions =
        texts.codeAction(
            new CodeActionParams(
                new TextDocumentIdentifier(uri), negative, new CodeActionContext(List.of())));
    assertEquals(ResponseErrorCode.InvalidParams.getValue(), errorCode(actions));
  }

  @Test
  void ignoresADidOpenWithoutTextWithALogLine() throws Exception {
    TextDocumentItem withoutText = new TextDocumentItem();
    withoutText.setUri(uri);
    withoutText.setLanguageId("python");
    client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(withoutText));
    assertTrue(client.logged.poll(20, TimeUnit.SECONDS).getMessage().contains("ignored"));
    assertTrue(client.shown.isEmpty(), client.shown.toString());
  }

  private static int errorCode(CompletableFuture<?> answer) throws Exception {
    try {
      answer.get(20, TimeUnit.SECONDS);
      throw new AssertionError("answered " + answer);
    } catch (ExecutionException e) {
      return ((ResponseErrorException) e.getCause()).getResponseError().getCode();
    }
  }

  @Test
  void shutdownThenExitEndsWithZero() throws Exception {
    client.server.shutdown().get(20, TimeUnit.SECONDS);
    client.server.exit();
    assertEquals(0, client.exitCode.get(20, TimeUnit.SECONDS));
  }

  private List<CodeAction> actions(Range range, List<String> only) throws Exception {
    CodeActionContext context = new CodeActionContext(List.of());
    context.setOnly(only);
    List<CodeAction> out = new ArrayList<>();
    for (var e :
        client
            .server
            .getTextDocumentService()
            .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context))
            .get(20, TimeUnit.SECONDS)) {
      out.add(e.getRight());
    }
    return out;
  }

  private static CodeAction find(List<CodeAction> actions, String title) {
    return actions.stream()
        .filter(a -> a.getTitle().startsWith(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError(title + " not in " + actions));
  }

  private String apply(String text, CodeAction action) {
    return applyEdits(text, action.getEdit().getChanges().get(uri));
  }

  /** {@code text} after {@code edits}, which do not overlap. */
  static String applyEdits(String text, List<? extends TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(
        Comparator.comparingInt((TextEdit e) -> e.getRange().getStart().getLine())
            .thenComparingInt(e -> e.getRange().getStart().getCharacter())
            .reversed());
    String out = text;
    for (TextEdit e : sorted) {
      Positions positions = new Positions(out);
      int start = positions.offset(e.getRange().getStart());
      int end = positions.offset(e.getRange().getEnd());
      out = out.substring(0, start) + e.getNewText() + out.substring(end);
    }
    return out;
  }

  private static String line(String text, int line) {
    return text.lines().skip(line).findFirst().orElseThrow() + "\n";
  }

  private static FormattingOptions options() {
    return new FormattingOptions(4, true);
  }

  private static List<Diagnostic> sorted(PublishDiagnosticsParams params) {
    List<Diagnostic> out = new ArrayList<>(params.getDiagnostics());
    out.sort(
        Comparator.comparingInt((Diagnostic d) -> d.getRange().getStart().getLine())
            .thenComparingInt(d -> d.getRange().getStart().getCharacter()));
    return out;
  }

  private static List<String> sortedCodes(PublishDiagnosticsParams params) {
    return TestClient.codes(params).stream().sorted().toList();
  }
}
