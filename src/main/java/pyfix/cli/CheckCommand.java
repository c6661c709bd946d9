package pyfix.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code check} verb: reports findings without changing files. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reports the places that break the style guide; changes nothing.",
      "Prints path:line:col: CODE message for each finding, [*] where a fix is available."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:No findings.", "1:Findings were reported.", "2:" + PyfixCommand.ERRORS})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand PyfixCommand root;
  @Mixin RunOptions options;

  @Override
  public Integer call() throws Exception {
    return new Run(Verb.CHECK, root, options, spec.commandLine()).execute();
  }
}
