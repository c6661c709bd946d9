package pyfix.fixers.imports;

import java.util.Set;

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
          "__phello__");

  /**
   * Standard-library modules that are missing on some platform, build or Python version: only
   * Windows or only Unix, optional in a build, added after 3.8 or removed by 3.13. Importing one
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
          // added after 3.8, or removed by 3.13
          "zoneinfo",
          "graphlib",
          "tomllib",
          "dbm.sqlite3",
          "imp",
          "asynchat",
          "asyncore",
          "smtpd",
          "distutils",
          "aifc",
          "audioop",
          "cgi",
          "cgitb",
          "chunk",
          "imghdr",
          "mailcap",
          "nntplib",
          "pipes",
          "sndhdr",
          "sunau",
          "telnetlib",
          "uu",
          "xdrlib",
          "lib2to3");

  private ImportEffects() {}

  /** Whether importing {@code module} (dotted) may fail on another platform, build or Python. */
  static boolean mayFail(String module) {
    String[] parts = module.split("\\.", -1);
    return MAY_BE_MISSING.contains(parts[0])
        || parts.length > 1 && MAY_BE_MISSING.contains(parts[0] + "." + parts[1]);
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
