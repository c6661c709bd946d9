package pyfix.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import pyfix.fix.Fixer;
import pyfix.fixers.Fixers;
import pyfix.report.RuleDoc;

/** The {@code explain} verb: prints a rule's document, or lists the rules. */
final class ExplainCommand {
  /** The verb as typed on the command line. */
  static final String NAME = "explain";

  private ExplainCommand() {}

  /** The verb's command: its help and the optional {@code RULE}. */
  static CommandSpec spec() {
    CommandSpec spec =
        PyfixCommand.command(
            NAME,
            "Explains a rule: what it finds, why, an example, and when it declines to fix.",
            "Without a rule, lists every rule.");
    return spec.addPositional(
        PositionalParamSpec.builder()
            .type(String.class)
            .arity("0..1")
            .paramLabel("RULE")
            .description("A rule code such as W291, or its name such as trailing-whitespace.")
            .build());
  }

  /** Prints what {@code parsed} asks for and returns the exit code. */
  static int execute(ParseResult parsed) {
    CommandLine commandLine = parsed.commandSpec().commandLine();
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    String rule = parsed.matchedPositionalValue(0, null);
    if (rule == null) {
      out.print(RulesCommand.table(Fixers.ALL));
      return 0;
    }
    Fixer fixer = find(rule);
    if (fixer == null) {
      err.print("error: unknown rule: " + rule + " (pyfix explain lists the rules)\n");
      return 2;
    }
    RuleDoc doc = RuleDoc.load(fixer.code()).orElse(null);
    if (doc == null) {
      err.print("error: internal error: no document bundled for " + fixer.code() + "\n");
      return 2;
    }
    out.print(header(fixer));
    String text = doc.markdown();
    out.print(text.endsWith("\n") ? text : text + "\n");
    return 0;
  }

  private static Fixer find(String rule) {
    for (Fixer f : Fixers.ALL) {
      if (f.code().equalsIgnoreCase(rule) || f.name().equalsIgnoreCase(rule)) {
        return f;
      }
    }
    return null;
  }

  /** The lines above the document, from the fixer itself. */
  static String header(Fixer fixer) {
    String kind =
        switch (fixer.kind()) {
          case LAYOUT -> "LAYOUT (changes only layout; the program stays the same)";
          case SEMANTIC -> "SEMANTIC (changes the code on purpose)";
        };
    String safety =
        switch (fixer.fixSafety()) {
          case NONE -> "none: the rule only reports";
          case SAFE -> "SAFE, applied by pyfix fix";
          case UNSAFE -> "UNSAFE, applied only with --unsafe-fixes (see Fix safety)";
          case PER_FINDING ->
              "SAFE or UNSAFE per finding; UNSAFE ones only with --unsafe-fixes (see Fix safety)";
        };
    return "Code:   "
        + fixer.code()
        + "\n"
        + "Name:   "
        + fixer.name()
        + "\n"
        + "Kind:   "
        + kind
        + "\n"
        + "Fixes:  "
        + safety
        + "\n"
        + "\n";
  }
}
