package pyfix.cli;

import pyfix.fix.DroppedFix;
import pyfix.fix.EngineError;
import pyfix.fix.FileResult;

/** The standard-error lines for what the engine reports besides findings. */
final class EngineMessages {
  private EngineMessages() {}

  /** {@code at: warning: ...} for each fix dropped in {@code result}. */
  static String warnings(String at, FileResult result) {
    StringBuilder out = new StringBuilder();
    for (DroppedFix d : result.dropped()) {
      out.append(warning(at, d));
    }
    return out.toString();
  }

  /** {@code at:line:column: warning: ...} for {@code d}, with its line break. */
  static String warning(String at, DroppedFix d) {
    return at
        + ':'
        + d.line()
        + ':'
        + d.column()
        + ": warning: "
        + d.code()
        + " fix dropped: "
        + d.reason()
        + "; the other fixes were applied\n";
  }

  /** {@code at: error: internal error: ...} for each internal error in {@code result}. */
  static String errors(String at, FileResult result, boolean verbose) {
    StringBuilder out = new StringBuilder();
    for (EngineError e : result.internalErrors()) {
      out.append(at).append(": error: internal error: ").append(e.message()).append('\n');
      if (verbose) {
        out.append(e.stackTrace());
      }
    }
    return out.toString();
  }

  /** The line for an exception that escaped the engine, with its trace when {@code verbose}. */
  static String crash(String at, Throwable e, boolean verbose) {
    String line = at + ": error: internal error: " + e;
    return verbose ? line + "\n" + new EngineError(line, e).stackTrace().stripTrailing() : line;
  }
}
