package pyfix.cli;

import java.nio.file.Path;

/** Shows paths the way a user in the working directory names them. */
final class Paths {
  private Paths() {}

  /** {@code path} relative to {@code workingDirectory} when below it, else absolute. */
  static String display(Path workingDirectory, Path path) {
    Path cwd = workingDirectory.toAbsolutePath().normalize();
    Path p = path.toAbsolutePath().normalize();
    if (!p.startsWith(cwd)) {
      return p.toString();
    }
    String relative = cwd.relativize(p).toString();
    return relative.isEmpty() ? "." : relative;
  }
}
