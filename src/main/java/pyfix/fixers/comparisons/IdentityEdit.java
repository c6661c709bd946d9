package pyfix.fixers.comparisons;

import pyfix.fix.Edit;
import pyfix.semantic.Compare;

/** The edit that writes {@code is} or {@code is not} in place of a comparison operator. */
final class IdentityEdit {
  private IdentityEdit() {}

  /** {@code is} for {@code ==}, {@code is not} for {@code !=}. */
  static String operator(Compare.Op op) {
    return op.kind() == Compare.Kind.EQ ? "is" : "is not";
  }

  /** Replaces {@code op} in {@code text} with {@code operator(op)}, spaced as a keyword must be. */
  static Edit of(String text, Compare.Op op) {
    // `x==None` has no spaces around the operator; `is` needs them
    String before = Character.isWhitespace(text.charAt(op.start() - 1)) ? "" : " ";
    String after = Character.isWhitespace(text.charAt(op.end())) ? "" : " ";
    return new Edit(op.start(), op.end(), before + operator(op) + after);
  }
}
