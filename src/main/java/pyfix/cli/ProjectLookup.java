package pyfix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pyfix.config.Configuration;
import pyfix.config.ProjectSettings;
import pyfix.config.SettingsException;
import pyfix.files.SourceFinder;

/**
 * Applies each project's excludes while files are found, and keeps the settings errors met on the
 * way, so that the run can stop before it touches a file.
 */
final class ProjectLookup implements SourceFinder.Excludes {
  private final Configuration configuration;
  private final boolean forceExclude;
  private final List<SettingsException> errors = new ArrayList<>();
  private final Set<ProjectSettings> seen = Collections.newSetFromMap(new LinkedHashMap<>());
  private final Set<String> warnings = new LinkedHashSet<>();

  ProjectLookup(Configuration configuration, boolean forceExclude) {
    this.configuration = configuration;
    this.forceExclude = forceExclude;
  }

  @Override
  public boolean walked(Path path) {
    ProjectSettings project = projectOf(path);
    return project == null || project.excluded(path);
  }

  @Override
  public boolean named(Path path) {
    if (!forceExclude) {
      return false;
    }
    ProjectSettings project = projectOf(path);
    return project == null || project.excludedWithParents(path);
  }

  /**
   * Reads the settings for a path named on the command line, so that a bad settings file stops the
   * run even where no Python file is found; returns its project, or null when there is none to read
   * (the error, if any, kept).
   */
  ProjectSettings readSettingsOf(String given, Path workingDirectory) {
    Path path;
    try {
      path = workingDirectory.resolve(given).normalize();
    } catch (InvalidPathException e) {
      return null; // the finder reports a name it cannot encode
    }
    try {
      return Files.isDirectory(path)
          ? configuration.forFolder(path.toRealPath())
          : configuration.forFile(path.toAbsolutePath());
    } catch (SettingsException e) {
      keep(e);
    } catch (IOException e) {
      // the finder reports a path it cannot reach
    }
    return null;
  }

  /** The project of {@code file}; null, with the error kept, when its settings are bad. */
  ProjectSettings projectOf(Path file) {
    try {
      ProjectSettings project = configuration.forFile(file);
      if (seen.add(project)) {
        warnings.addAll(project.warnings());
      }
      return project;
    } catch (SettingsException e) {
      keep(e);
      return null;
    }
  }

  private void keep(SettingsException e) {
    if (errors.stream().noneMatch(known -> known.file().equals(e.file()))) {
      errors.add(e);
    }
  }

  /** Every project met so far, in the order met. */
  List<ProjectSettings> projects() {
    return List.copyOf(seen);
  }

  /** The warnings of every project met so far, each once, in the order met. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The settings errors met so far, one per settings file. */
  List<SettingsException> errors() {
    return List.copyOf(errors);
  }
}
