package pyfix.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A project's excludes, matched against every path a walk meets: the plain names most of them are
 * ({@code .git}, {@code venv}) are one set lookup of the path's last name, the rest are tried in
 * turn.
 */
final class ExcludeMatcher {
  private final Set<String> names = new HashSet<>();
  private final List<PathExclude> others = new ArrayList<>();

  ExcludeMatcher(List<? extends PathExclude> excludes) {
    for (PathExclude e : excludes) {
      String name = e instanceof PathGlob g ? g.literal() : null;
      if (name != null) {
        names.add(name);
      } else {
        others.add(e);
      }
    }
  }

  /** Whether {@code path} (absolute) matches an exclude, anchored ones relative to {@code root}. */
  boolean matches(Path root, Path path) {
    Path name = path.getFileName();
    if (name != null && !names.isEmpty() && names.contains(name.toString())) {
      return true;
    }
    for (PathExclude e : others) {
      if (e.matches(root, path)) {
        return true;
      }
    }
    return false;
  }
}
