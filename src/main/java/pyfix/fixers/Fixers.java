package pyfix.fixers;

import java.util.List;
import pyfix.fix.Fixer;
import pyfix.fixers.comparisons.NoneComparisonFixer;
import pyfix.fixers.defaults.MutableArgumentDefaultFixer;
import pyfix.fixers.fstrings.FStringFixer;
import pyfix.fixers.fstrings.PrintfStringFormattingFixer;
import pyfix.fixers.imports.UndefinedLocalWithImportStarFixer;
import pyfix.fixers.imports.UnsortedImportsFixer;
import pyfix.fixers.linelength.LineTooLongFixer;
import pyfix.fixers.negations.NegatedComparisonFixer;
import pyfix.fixers.whitespace.BlankLineWithWhitespaceFixer;
import pyfix.fixers.whitespace.MissingNewlineAtEndOfFileFixer;
import pyfix.fixers.whitespace.TrailingWhitespaceFixer;

/** The registry of every fixer pyfix has; a fixer exists for pyfix once it is listed here. */
public final class Fixers {
  /** Every fixer, in the order the engine runs them. */
  public static final List<Fixer> ALL =
      List.of(
          new TrailingWhitespaceFixer(),
          new MissingNewlineAtEndOfFileFixer(),
          new BlankLineWithWhitespaceFixer(),
          new UnsortedImportsFixer(),
          new UndefinedLocalWithImportStarFixer(),
          new MutableArgumentDefaultFixer(),
          new PrintfStringFormattingFixer(),
          new FStringFixer(),
          new NoneComparisonFixer(),
          NegatedComparisonFixer.notIn(),
          NegatedComparisonFixer.notIs(),
          new LineTooLongFixer());

  private Fixers() {}
}
