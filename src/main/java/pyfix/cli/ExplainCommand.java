package pyfix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pyfix.fix.Fixer;
import pyfix.fixers.Fixers;

/** The {@code explain} verb: prints a rule's document, or lists the rules. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Explains a rule: what it finds, why, an example, and when it declines to fix.",
      "Without a rule, lists every rule."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "RULE",
      description = "A rule code such as W291, or its name such as trailing-whitespace.")
  String rule;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rule == null) {
      for (Fixer f : Fixers.ALL) {
        out.print(String.format(Locale.ROOT, "%-6s %-7s %s%n", f.code(), f.kind(), f.name()));
      }
      return 0;
    }
    Fixer fixer = find(rule);
    if (fixer == null) {
      err.print("error: unknown rule: " + rule + " (pyfix explain lists the rules)\n");
      return 2;
    }
    String doc = document(fixer.code());
    if (doc == null) {
      err.print("error: internal error: no document bundled for " + fixer.code() + "\n");
      return 2;
    }
    out.print(header(fixer, doc));
    out.print(doc.endsWith("\n") ? doc : doc + "\n");
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
  static String header(Fixer fixer, String doc) {
    String kind =
        switch (fixer.kind()) {
          case LAYOUT -> "LAYOUT (changes only layout; the program stays the same)";
          case SEMANTIC -> "SEMANTIC (changes the code on purpose)";
        };
    // a document has a "Fix safety" section exactly when the fixer can be UNSAFE (STYLE.md, 4)
    String safety =
        doc.contains("\n## Fix safety")
            ? "UNSAFE in some cases, applied only with --unsafe-fixes (see Fix safety)"
            : "SAFE, applied by pyfix fix";
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

  /** The bundled {@code fixers/CODE.md}, or null. */
  private static String document(String code) throws IOException {
    try (InputStream in =
        ExplainCommand.class.getResourceAsStream("/pyfix/fixers/" + code + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
