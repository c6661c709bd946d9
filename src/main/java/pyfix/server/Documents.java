package pyfix.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The documents open in the editor, by URI; safe for use by several threads. */
final class Documents {
  private final Map<String, Document> open = new ConcurrentHashMap<>();
  private final Map<String, Analysis> analyses = new ConcurrentHashMap<>();
  // notebook URI -> its cells' URIs in the notebook's order, markdown cells included
  private final Map<String, List<String>> notebooks = new ConcurrentHashMap<>();

  void put(Document document) {
    open.put(document.uri(), document);
  }

  /** The document at {@code uri}, or null when it is not open. */
  Document get(String uri) {
    return open.get(uri);
  }

  void close(String uri) {
    open.remove(uri);
    analyses.remove(uri);
  }

  Collection<Document> all() {
    return open.values();
  }

  /** Takes {@code cells}, URIs in order, as the cells of {@code notebook}; null: it closed. */
  void order(String notebook, List<String> cells) {
    if (cells == null) {
      notebooks.remove(notebook);
    } else {
      notebooks.put(notebook, List.copyOf(cells));
    }
  }

  /** The cells of {@code notebook}, URIs in order, markdown cells included. */
  List<String> order(String notebook) {
    return notebooks.getOrDefault(notebook, List.of());
  }

  /** The open code cells of {@code cell}'s notebook, in order, {@code cell} in place of its own. */
  List<Document> cellsWith(Document cell) {
    List<Document> cells = new ArrayList<>();
    for (String uri : order(cell.notebook())) {
      Document d = uri.equals(cell.uri()) ? cell : open.get(uri);
      if (d != null) {
        cells.add(d);
      }
    }
    return cells;
  }

  /** Whether {@code document} is still the open version of its URI. */
  boolean current(Document document) {
    return open.get(document.uri()) == document;
  }

  /** Keeps {@code analysis} for code actions, if its document is still current. */
  void remember(Analysis analysis) {
    if (current(analysis.document())) {
      analyses.put(analysis.document().uri(), analysis);
    }
  }

  /** The kept analysis of exactly {@code document}'s version, or null. */
  Analysis analysisOf(Document document) {
    Analysis a = analyses.get(document.uri());
    return a != null && a.document() == document ? a : null;
  }
}
