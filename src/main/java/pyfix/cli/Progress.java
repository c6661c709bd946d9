package pyfix.cli;

import java.io.PrintWriter;
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
    boolean terminal = System.console() != null && !"dumb".equals(env.get("TERM"));
    return new Progress(err, total, terminal && !quiet && env.get("CI") == null);
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
