package pyfix.server;

import java.util.List;
import pyfix.fix.Finding;
import pyfix.source.SourceException;

/**
 * What checking one version of a document found.
 *
 * @param document the document as it was checked
 * @param checked the text pyfix checked: the document's, or a cell's with its IPython lines masked;
 *     lines and columns outside masked lines are the document's
 * @param findings the findings, offsets into {@code checked}
 * @param error why the text could not be checked (it does not parse), or null
 */
record Analysis(Document document, String checked, List<Finding> findings, SourceException error) {

  /** Copies the list. */
  Analysis {
    findings = List.copyOf(findings);
  }
}
