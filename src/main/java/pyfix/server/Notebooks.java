package pyfix.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.DidChangeNotebookDocumentParams;
import org.eclipse.lsp4j.DidCloseNotebookDocumentParams;
import org.eclipse.lsp4j.DidOpenNotebookDocumentParams;
import org.eclipse.lsp4j.DidSaveNotebookDocumentParams;
import org.eclipse.lsp4j.NotebookCell;
import org.eclipse.lsp4j.NotebookCellArrayChange;
import org.eclipse.lsp4j.NotebookDocumentChangeEventCellTextContent;
import org.eclipse.lsp4j.NotebookDocumentChangeEventCells;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.NotebookDocumentService;

/**
 * Notebook document sync (LSP 3.17): each code cell is a document of its own, checked together with
 * the notebook's other code cells, in the notebook's order, as {@code pyfix check} checks a
 * notebook, with the notebook's settings; diagnostics, code actions and formatting then work per
 * cell through the text document side.
 */
final class Notebooks implements NotebookDocumentService {
  private final TextDocuments texts;
  private final Documents documents;
  private final Linter linter;
  // notebook URI -> its cells' URIs, to close them with the notebook
  private final Map<String, List<String>> cells = new ConcurrentHashMap<>();

  Notebooks(TextDocuments texts, Documents documents, Linter linter) {
    this.texts = texts;
    this.documents = documents;
    this.linter = linter;
  }

  @Override
  public void didOpen(DidOpenNotebookDocumentParams params) {
    String notebook = params.getNotebookDocument().getUri();
    documents.order(
        notebook,
        params.getNotebookDocument().getCells().stream().map(NotebookCell::getDocument).toList());
    // every cell first: each is checked with the others
    params.getCellTextDocuments().forEach(cell -> openCell(notebook, cell));
    cells.getOrDefault(notebook, List.of()).forEach(uri -> linter.schedule(uri, 0));
  }

  @Override
  public void didChange(DidChangeNotebookDocumentParams params) {
    String notebook = params.getNotebookDocument().getUri();
    NotebookDocumentChangeEventCells change = params.getChange().getCells();
    if (change == null) {
      return;
    }
    if (change.getStructure() != null) {
      NotebookCellArrayChange moved = change.getStructure().getArray();
      if (moved != null) {
        List<String> order = new ArrayList<>(documents.order(notebook));
        int start = Math.min(moved.getStart(), order.size());
        int end = Math.min(start + moved.getDeleteCount(), order.size());
        order.subList(start, end).clear();
        if (moved.getCells() != null) {
          order.addAll(start, moved.getCells().stream().map(NotebookCell::getDocument).toList());
        }
        documents.order(notebook, order);
      }
      List<TextDocumentIdentifier> closed = change.getStructure().getDidClose();
      if (closed != null) {
        closed.forEach(c -> closeCell(notebook, c.getUri()));
      }
      List<TextDocumentItem> opened = change.getStructure().getDidOpen();
      if (opened != null) {
        opened.forEach(c -> openCell(notebook, c));
      }
    }
    if (change.getTextContent() != null) {
      for (NotebookDocumentChangeEventCellTextContent content : change.getTextContent()) {
        String uri = content.getDocument().getUri();
        Document cell = documents.get(uri);
        if (cell != null) {
          documents.put(cell.changed(content.getDocument().getVersion(), content.getChanges()));
        }
      }
    }
    // the cells are checked as one module: a change in one can change another's findings
    cells
        .getOrDefault(notebook, List.of())
        .forEach(uri -> linter.schedule(uri, Linter.DEBOUNCE_MS));
  }

  @Override
  public void didSave(DidSaveNotebookDocumentParams params) {
    cells
        .getOrDefault(params.getNotebookDocument().getUri(), List.of())
        .forEach(uri -> linter.schedule(uri, 0));
  }

  @Override
  public void didClose(DidCloseNotebookDocumentParams params) {
    List<String> open = cells.remove(params.getNotebookDocument().getUri());
    documents.order(params.getNotebookDocument().getUri(), null);
    if (open != null) {
      open.forEach(texts::close);
    }
  }

  private void openCell(String notebook, TextDocumentItem cell) {
    // markdown and raw cells are not Python
    if (cell.getLanguageId() != null && !cell.getLanguageId().equals("python")) {
      return;
    }
    cells.computeIfAbsent(notebook, k -> new CopyOnWriteArrayList<>()).add(cell.getUri());
    documents.put(Document.open(cell.getUri(), cell.getVersion(), cell.getText(), notebook));
  }

  private void closeCell(String notebook, String uri) {
    List<String> open = cells.get(notebook);
    if (open != null) {
      open.remove(uri);
    }
    texts.close(uri);
  }
}
