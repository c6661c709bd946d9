package pyfix.fix;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A bug pyfix found in itself while checking or fixing a text: a fixer that threw, a finding
 * outside the text, the parser crashing on a round's output, or fixers that never converge. The
 * exception, when there was one, is kept for {@code --verbose}.
 *
 * @param message what went wrong, naming the rule involved
 * @param cause the exception behind it, or null when nothing was thrown
 */
public record EngineError(String message, Throwable cause) {

  /** An error with no exception behind it. */
  public static EngineError of(String message) {
    return new EngineError(message, null);
  }

  /** The exception's stack trace, or an empty string when there is none. */
  public String stackTrace() {
    if (cause == null) {
      return "";
    }
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  @Override
  public String toString() {
    return message;
  }
}
