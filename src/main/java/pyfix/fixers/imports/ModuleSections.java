package pyfix.fixers.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pyfix.fix.Settings;

/** Decides which section an imported module belongs to, and can say why. */
final class ModuleSections {
  private static final Set<String> STANDARD_LIBRARY = readStandardLibrary();
  // Listing a src folder for every file would cost a directory read per file; folders do not
  // change during a run.
  private static final Map<Path, Set<String>> FOLDER_MODULES = new ConcurrentHashMap<>();

  private ModuleSections() {}

  /** Where {@code module} (dotted, with leading dots when relative) goes, and the reason. */
  record Placement(Section section, String reason) {}

  /** The section of {@code module} under {@code settings}. */
  static Section of(String module, Settings settings) {
    return place(module, settings).section();
  }

  /** The section of {@code module} under {@code settings}, with the rule that decided it. */
  static Placement place(String module, Settings settings) {
    if (module.startsWith(".")) {
      return new Placement(Section.LOCAL, "it is a relative import");
    }
    String top = module.split("\\.", -1)[0];
    if (top.equals("__future__")) {
      return new Placement(Section.FUTURE, "__future__ imports always come first");
    }
    String first = matching(module, settings.knownFirstParty());
    if (first != null) {
      return new Placement(Section.FIRST_PARTY, "known-first-party lists " + first);
    }
    String third = matching(module, settings.knownThirdParty());
    if (third != null) {
      return new Placement(Section.THIRD_PARTY, "known-third-party lists " + third);
    }
    if (STANDARD_LIBRARY.contains(top)) {
      return new Placement(
          Section.STANDARD_LIBRARY,
          top + " is in the standard library of Python 3.8, 3.14 or a version between");
    }
    for (Path folder : settings.src()) {
      if (modulesIn(folder).contains(top)) {
        return new Placement(
            Section.FIRST_PARTY, top + " is a package or module in the src folder " + folder);
      }
    }
    return new Placement(
        Section.THIRD_PARTY,
        top
            + " is neither known-first-party, nor standard library, nor found in a src folder"
            + " "
            + settings.src());
  }

  private static String matching(String module, List<String> known) {
    for (String k : known) {
      if (module.equals(k) || module.startsWith(k + ".")) {
        return k;
      }
    }
    return null;
  }

  private static Set<String> modulesIn(Path folder) {
    return FOLDER_MODULES.computeIfAbsent(
        folder.toAbsolutePath().normalize(), ModuleSections::list);
  }

  private static Set<String> list(Path folder) {
    Set<String> names = new HashSet<>();
    if (!Files.isDirectory(folder)) {
      return names;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
          names.add(name);
        } else if (name.endsWith(".py")) {
          names.add(name.substring(0, name.length() - 3));
        } else if (name.endsWith(".pyi")) {
          names.add(name.substring(0, name.length() - 4));
        }
      }
    } catch (IOException e) {
      // an unreadable folder holds no first-party modules we can know of
      return names;
    }
    return names;
  }

  private static Set<String> readStandardLibrary() {
    Set<String> names = new HashSet<>();
    try (InputStream in =
            ModuleSections.class.getResourceAsStream("/pyfix/imports/stdlib-modules.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
