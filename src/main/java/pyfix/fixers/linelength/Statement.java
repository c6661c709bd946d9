package pyfix.fixers.linelength;

import java.util.function.BooleanSupplier;
import pyfix.fixers.common.Width;

/**
 * The context shared by every line a statement is split into: where it is indented, the indent unit
 * for new lines, the line length, and what the file's Python version allows.
 */
final class Statement {
  final String indent;
  final String unit;
  final int lineLength;

  /**
   * Whether a trailing comma may follow {@code *args} or {@code **kwargs} (Python 3.6+ file): a
   * scan of every token, asked only when a split meets one.
   */
  private final BooleanSupplier trailingCommaAfterVarargs;

  private final int indentWidth;

  /** The {@code import} or {@code from} that starts an import statement, else null. */
  Leaf importKeyword;

  Statement(String indent, String unit, int lineLength, BooleanSupplier trailingCommaAfterVarargs) {
    this.indent = indent;
    this.unit = unit;
    this.lineLength = lineLength;
    this.trailingCommaAfterVarargs = trailingCommaAfterVarargs;
    this.indentWidth = Width.of(indent);
  }

  boolean trailingCommaAfterVarargs() {
    return trailingCommaAfterVarargs.getAsBoolean();
  }

  /** The width of the indentation of a line {@code depth} levels below the first. */
  int indentWidth(int depth) {
    return Width.advance(indentWidth, unit.repeat(depth));
  }

  /** The indentation text of a line {@code depth} levels below the first. */
  String indentText(int depth) {
    return indent + unit.repeat(depth);
  }
}
