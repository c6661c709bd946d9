package pyfix.fixers.common;

import pyfix.fix.Edit;
import pyfix.parse.ParsedFile;
import pyfix.semantic.Importer;

/** The edit a fix that names an imported member must carry. */
public final class ImportEdit {
  private ImportEdit() {}

  /**
   * The import {@code imported} adds; for an import reused that nothing reads yet, an edit that
   * writes it unchanged, so that F401's removal of it cannot land in the same round (the engine
   * applies no two overlapping fixes in one round); null when neither is needed.
   */
  public static Edit of(Importer.Imported imported, ParsedFile file) {
    if (!imported.insertion().isEmpty()) {
      return Edit.insert(imported.offset(), imported.insertion());
    }
    if (imported.keptStart() < 0) {
      return null;
    }
    return new Edit(
        imported.keptStart(),
        imported.keptEnd(),
        file.text().substring(imported.keptStart(), imported.keptEnd()));
  }
}
