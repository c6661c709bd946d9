package pyfix.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code fix} verb: fixes files in place. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Fixes files in place and reports what could not be fixed.",
      "Only changed files are written, each in its own encoding, byte order mark and line breaks."
          + " With -, reads source from standard input and writes the fixed source to standard"
          + " output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Everything was fixed, or nothing needed fixing.",
      "1:Findings remain that pyfix cannot fix (or only with --unsafe-fixes).",
      "2:" + PyfixCommand.ERRORS
    })
final class FixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand PyfixCommand root;
  @Mixin RunOptions options;

  @Override
  public Integer call() throws Exception {
    return new Run(Verb.FIX, root, options, spec.commandLine()).execute();
  }
}
