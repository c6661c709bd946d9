package pyfix;

import pyfix.fix.FileResult;
import pyfix.fix.FixEngine;
import pyfix.fix.Settings;
import pyfix.fixers.Fixers;
import pyfix.fixers.imports.UnsortedImportsFixer;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;

/** The library entry: checks or fixes one Python text with every registered fixer, without I/O. */
public final class Pyfix {
  private static final FixEngine ENGINE = new FixEngine(Fixers.ALL);

  private Pyfix() {}

  /** Findings in {@code text}, nothing applied. */
  public static FileResult check(String text, Settings settings) throws PyfixSyntaxException {
    return ENGINE.check(ParsedFile.parse(text), settings);
  }

  /** Applies SAFE fixes (and UNSAFE with {@code settings.unsafeFixes()}) until a fixpoint. */
  public static FileResult fix(String text, Settings settings) throws PyfixSyntaxException {
    return ENGINE.fix(ParsedFile.parse(text), settings);
  }

  /** Which import section I001 sorts {@code module} into under {@code settings}, and why. */
  public static String explainImport(String module, Settings settings) {
    return UnsortedImportsFixer.explainSection(module, settings);
  }
}
