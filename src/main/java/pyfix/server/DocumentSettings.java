package pyfix.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import pyfix.config.CommandLineSettings;
import pyfix.config.Configuration;
import pyfix.config.ProjectSettings;
import pyfix.config.SettingsException;
import pyfix.fix.Settings;
import pyfix.fixers.Fixers;

/**
 * The settings of each document: its project's settings file, found as the CLI finds it, under the
 * editor's options. Read again when the editor's options change, when the editor reports a settings
 * file changed, and when a settings file already read has a new modification time (for editors that
 * do not watch files). Safe for use by several threads.
 */
final class DocumentSettings {
  private Path root;
  private final Consumer<String> warn;
  private CommandLineSettings overrides = EditorOptions.NONE;
  private Configuration configuration;
  private final Map<Path, FileTime> read = new HashMap<>();
  private final Set<String> reported = new HashSet<>();

  /** Settings for a workspace at {@code root}; problems with settings files go to {@code warn}. */
  DocumentSettings(Path root, Consumer<String> warn) {
    this.root = root;
    this.warn = warn;
    this.configuration = configuration();
  }

  /** Takes {@code root} as the workspace folder from now on. */
  synchronized void root(Path root) {
    this.root = root;
    reload();
  }

  /** Uses {@code overrides} from now on. */
  synchronized void override(CommandLineSettings overrides) {
    this.overrides = overrides;
    reload();
  }

  /** Forgets every settings file read, so they are read again. */
  synchronized void reload() {
    configuration = configuration();
    read.clear();
    reported.clear();
  }

  /**
   * The settings for {@code document}; empty when its project excludes its file. A bad settings
   * file is reported once, and the defaults with the editor's options stand in for it.
   */
  synchronized Optional<Settings> of(Document document) {
    if (read.entrySet().stream().anyMatch(e -> !e.getValue().equals(modified(e.getKey())))) {
      reload();
    }
    Path file = document.file();
    try {
      ProjectSettings project =
          file == null ? configuration.forFolder(root) : configuration.forFile(file);
      project.filesRead().forEach(f -> read.putIfAbsent(f, modified(f)));
      if (file != null && project.excludedWithParents(file)) {
        return Optional.empty();
      }
      return Optional.of(
          file == null ? project.settings() : project.settingsFor(file).forFile(file.toString()));
    } catch (SettingsException e) {
      read.putIfAbsent(e.file(), modified(e.file()));
      String message = e.describe(e.file().toString());
      if (reported.add(message)) {
        warn.accept(message + " (pyfix uses its defaults until this is fixed)");
      }
      try {
        Settings defaults = isolated().forFolder(root).settings();
        return Optional.of(file == null ? defaults : defaults.forFile(file.toString()));
      } catch (SettingsException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }

  private Configuration configuration() {
    return new Configuration(root, overrides, null, false, DocumentSettings::knownSelector);
  }

  private Configuration isolated() {
    return new Configuration(root, overrides, null, true, DocumentSettings::knownSelector);
  }

  private static boolean knownSelector(String selector) {
    return Fixers.known(selector);
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0); // gone: any later file differs
    }
  }
}
