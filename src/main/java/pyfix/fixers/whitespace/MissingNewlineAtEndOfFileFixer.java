package pyfix.fixers.whitespace;

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

/** Ends a non-empty file that lacks one with the file's own line break. */
public final class MissingNewlineAtEndOfFileFixer implements Fixer {

  private static final RuleMetadata METADATA =
      RuleMetadata.stable("W292", "missing-newline-at-end-of-file", Kind.LAYOUT, FixSafety.SAFE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    String text = file.text();
    int end = text.length();
    if (end == 0 || text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r') {
      return List.of();
    }
    Fix fix = Fix.safe(Edit.insert(end, file.stylist().newline()));
    return List.of(Finding.fixable(code(), "No newline at end of file", end, end, fix));
  }
}
