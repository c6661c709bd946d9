package pyfix.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The jar's entry point: runs {@link PyfixCommand} and exits with its code. */
public final class Main {
  private Main() {}

  /** Runs pyfix with {@code args}. */
  public static void main(String[] args) {
    // UTF-8 whatever the locale, so paths and messages are never turned into '?'
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code =
        new PyfixCommand()
            .commandLine(args.length > 0 ? args[0] : null)
            .setOut(out)
            .setErr(err)
            .execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
