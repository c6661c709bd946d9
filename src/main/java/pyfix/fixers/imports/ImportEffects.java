package pyfix.fixers.imports;

import java.util.Set;
import pyfix.semantic.StandardLibrary;

/** Whether importing a module may do something a program relies on, beyond binding names. */
final class ImportEffects {
  // standard-library modules imported for what importing them does
  private static final Set<String> SIDE_EFFECTS =
      Set.of(
          "readline",
          "rlcompleter",
          "antigravity",
          "this",
          "site",
          "sitecustomize",
          "usercustomize",
          "encodings",
          "idlelib",
          "turtledemo",
          "__hello__",
          "__phello__",
          // deprecated: importing one warns
          "sre_compile",
          "sre_constants",
          "sre_parse");

  /**
   * Standard-library modules that are missing on some platform or build, or that are submodules
   * added after 3.8 (top-level modules missing from some version are read from {@link
   * StandardLibrary#inEveryVersion}): only Windows or only Unix, optional in a build. Importing one
   * can fail, and a program may rely on that to learn what it runs on ({@code def has_toml():
   * import tomllib}).
   */
  private static final Set<String> MAY_BE_MISSING =
      Set.of(
          // Windows only
          "msvcrt",
          "winreg",
          "winsound",
          "_winapi",
          "nt",
          "_overlapped",
          "msilib",
          "_msi",
          // Unix only
          "fcntl",
          "termios",
          "tty",
          "pty",
          "pwd",
          "grp",
          "spwd",
          "crypt",
          "_crypt",
          "resource",
          "posix",
          "nis",
          "syslog",
          "ossaudiodev",
          "_posixsubprocess",
          "_posixshmem",
          "curses",
          "_curses",
          "_curses_panel",
          "dbm.gnu",
          "dbm.ndbm",
          "_gdbm",
          "_dbm",
          // optional in a build
          "ssl",
          "_ssl",
          "_hashlib",
          "tkinter",
          "_tkinter",
          "turtle",
          "sqlite3",
          "_sqlite3",
          "lzma",
          "_lzma",
          "bz2",
          "_bz2",
          "zlib",
          "ctypes",
          "_ctypes",
          "_uuid",
          "_decimal",
          "_testcapi",
          // submodules added after 3.8
          "dbm.sqlite3",
          "asyncio.mixins",
          "asyncio.taskgroups",
          "asyncio.timeouts",
          "importlib.readers",
          "importlib.simple",
          "importlib.resources.abc",
          "wsgiref.types",
          "zipfile._path",
          "string.templatelib",
          "concurrent.interpreters",
          // submodules removed since 3.8
          "unittest.test",
          "xml.etree.cElementTree");

  private ImportEffects() {}

  /** Whether importing {@code module} (dotted) may fail on another platform, build or Python. */
  static boolean mayFail(String module) {
    String[] parts = module.split("\\.", -1);
    return MAY_BE_MISSING.contains(parts[0])
        || parts.length > 1 && MAY_BE_MISSING.contains(parts[0] + "." + parts[1])
        || parts.length > 2 && MAY_BE_MISSING.contains(parts[0] + "." + parts[1] + "." + parts[2])
        || ModuleSections.inStandardLibrary(module) && !StandardLibrary.inEveryVersion(module);
  }

  /**
   * Whether importing {@code module} (dotted, with leading dots when relative) may have effects:
   * anything outside the standard library, and the standard-library modules imported for their
   * effect.
   */
  static boolean mayMatter(String module) {
    if (!ModuleSections.inStandardLibrary(module)) {
      return true;
    }
    for (String part : module.split("\\.", -1)) {
      if (part.equals("__main__")) {
        return true;
      }
    }
    return SIDE_EFFECTS.contains(module.split("\\.", -1)[0]);
  }
}
