package pyfix.fixers.whitespace;

import java.util.ArrayList;
import java.util.List;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;

/** Deletes the spaces and tabs that end a line holding code or a comment. */
public final class TrailingWhitespaceFixer implements Fixer {

  @Override
  public String code() {
    return "W291";
  }

  @Override
  public String name() {
    return "trailing-whitespace";
  }

  @Override
  public Kind kind() {
    return Kind.LAYOUT;
  }

  @Override
  public FixSafety fixSafety() {
    return FixSafety.SAFE;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<Finding> findings = new ArrayList<>();
    for (TrailingWhitespace w : TrailingWhitespace.in(file)) {
      if (!w.blank()) {
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
