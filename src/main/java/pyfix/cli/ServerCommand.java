package pyfix.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import pyfix.server.PyfixServer;

/** The {@code server} verb: a language server for editors on standard input and output. */
final class ServerCommand {
  /** The verb as typed on the command line. */
  static final String NAME = "server";

  private ServerCommand() {}

  /** The verb's command: its help only. */
  static CommandSpec spec() {
    return PyfixCommand.exitCodes(
        PyfixCommand.command(
            NAME,
            "Runs a Language Server Protocol server on standard input and output, for editors.",
            "Diagnostics as you type, quick fixes, fix all (source.fixAll.pyfix), sort imports"
                + " (source.organizeImports.pyfix), and formatting that applies the SAFE fixes."
                + " Settings come from each file's project as for check; the editor's"
                + " initialization options may set select, ignore, lineLength and unsafeFixes."),
        "The editor asked the server to shut down, then to exit.",
        "The editor exited without asking the server to shut down first.",
        PyfixCommand.ERRORS);
  }

  /** Serves until the editor ends the session; returns the exit code the protocol asks for. */
  static int execute(Path workingDirectory, InputStream in, OutputStream out)
      throws InterruptedException {
    if (out == System.out) {
      System.setOut(System.err); // a stray print would corrupt the protocol's stream
    }
    return PyfixServer.run(workingDirectory, in, out);
  }
}
