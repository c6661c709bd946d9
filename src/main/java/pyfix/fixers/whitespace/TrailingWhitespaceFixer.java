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
 * Deletes the spaces and tabs that end a line holding code or a comment; reports those inside a
 * string, which are part of its value.
 */
public final class TrailingWhitespaceFixer implements Fixer {

  private static final RuleMetadata METADATA =
      RuleMetadata.stable("W291", "trailing-whitespace", Kind.LAYOUT, FixSafety.SAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<Finding> findings = new ArrayList<>();
    boolean inStrings = TrailingWhitespace.reportedInStrings(METADATA, settings);
    for (TrailingWhitespace w : TrailingWhitespace.in(file)) {
      if (w.blank()) {
        continue;
      } else if (w.inString()) {
        if (inStrings) {
          findings.add(w.inStringFinding(code(), "Trailing whitespace"));
        }
      } else {
        findings.add(
            Finding.fixable(
                code(),
                "Trailing whitespace",
                w.start(),
                w.end(),
                Fix.safe(Edit.delete(w.start(), w.end()))));
      }
    }
    return findings;
  }
}
