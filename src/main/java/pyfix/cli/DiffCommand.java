package pyfix.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code diff} verb: prints what {@code fix} would change as a unified diff. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the changes fix would make as a unified diff; changes nothing.",
      "The diff applies with git apply or patch -p1."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:Nothing would change.", "1:Files would change.", "2:" + PyfixCommand.ERRORS})
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand PyfixCommand root;
  @Mixin RunOptions options;

  @Override
  public Integer call() throws Exception {
    return new Run(Verb.DIFF, root, options, spec.commandLine()).execute();
  }
}
