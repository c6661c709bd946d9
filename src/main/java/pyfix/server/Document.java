package pyfix.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One open text as the editor has it, saved or not.
 *
 * @param uri the editor's name for it
 * @param version the editor's version, which grows with every change
 * @param text the current text
 * @param file the file whose settings apply (a notebook cell's notebook), or null for a buffer that
 *     is no file
 * @param notebook the URI of the notebook whose code cell the text is, checked with the notebook's
 *     other cells as the CLI checks them; null for a text that is no cell
 */
record Document(String uri, int version, String text, Path file, String notebook) {

  /** A document opened from {@code uri}; {@code notebook} names a cell's notebook, else null. */
  static Document open(String uri, int version, String text, String notebook) {
    return new Document(uri, version, text, pathOf(notebook == null ? uri : notebook), notebook);
  }

  /** Whether the text is a notebook's code cell. */
  boolean cell() {
    return notebook != null;
  }

  /** This document after {@code changes}, in order, at {@code version}. */
  Document changed(int version, List<TextDocumentContentChangeEvent> changes) {
    String current = text;
    for (TextDocumentContentChangeEvent change : changes) {
      Range range = change.getRange();
      if (range == null) {
        current = change.getText();
      } else {
        Positions positions = new Positions(current);
        int start = positions.offset(range.getStart());
        int end = Math.max(start, positions.offset(range.getEnd()));
        current = current.substring(0, start) + change.getText() + current.substring(end);
      }
    }
    return new Document(uri, version, current, file, notebook);
  }

  /** The local file a {@code file:} URI names; null for any other scheme or a malformed URI. */
  static Path pathOf(String uri) {
    try {
      URI parsed = new URI(uri);
      return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
