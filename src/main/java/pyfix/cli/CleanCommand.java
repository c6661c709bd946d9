package pyfix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import pyfix.config.CommandLineSettings;
import pyfix.config.SettingsException;
import pyfix.files.IoErrors;
import pyfix.files.ResultCache;

/** The {@code clean} verb: removes the cache of the project in the working directory. */
final class CleanCommand {
  /** The verb as typed on the command line. */
  static final String NAME = "clean";

  private CleanCommand() {}

  /** The verb's command and its options. */
  static CommandSpec spec() {
    CommandSpec spec =
        PyfixCommand.command(
            NAME,
            "Removes the project's cache: .pyfix_cache, or the folder that cache-dir,"
                + " --cache-dir or PYFIX_CACHE_DIR names.");
    ProjectOptions.declare(spec, false);
    return spec.addOption(
        OptionSpec.builder("--cache-dir")
            .type(String.class)
            .paramLabel("DIR")
            .description("Remove the cache in DIR too.")
            .build());
  }

  /** Removes the caches and returns the exit code. */
  static int execute(ParseResult parsed, Path workingDirectory, Map<String, String> environment) {
    PrintWriter out = parsed.commandSpec().commandLine().getOut();
    PrintWriter err = parsed.commandSpec().commandLine().getErr();
    CommandLineSettings none = new CommandLineSettings(null, null, List.of(), List.of(), false);
    Set<Path> folders = new LinkedHashSet<>();
    try {
      folders.add(
          new ProjectOptions(parsed)
              .configuration(workingDirectory, none)
              .forFolder(workingDirectory)
              .cacheDir());
    } catch (SettingsException e) {
      err.print(e.describe(Paths.display(workingDirectory, e.file())) + "\n");
      err.flush();
      return 2;
    }
    for (String given :
        new String[] {
          parsed.matchedOptionValue("--cache-dir", null), environment.get("PYFIX_CACHE_DIR")
        }) {
      if (given != null && !given.isEmpty()) {
        folders.add(workingDirectory.resolve(given).normalize());
      }
    }
    int exit = 0;
    for (Path folder : folders) {
      String shown = Paths.display(workingDirectory, folder);
      try {
        if (ResultCache.clean(folder)) {
          out.print("Removed " + shown + "\n");
        }
      } catch (IOException e) {
        err.print(shown + ": error: cannot remove: " + IoErrors.describe(e) + "\n");
        exit = 2;
      }
    }
    out.flush();
    err.flush();
    return exit;
  }
}
