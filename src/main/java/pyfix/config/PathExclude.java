package pyfix.config;

import java.nio.file.Path;

/** A rule that excludes files and folders from a run: a glob, a regex, a skipped name. */
public interface PathExclude {
  /** Whether {@code path} (absolute), a walked file or folder, is excluded under {@code root}. */
  boolean matches(Path root, Path path);

  /** The rule as written in its settings file. */
  String pattern();
}
