package pyfix.report;

import java.util.List;
import java.util.Optional;
import pyfix.fix.Applicability;

/**
 * A finding ready to print: where it is as users read it, and its fix as positioned edits.
 *
 * @param path the file's name as shown
 * @param cell the 1-based notebook cell the positions are in, or 0 for a plain source file
 * @param code the rule's code
 * @param message what is wrong, stable per rule
 * @param fixTitle what the fix does and why it is SAFE or UNSAFE, or why there is none; may be
 *     empty
 * @param start where the finding starts
 * @param end where it ends (exclusive)
 * @param fix the fix, if the rule offers one
 */
public record ReportedFinding(
    String path,
    int cell,
    String code,
    String message,
    String fixTitle,
    Position start,
    Position end,
    Optional<ReportedFix> fix) {

  /**
   * The code under which a file that cannot be decoded, tokenized or parsed is reported, as
   * pycodestyle and flake8 report a {@code SyntaxError}.
   */
  public static final String SYNTAX_ERROR = "E999";

  /** What a {@link #SYNTAX_ERROR} finding's message starts with, before the parser's message. */
  public static final String SYNTAX_ERROR_PREFIX = "SyntaxError: ";

  /**
   * A file, or notebook cell, that cannot be read as Python {@code at}, for the formats that tools
   * read: they show it like any finding.
   */
  public static ReportedFinding syntaxError(String path, int cell, Position at, String message) {
    return new ReportedFinding(
        path, cell, SYNTAX_ERROR, SYNTAX_ERROR_PREFIX + message, "", at, at, Optional.empty());
  }

  /** Whether this finding is a file that cannot be read as Python, not a rule's finding. */
  public boolean isSyntaxError() {
    return code.equals(SYNTAX_ERROR);
  }

  /** The file, and the cell for a notebook: {@code a.py} or {@code nb.ipynb:cell 3}. */
  public String source() {
    return cell == 0 ? path : path + ":cell " + cell;
  }

  /** The message followed by the fix title in parentheses, as text reports print it. */
  public String describe() {
    return fixTitle.isEmpty() ? message : describeTo(new StringBuilder()).toString();
  }

  /** Appends {@link #describe()} to {@code out}, for reports that build many lines at once. */
  public StringBuilder describeTo(StringBuilder out) {
    out.append(message);
    if (!fixTitle.isEmpty()) {
      out.append(" (").append(fixTitle).append(')');
    }
    return out;
  }

  /**
   * {@code text} led by the cell and the position in it for a notebook's finding, for reports whose
   * positions are positions in the file (a cell's are not).
   */
  public String inCell(String text) {
    if (cell == 0) {
      return text;
    }
    return "cell %d, line %d, column %d: %s".formatted(cell, start.line(), start.column(), text);
  }

  /** Whether this run can apply the fix. */
  public boolean applicable() {
    return fix.map(ReportedFix::applicable).orElse(false);
  }

  /**
   * A fix of a reported finding.
   *
   * @param applicability whether it is SAFE, needs {@code --unsafe-fixes}, or is only shown
   * @param applicable whether this run applies it
   * @param edits the replacements, sorted, positions in the reported text
   * @param preview the lines the fix touches, before and after
   */
  public record ReportedFix(
      Applicability applicability, boolean applicable, List<ReportedEdit> edits, Preview preview) {
    /** Copies the list. */
    public ReportedFix {
      edits = List.copyOf(edits);
    }
  }

  /** Replaces the text from {@code start} to {@code end} (exclusive) with {@code content}. */
  public record ReportedEdit(Position start, Position end, String content) {}

  /** The whole lines a fix touches, from 1-based {@code line}, before and after the fix. */
  public record Preview(int line, String before, String after) {}
}
