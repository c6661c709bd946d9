package pyfix.fix;

import java.util.List;
import pyfix.parse.ParsedFile;

/** A rule that finds problems in a parsed file and offers edits that fix them. */
public interface Fixer {
  /** The stable rule code, e.g. {@code W291}; the Ruff/flake8 code where the rule is the same. */
  String code();

  /** The kebab-case name of the problem, e.g. {@code trailing-whitespace}. */
  String name();

  /** Whether the fixes only change layout or change the program on purpose. */
  Kind kind();

  /** What this rule's fixes can be; every finding's fix must agree with it. */
  FixSafety fixSafety();

  /** The findings in {@code file}, in source order; a pure function of its arguments. */
  List<Finding> check(ParsedFile file, Settings settings);
}
