package pyfix.fix;

import java.util.List;
import pyfix.parse.ParsedFile;

/** A rule that finds problems in a parsed file and offers edits that fix them. */
public interface Fixer {
  /** What the rule is: code, name, kind, fix safety, default on or off, stage. */
  RuleMetadata metadata();

  /** The rule's code, as {@link #metadata()} gives it. */
  default String code() {
    return metadata().code();
  }

  /** The findings in {@code file}, in source order; a pure function of its arguments. */
  List<Finding> check(ParsedFile file, Settings settings);
}
