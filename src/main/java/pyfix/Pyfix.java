package pyfix;

import java.util.Optional;
import pyfix.fix.Edit;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.FixEngine;
import pyfix.fix.NoqaComment;
import pyfix.fix.Settings;
import pyfix.fixers.Fixers;
import pyfix.fixers.imports.UnsortedImportsFixer;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;

/** The library entry: checks or fixes one Python text with every registered fixer, without I/O. */
public final class Pyfix {
  private static final FixEngine ENGINE = new FixEngine(Fixers.ALL);

  /**
   * The stack a thread that runs the library needs: deeply nested source recurses deeply in the
   * parser and the semantic model, and every caller must give the same room to give the same
   * result.
   */
  public static final long STACK_BYTES = 64L << 20;

  private Pyfix() {}

  /** Checks that {@code text} parses, as a notebook's cell must on its own. */
  public static void parse(String text) throws PyfixSyntaxException {
    ParsedFile.parse(text);
  }

  /** Findings in {@code text}, nothing applied. */
  public static FileResult check(String text, Settings settings) throws PyfixSyntaxException {
    return ENGINE.check(ParsedFile.parse(text), settings);
  }

  /** Applies SAFE fixes (and UNSAFE with {@code settings.unsafeFixes()}) until a fixpoint. */
  public static FileResult fix(String text, Settings settings) throws PyfixSyntaxException {
    return ENGINE.fix(ParsedFile.parse(text), settings);
  }

  /**
   * As {@link #check}, with each fix the findings offer verified as {@link #fix} verifies it: one
   * that {@code fix} would drop keeps its finding without the edits. For output that prints them.
   */
  public static FileResult checkVerifyingFixes(String text, Settings settings)
      throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse(text);
    return ENGINE.verifyFixes(ENGINE.check(file, settings), file, settings);
  }

  /**
   * As {@link #fix}, with the fixes of the findings left verified as {@link #checkVerifyingFixes}.
   */
  public static FileResult fixVerifyingFixes(String text, Settings settings)
      throws PyfixSyntaxException {
    return ENGINE.verifyFixes(ENGINE.fix(ParsedFile.parse(text), settings), null, settings);
  }

  /**
   * As {@link #fix}, applying only the fixes whose edits all lie inside {@code [start, end)} of
   * {@code text}: what fixing a selection in an editor needs.
   */
  public static FileResult fixRange(String text, Settings settings, int start, int end)
      throws PyfixSyntaxException {
    return ENGINE.fix(ParsedFile.parse(text), settings, start, end);
  }

  /**
   * The edit that suppresses {@code finding} of {@code text} with a {@code # noqa: CODE} comment;
   * empty where no comment can be added.
   */
  public static Optional<Edit> noqaEdit(String text, Finding finding) throws PyfixSyntaxException {
    return NoqaComment.suppressing(ParsedFile.parse(text), finding);
  }

  /** Which import section I001 sorts {@code module} into under {@code settings}, and why. */
  public static String explainImport(String module, Settings settings) {
    return UnsortedImportsFixer.explainSection(module, settings);
  }
}
