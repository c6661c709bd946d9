package pyfix.fixers.whitespace;

import java.util.ArrayList;
import java.util.List;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;

/**
 * Empties lines that hold nothing but spaces and tabs; reports those inside a string, which are
 * part of its value.
 */
public final class BlankLineWithWhitespaceFixer implements Fixer {
  private static final String MESSAGE = "Blank line contains whitespace";

  private static final RuleMetadata METADATA =
      RuleMetadata.stable("W293", "blank-line-with-whitespace", Kind.LAYOUT, FixSafety.SAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<Finding> findings = new ArrayList<>();
    int length = file.text().length();
    boolean inStrings = TrailingWhitespace.reportedInStrings(METADATA, settings);
    for (TrailingWhitespace w : TrailingWhitespace.in(file)) {
      if (!w.blank()) {
        continue;
      }
      if (w.inString()) {
        if (inStrings) {
          findings.add(w.inStringFinding(code(), MESSAGE));
        }
      } else if (w.afterContinuation() && w.end() == length) {
        // `x = 1 \` followed by a last line of spaces: without them the backslash ends the file.
        findings.add(Finding.reportOnly(code(), MESSAGE, w.start(), w.end()));
      } else {
        findings.add(
            Finding.fixable(
                code(), MESSAGE, w.start(), w.end(), Fix.safe(Edit.delete(w.start(), w.end()))));
      }
    }
    return findings;
  }
}
