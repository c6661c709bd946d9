package pyfix.cli;

import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import pyfix.fix.Fixer;
import pyfix.fix.RuleMetadata;
import pyfix.fixers.Fixers;

/** The {@code rules} verb: lists every rule with its name, fix safety and kind. */
final class RulesCommand {
  /** The verb as typed on the command line. */
  static final String NAME = "rules";

  private RulesCommand() {}

  /** The verb's command: its help only. */
  static CommandSpec spec() {
    return PyfixCommand.command(
        NAME,
        "Lists every rule with its name, fix safety and kind.",
        "FIXES is SAFE, or UNSAFE when some fixes are applied only with --unsafe-fixes. KIND is"
            + " LAYOUT when the rule changes only layout, SEMANTIC when it changes the code. pyfix"
            + " explain CODE prints a rule's document.");
  }

  /** Prints the table and returns 0. */
  static int execute(ParseResult parsed) {
    parsed.commandSpec().commandLine().getOut().print(table(Fixers.ALL));
    return 0;
  }

  /** A header and one row per rule, by code, in aligned columns. */
  static String table(List<Fixer> fixers) {
    List<RuleMetadata> sorted =
        fixers.stream()
            .map(Fixer::metadata)
            .sorted(Comparator.comparing(RuleMetadata::code))
            .toList();
    int code = "CODE".length();
    int name = "NAME".length();
    for (RuleMetadata f : sorted) {
      code = Math.max(code, f.code().length());
      name = Math.max(name, f.name().length());
    }
    String row = "%-" + code + "s  %-" + name + "s  %-11s  %s%n";
    StringBuilder out = new StringBuilder(String.format(row, "CODE", "NAME", "FIXES", "KIND"));
    for (RuleMetadata f : sorted) {
      out.append(String.format(row, f.code(), f.name(), f.fixSafety().label(), f.kind()));
    }
    return out.toString();
  }
}
