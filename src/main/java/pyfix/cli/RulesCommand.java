package pyfix.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import pyfix.fix.Fixer;
import pyfix.fix.RuleMetadata;
import pyfix.fixers.Fixers;

/** The {@code rules} verb: lists every rule by family with its default, fixes and kind. */
final class RulesCommand {
  /** The verb as typed on the command line. */
  static final String NAME = "rules";

  /** Each family's code prefix and the tool it comes from, as Ruff names them. */
  private static final Map<String, String> FAMILIES =
      Map.ofEntries(
          Map.entry("A", "flake8-builtins"),
          Map.entry("ANN", "flake8-annotations"),
          Map.entry("ASYNC", "flake8-async"),
          Map.entry("B", "flake8-bugbear"),
          Map.entry("BLE", "flake8-blind-except"),
          Map.entry("C90", "mccabe"),
          Map.entry("D", "pydocstyle"),
          Map.entry("E", "pycodestyle"),
          Map.entry("F", "Pyflakes"),
          Map.entry("I", "isort"),
          Map.entry("ICN", "flake8-import-conventions"),
          Map.entry("N", "pep8-naming"),
          Map.entry("PL", "Pylint"),
          Map.entry("PYF", "pyfix"),
          Map.entry("RUF", "Ruff-specific"),
          Map.entry("S", "flake8-bandit"),
          Map.entry("SIM", "flake8-simplify"),
          Map.entry("T20", "flake8-print"),
          Map.entry("UP", "pyupgrade"),
          Map.entry("W", "pycodestyle"));

  private RulesCommand() {}

  /** The verb's command: its help only. */
  static CommandSpec spec() {
    return PyfixCommand.command(
        NAME,
        "Lists every rule by family with its default, fix safety and kind.",
        "DEFAULT is on when the rule runs without --select, off when it runs only when selected"
            + " (by its code, a prefix of it, ALL or STYLE-GUIDE). FIXES is SAFE, UNSAFE when some"
            + " fixes are applied only with --unsafe-fixes, or none for a rule that only reports."
            + " KIND is LAYOUT when the rule changes only layout, SEMANTIC when it changes the"
            + " code. pyfix explain CODE prints a rule's document.");
  }

  /** Prints the table and returns 0. */
  static int execute(ParseResult parsed) {
    parsed.commandSpec().commandLine().getOut().print(table(Fixers.ALL));
    return 0;
  }

  /** A header, then per family (by prefix) its name and one row per rule, in aligned columns. */
  static String table(List<Fixer> fixers) {
    Map<String, List<RuleMetadata>> byFamily = new LinkedHashMap<>();
    fixers.stream()
        .map(Fixer::metadata)
        .sorted(
            Comparator.comparing((RuleMetadata r) -> family(r.code()))
                .thenComparing(RuleMetadata::code))
        .forEach(r -> byFamily.computeIfAbsent(family(r.code()), k -> new ArrayList<>()).add(r));
    int code = "CODE".length();
    int name = "NAME".length();
    for (Fixer f : fixers) {
      code = Math.max(code, f.code().length());
      name = Math.max(name, f.metadata().name().length());
    }
    String row = "%-" + code + "s  %-" + name + "s  %-7s  %-11s  %s%n";
    StringBuilder out =
        new StringBuilder(String.format(row, "CODE", "NAME", "DEFAULT", "FIXES", "KIND"));
    for (Map.Entry<String, List<RuleMetadata>> e : byFamily.entrySet()) {
      String tool = FAMILIES.get(e.getKey());
      out.append('\n').append(tool == null ? e.getKey() : tool + " (" + e.getKey() + ")");
      out.append('\n');
      for (RuleMetadata r : e.getValue()) {
        out.append(
            String.format(
                row,
                r.code(),
                r.name(),
                r.defaultOn() ? "on" : "off",
                r.fixSafety().label(),
                r.kind()));
      }
    }
    return out.toString();
  }

  /** The longest family prefix of {@code code}, or its letters when no family is known. */
  private static String family(String code) {
    String best = null;
    for (String prefix : FAMILIES.keySet()) {
      if (code.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best != null ? best : code.replaceAll("[0-9].*", "");
  }
}
