package pyfix.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import pyfix.Pyfix;
import pyfix.config.CommandLineSettings;
import pyfix.config.Configuration;

/** The {@code explain-import} verb: says which import section a module is sorted into, and why. */
final class ExplainImportCommand {
  /** The verb as typed on the command line. */
  static final String NAME = "explain-import";

  private ExplainImportCommand() {}

  /** The verb's command: its help and the {@code MODULE}. */
  static CommandSpec spec() {
    CommandSpec spec =
        PyfixCommand.command(
            NAME,
            "Says which section I001 sorts an imported module into (future, standard library,"
                + " third party, first party, local), and which rule decided it.");
    return spec.addPositional(
        PositionalParamSpec.builder()
            .type(String.class)
            .arity("1")
            .paramLabel("MODULE")
            .description("A module name such as os.path, numpy, or a relative one such as .models.")
            .build());
  }

  /** Prints the module's section and returns the exit code. */
  static int execute(ParseResult parsed) {
    String module = parsed.matchedPositionalValue(0, "");
    var settings =
        Configuration.resolve(new CommandLineSettings(null, null, List.of(), List.of(), false));
    parsed.commandSpec().commandLine().getOut().print(Pyfix.explainImport(module, settings) + "\n");
    return 0;
  }
}
