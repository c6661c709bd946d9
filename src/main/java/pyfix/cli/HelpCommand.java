package pyfix.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code help} verb: prints the help of pyfix or of one of its verbs. */
final class HelpCommand {
  /** The verb as typed on the command line. */
  static final String NAME = "help";

  private HelpCommand() {}

  /** The verb's command: a help command, so its parent's usage checks do not apply. */
  static CommandSpec spec() {
    CommandSpec spec = CommandSpec.create().name(NAME).helpCommand(true);
    spec.usageMessage()
        .header("Display help information about the specified command.")
        .synopsisHeading("%nUsage: ")
        .description(
            "%nWhen no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.%n");
    return spec.addOption(
            OptionSpec.builder("-h", "--help")
                .type(boolean.class)
                .usageHelp(true)
                .description("Show usage help for the help command and exit.")
                .build())
        .addPositional(
            PositionalParamSpec.builder()
                .type(String.class)
                .arity("0..1")
                .paramLabel("COMMAND")
                .description("The COMMAND to display the usage help message for.")
                .build());
  }

  /** Prints the help {@code parsed} names and returns the exit code. */
  static int execute(ParseResult parsed) {
    CommandLine parent = parsed.commandSpec().commandLine().getParent();
    String command = parsed.matchedPositionalValue(0, null);
    if (command == null) {
      parent.usage(parent.getOut());
      return 0;
    }
    CommandLine verb = parent.getSubcommands().get(command);
    if (verb == null) {
      throw new ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
    }
    verb.usage(parent.getOut());
    return 0;
  }
}
