package pyfix.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import pyfix.fix.Fixer;
import pyfix.fix.RuleMetadata;
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
    String name = parsed.matchedPositionalValue(0, null);
    if (name == null) {
      out.print(RulesCommand.table(Fixers.ALL));
      return 0;
    }
    RuleMetadata rule = find(name);
    if (rule == null) {
      err.print("error: unknown rule: " + name + " (pyfix explain lists the rules)\n");
      return 2;
    }
    RuleDoc doc = RuleDoc.load(rule.code()).orElse(null);
    if (doc == null) {
      err.print("error: internal error: no document bundled for " + rule.code() + "\n");
      return 2;
    }
    out.print(header(rule));
    String text = doc.markdown();
    out.print(text.endsWith("\n") ? text : text + "\n");
    return 0;
  }

  private static RuleMetadata find(String name) {
    for (Fixer f : Fixers.ALL) {
      RuleMetadata m = f.metadata();
      if (m.code().equalsIgnoreCase(name) || m.name().equalsIgnoreCase(name)) {
        return m;
      }
    }
    return null;
  }

  /** The lines above the document, from the rule's metadata. */
  static String header(RuleMetadata rule) {
    String kind =
        switch (rule.kind()) {
          case LAYOUT -> "LAYOUT (changes only layout; the program stays the same)";
          case SEMANTIC -> "SEMANTIC (changes the code on purpose)";
        };
    String safety =
        switch (rule.fixSafety()) {
          case NONE -> "none: the rule only reports";
          case SAFE -> "SAFE, applied by pyfix fix";
          case UNSAFE -> "UNSAFE, applied only with --unsafe-fixes (see Fix safety)";
          case PER_FINDING ->
              "SAFE or UNSAFE per finding; UNSAFE ones only with --unsafe-fixes (see Fix safety)";
        };
    return "Code:   "
        + rule.code()
        + "\n"
        + "Name:   "
        + rule.name()
        + "\n"
        + "Kind:   "
        + kind
        + "\n"
        + "Fixes:  "
        + safety
        + "\n"
        + "Status: "
        + (rule.stage() == RuleMetadata.Stage.STABLE ? "stable" : "preview")
        + (rule.defaultOn() ? ", on by default" : ", off unless selected")
        + "\n"
        + "\n";
  }
}
