package pyfix.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The text document side of the protocol: keeps the editor's texts, checks and fixes them. */
final class TextDocuments implements TextDocumentService {
  private final Documents documents;
  private final Linter linter;
  private final Analyzer analyzer;
  private final CodeActions codeActions;

  TextDocuments(Documents documents, Linter linter, Analyzer analyzer, CodeActions codeActions) {
    this.documents = documents;
    this.linter = linter;
    this.analyzer = analyzer;
    this.codeActions = codeActions;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    TextDocumentItem item = params.getTextDocument();
    if (item == null || item.getUri() == null || item.getText() == null) {
      linter.log(MessageType.Warning, "pyfix: didOpen without a uri and a text ignored");
      return;
    }
    if (!isPythonSource(item)) {
      return; // never tracked: changes and requests for it find no document
    }
    open(Document.open(item.getUri(), item.getVersion(), item.getText(), null));
  }

  /**
   * Whether {@code item} is Python source: its language is python, or not given (Neovim sends its
   * filetype, empty when it detects none), and it is no {@code .ipynb}, whose JSON the CLI reads as
   * a notebook; editors open a notebook's cells as notebook cells.
   */
  private static boolean isPythonSource(TextDocumentItem item) {
    String language = item.getLanguageId();
    return (language == null || language.isBlank() || language.equalsIgnoreCase("python"))
        && !item.getUri().endsWith(".ipynb");
  }

  /** Starts tracking {@code document} and checks it at once. */
  void open(Document document) {
    documents.put(document);
    linter.schedule(document.uri(), 0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Document document = documents.get(uri);
    if (document != null && !wellFormed(params.getContentChanges())) {
      linter.log(MessageType.Warning, "pyfix: malformed didChange of " + uri + " ignored");
    } else if (document != null) {
      int version = params.getTextDocument().getVersion();
      documents.put(document.changed(version, params.getContentChanges()));
      linter.schedule(uri, Linter.DEBOUNCE_MS);
    }
  }

  private static boolean wellFormed(List<TextDocumentContentChangeEvent> changes) {
    return changes != null
        && changes.stream()
            .allMatch(
                c ->
                    c.getText() != null && (c.getRange() == null || Positions.valid(c.getRange())));
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    close(params.getTextDocument().getUri());
  }

  /** Stops tracking the document at {@code uri} and clears its diagnostics. */
  void close(String uri) {
    documents.close(uri);
    linter.closed(uri);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    linter.schedule(params.getTextDocument().getUri(), 0);
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    Positions.requireValid(params.getRange());
    return linter.request(
        params.getTextDocument().getUri(),
        List.of(),
        work -> codeActions.of(work.analysis(), params.getRange(), only, work.settings()));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    return linter.request(
        params.getTextDocument().getUri(),
        List.of(),
        work -> {
          Document document = work.analysis().document();
          return analyzer
              .format(document, work.settings())
              .map(text -> TextEdits.between(document.text(), text))
              .orElse(List.of());
        });
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> rangeFormatting(
      DocumentRangeFormattingParams params) {
    Positions.requireValid(params.getRange());
    return linter.request(
        params.getTextDocument().getUri(),
        List.of(),
        work -> {
          Document document = work.analysis().document();
          Positions positions = new Positions(work.analysis().checked());
          int start = positions.offset(params.getRange().getStart());
          int end = positions.offset(params.getRange().getEnd());
          return analyzer
              .formatRange(document, work.settings(), start, end)
              .map(text -> TextEdits.between(document.text(), text))
              .orElse(List.of());
        });
  }
}
