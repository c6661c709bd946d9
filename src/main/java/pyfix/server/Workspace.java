package pyfix.server;

import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;
import pyfix.config.Configuration;

/** The workspace side: settings from the editor and changed settings files. */
final class Workspace implements WorkspaceService {
  /**
   * The files whose change means every document is checked again with fresh settings: pyfix's and
   * every other tool's whose settings pyfix adopts.
   */
  static final List<String> SETTINGS_FILES = Configuration.ALL_FILE_NAMES;

  private final DocumentSettings settings;
  private final Linter linter;

  Workspace(DocumentSettings settings, Linter linter) {
    this.settings = settings;
    this.linter = linter;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // editors send this on their own, for other tools too: keep the options until pyfix's change
    if (!EditorOptions.carriesSettings(params.getSettings())) {
      return;
    }
    settings.override(EditorOptions.read(params.getSettings(), linter::warn));
    linter.scheduleAll();
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    boolean settingsChanged =
        params.getChanges().stream()
            .map(c -> Document.pathOf(c.getUri()))
            .anyMatch(p -> p != null && SETTINGS_FILES.contains(String.valueOf(p.getFileName())));
    if (settingsChanged) {
      settings.reload();
      linter.scheduleAll();
    }
  }
}
