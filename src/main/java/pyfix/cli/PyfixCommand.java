package pyfix.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code pyfix} command: its verbs are the subcommands. */
@Command(
    name = "pyfix",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Fixes Python source code against a style guide, changing only the places that break it."
    },
    subcommands = {
      CheckCommand.class,
      FixCommand.class,
      DiffCommand.class,
      ExplainCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Nothing to report: no findings remain and the diff is empty.",
      "1:Findings remain (check, fix) or files would change (diff).",
      "2:" + PyfixCommand.ERRORS
    })
public final class PyfixCommand {
  /** What exit code 2 means, for every verb's help. */
  static final String ERRORS =
      "A usage error, a file that cannot be read or parsed, or an internal error.";

  private final Path workingDirectory;
  private final InputStream stdin;
  private final OutputStream stdout;

  /** A command reading and writing the process's own directory and standard streams. */
  public PyfixCommand() {
    this(Path.of("").toAbsolutePath(), System.in, System.out);
  }

  /**
   * A command that resolves relative paths against {@code workingDirectory} and, for the path
   * {@code -}, reads {@code stdin} and writes fixed source as bytes to {@code stdout}.
   */
  public PyfixCommand(Path workingDirectory, InputStream stdin, OutputStream stdout) {
    this.workingDirectory = workingDirectory;
    this.stdin = stdin;
    this.stdout = stdout;
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  InputStream stdin() {
    return stdin;
  }

  /** Where {@code fix -} writes the fixed source, encoded as it was read. */
  OutputStream stdout() {
    return stdout;
  }
}
