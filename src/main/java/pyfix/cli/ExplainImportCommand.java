package pyfix.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import pyfix.Pyfix;
import pyfix.config.CommandLineSettings;
import pyfix.config.ProjectSettings;
import pyfix.config.SettingsException;
import pyfix.fix.Settings;

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
    ProjectOptions.declare(spec, false);
    return spec.addPositional(
        PositionalParamSpec.builder()
            .type(String.class)
            .arity("1")
            .paramLabel("MODULE")
            .description("A module name such as os.path, numpy, or a relative one such as .models.")
            .build());
  }

  /**
   * Prints the module's section, as sorted in a file of {@code workingDirectory} under its
   * project's settings, and returns the exit code.
   */
  static int execute(ParseResult parsed, Path workingDirectory) {
    String module = parsed.matchedPositionalValue(0, "");
    CommandLineSettings none = new CommandLineSettings(null, null, List.of(), List.of(), false);
    ProjectSettings project;
    try {
      project =
          new ProjectOptions(parsed)
              .configuration(workingDirectory, none)
              .forFolder(workingDirectory);
    } catch (SettingsException e) {
      parsed
          .commandSpec()
          .commandLine()
          .getErr()
          .print(e.describe(Paths.display(workingDirectory, e.file())) + "\n");
      return 2;
    }
    Settings settings = project.settings();
    StringBuilder b = new StringBuilder(Pyfix.explainImport(module, settings)).append('\n');
    b.append("sorted as ").append(project.importSorter()).append('\n');
    project.importSorterOptions().forEach(o -> b.append("  ").append(o).append('\n'));
    project.warnings().forEach(w -> b.append("warning: ").append(w).append('\n'));
    parsed.commandSpec().commandLine().getOut().print(b);
    return 0;
  }
}
