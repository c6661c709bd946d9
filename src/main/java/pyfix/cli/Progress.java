package pyfix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code done/total files} on standard error while a long run goes on: only on a terminal, never in
 * pipes or CI logs, and only after a second, so that short runs print nothing extra. The line is
 * cleared before anything else is printed.
 */
final class Progress {
  private static final long DELAY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean on;
  private final long start = System.nanoTime();
  private boolean shown;

  private Progress(PrintWriter err, int total, boolean on) {
    this.err = err;
    this.total = total;
    this.on = on;
  }

  /** Progress over {@code total} files, on only on a terminal outside CI and when not quiet. */
  static Progress of(PrintWriter err, int total, boolean quiet) {
    Map<String, String> env = System.getenv();
    boolean terminal = stderrIsTerminal() && !"dumb".equals(env.get("TERM"));
    return new Progress(err, total, terminal && !quiet && env.get("CI") == null);
  }

  /**
   * Whether standard error is a terminal, whatever standard input and output are ({@code pyfix
   * check > report.txt} still shows progress; {@code 2> log} does not). Java cannot ask, so: what
   * {@code scripts/pyfix} found ({@code -Dpyfix.stderr.terminal}), else Linux's {@code
   * /proc/self/fd/2}, else whether the JVM has a console (standard input and output are terminals).
   */
  private static boolean stderrIsTerminal() {
    String told = System.getProperty("pyfix.stderr.terminal");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Shows that {@code done} files are done, once the run has lasted a second. */
  void show(int done) {
    if (on && System.nanoTime() - start > DELAY_NANOS) {
      err.print("\r" + done + "/" + total + " files");
      err.flush();
      shown = true;
    }
  }

  /** Removes the progress line, before output or at the end. */
  void clear() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
      shown = false;
    }
  }
}
