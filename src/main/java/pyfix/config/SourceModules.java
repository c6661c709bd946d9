package pyfix.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * First-party discovery for I001: the top-level packages and modules in a project's {@code src}
 * folders, listed once per project so that the rule reads no folders itself.
 */
final class SourceModules {
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  /**
   * The first line of a pyfix cache folder's {@code .gitignore} (CacheCliTest keeps both equal).
   */
  private static final String CACHE_MARKER = "# Created by pyfix automatically.\n";

  private SourceModules() {}

  /**
   * Each top-level package or module in {@code folders}, with the first folder that holds it; with
   * {@code folderItself}, as isort finds them, a folder also makes its own name first party (isort
   * asks whether the module is the src path itself after looking inside it).
   */
  static Map<String, Path> in(List<Path> folders, boolean folderItself) {
    Map<String, Path> modules = new LinkedHashMap<>();
    for (Path folder : folders) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          boolean isFolder = Files.isDirectory(entry);
          String name = moduleName(entry, isFolder);
          // .git, .pyfix_cache or my-scripts can never be imported, so never decide a section;
          // nor can a cache folder, which would otherwise change the settings it is keyed on
          if (name != null && IDENTIFIER.matcher(name).matches() && !(isFolder && isCache(entry))) {
            modules.putIfAbsent(name, folder);
          }
        }
      } catch (IOException e) {
        // a missing or unreadable folder holds no first-party modules we can know of
      }
      Path own = folder.getFileName();
      if (folderItself
          && own != null
          && IDENTIFIER.matcher(own.toString()).matches()
          && Files.isDirectory(folder)) {
        modules.putIfAbsent(own.toString(), folder);
      }
    }
    return modules;
  }

  /**
   * Whether {@code folder} is a pyfix cache: it holds the {@code .gitignore} that {@code
   * pyfix.files.ResultCache} writes, which starts with {@link #CACHE_MARKER}.
   */
  private static boolean isCache(Path folder) {
    Path ignore = folder.resolve(".gitignore");
    try {
      return Files.isRegularFile(ignore) && Files.readString(ignore).startsWith(CACHE_MARKER);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String moduleName(Path entry, boolean isFolder) {
    String name = entry.getFileName().toString();
    if (isFolder) {
      return name;
    } else if (name.endsWith(".py")) {
      return name.substring(0, name.length() - 3);
    } else if (name.endsWith(".pyi")) {
      return name.substring(0, name.length() - 4);
    }
    return null;
  }
}
