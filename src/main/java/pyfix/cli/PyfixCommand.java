package pyfix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code pyfix} command: its verbs are the subcommands.
 *
 * <p>The tree is built with picocli's programmatic API rather than annotations: reading annotations
 * costs start-up time that {@code pyfix fix -} in an editor cannot spare.
 */
public final class PyfixCommand {
  /** What exit code 2 means, for every verb's help. */
  static final String ERRORS =
      "A usage error, a file that cannot be read or parsed, or an internal error.";

  private static final VersionProvider VERSION = new VersionProvider();

  private final Path workingDirectory;
  private final InputStream stdin;
  private final OutputStream stdout;

  /** A command reading and writing the process's own directory and standard streams. */
  public PyfixCommand() {
    this(Path.of("").toAbsolutePath(), System.in, System.out);
  }

  /**
   * A command that resolves relative paths against {@code workingDirectory} and, for the path
   * {@code -}, reads {@code stdin} and writes fixed source as bytes to {@code stdout}, where diffs
   * go too.
   */
  public PyfixCommand(Path workingDirectory, InputStream stdin, OutputStream stdout) {
    this.workingDirectory = workingDirectory;
    this.stdin = stdin;
    this.stdout = stdout;
  }

  /** A command line that parses arguments for this command and runs the verb they name. */
  public CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The same, declaring only the subcommand {@code first} names when it names one: the others'
   * options cost start-up time that a run of one verb never uses.
   */
  public CommandLine commandLine(String first) {
    CommandSpec root =
        command(
            "pyfix",
            "Fixes Python source code against a style guide, changing only the places that"
                + " break it.");
    exitCodes(
        root,
        "Nothing to report: no findings remain and the diff is empty.",
        "Findings remain (check, fix) or files would change (diff).",
        "A usage error, a file that cannot be read (or, for fix and diff, parsed), or an"
            + " internal error.");
    Map<String, Supplier<CommandSpec>> subcommands = new LinkedHashMap<>();
    for (Verb verb : Verb.values()) {
      subcommands.put(verb.command(), () -> ReportOptions.declare(verb, verb.spec()));
    }
    subcommands.put(RulesCommand.NAME, RulesCommand::spec);
    subcommands.put(ExplainCommand.NAME, ExplainCommand::spec);
    subcommands.put(SettingsCommand.NAME, SettingsCommand::spec);
    subcommands.put(ExplainImportCommand.NAME, ExplainImportCommand::spec);
    subcommands.put(ServerCommand.NAME, ServerCommand::spec);
    subcommands.put(CleanCommand.NAME, CleanCommand::spec);
    subcommands.put(HelpCommand.NAME, HelpCommand::spec);
    // `help VERB` needs the verb it explains
    boolean one = subcommands.containsKey(first) && !first.equals(HelpCommand.NAME);
    subcommands.forEach(
        (name, spec) -> {
          if (!one || name.equals(first)) {
            root.addSubcommand(name, spec.get());
          }
        });
    // an option given twice takes the last value, as in Ruff and Black (--line-length, -q -q)
    return new CommandLine(root)
        .setOverwrittenOptionsAllowed(true)
        .setExecutionStrategy(new Execution())
        .setParameterExceptionHandler(new UsageError());
  }

  /**
   * Prints a usage error as one line and where to find help, not the whole help, and exits with 2.
   * A class, not a lambda, for the CDS archive (see {@link Execution}).
   */
  private static final class UsageError implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      String line = e.getMessage() == null ? "invalid arguments" : e.getMessage().strip();
      if (e instanceof UnmatchedArgumentException unmatched) {
        List<String> suggestions = unmatched.getSuggestions();
        if (!suggestions.isEmpty()) {
          line += " (did you mean " + String.join(" or ", suggestions) + "?)";
        }
      }
      err.print("error: " + line + "\n");
      err.print("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.\n");
      err.flush();
      return 2;
    }
  }

  /** A command named {@code name} with {@code -h}, {@code -V} and {@code description}. */
  static CommandSpec command(String name, String... description) {
    CommandSpec spec = CommandSpec.create().name(name).versionProvider(VERSION);
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .type(boolean.class)
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .type(boolean.class)
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    spec.usageMessage().description(description);
    return spec;
  }

  /** Adds the exit codes to {@code spec}'s help: what 0, 1 and 2 mean for it. */
  static CommandSpec exitCodes(CommandSpec spec, String zero, String one, String two) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", zero);
    codes.put("1", one);
    codes.put("2", two);
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    return spec;
  }

  /**
   * Prints the help a parse asks for, or runs the verb it names. A class, not a method reference:
   * CDS cannot archive a lambda of picocli's interfaces (old class file version), nor then
   * picocli's default strategy, which shares the interface.
   */
  private final class Execution implements IExecutionStrategy {
    @Override
    public int execute(ParseResult parsed) {
      // in the order picocli's own executeHelpRequest checks them
      for (CommandLine command : parsed.asCommandLineList()) {
        if (command.isUsageHelpRequested()) {
          command.usage(command.getOut());
          return 0;
        }
        if (command.isVersionHelpRequested()) {
          command.printVersionHelp(command.getOut());
          return 0;
        }
        if (command.getCommandSpec().helpCommand()) {
          return HelpCommand.execute(command.getParseResult());
        }
      }
      ParseResult verb = parsed.subcommand();
      if (verb == null) {
        throw new ParameterException(
            parsed.commandSpec().commandLine(), "Missing required subcommand");
      }
      try {
        return run(verb);
      } catch (IOException | InterruptedException e) {
        throw new ExecutionException(verb.commandSpec().commandLine(), e.toString(), e);
      }
    }

    private int run(ParseResult verb) throws IOException, InterruptedException {
      String name = verb.commandSpec().name();
      if (name.equals(RulesCommand.NAME)) {
        return RulesCommand.execute(verb);
      }
      if (name.equals(ExplainCommand.NAME)) {
        return ExplainCommand.execute(verb);
      }
      if (name.equals(SettingsCommand.NAME)) {
        return SettingsCommand.execute(verb, workingDirectory);
      }
      if (name.equals(ExplainImportCommand.NAME)) {
        return ExplainImportCommand.execute(verb, workingDirectory);
      }
      if (name.equals(CleanCommand.NAME)) {
        return CleanCommand.execute(verb, workingDirectory, System.getenv());
      }
      if (name.equals(ServerCommand.NAME)) {
        return ServerCommand.execute(workingDirectory, stdin, stdout);
      }
      CommandLine commandLine = verb.commandSpec().commandLine();
      Verb run = Verb.valueOf(name.toUpperCase(Locale.ROOT)).effective(verb);
      return new Run(run, PyfixCommand.this, new RunOptions(verb), commandLine).execute();
    }
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  InputStream stdin() {
    return stdin;
  }

  /** Where {@code fix -} writes the fixed source and {@code diff} its patches, as raw bytes. */
  OutputStream stdout() {
    return stdout;
  }
}
