package pyfix.fixers.fstrings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.fixers.fstrings.Part.Field;
import pyfix.fixers.fstrings.Part.Piece;
import pyfix.fixers.fstrings.Part.Text;

/**
 * Writes a literal argument into the template's text, as a person would: {@code '%s-%d' % ('a', 1)}
 * becomes {@code 'a-1'}, not {@code f"{'a'}-{1:d}"}.
 *
 * <p>Only where the shown text is certain from the source alone: a one-line string literal without
 * backslashes or quotes (its value is its body) shown with {@code str}, or a plain decimal int
 * shown with {@code str} or {@code d}. Everything else stays a field.
 */
final class LiteralFolding {
  private static final Pattern STRING = Pattern.compile("[uUrR]?(['\"])([^'\"\\\\\r\n]*)\\1");
  private static final Pattern INT = Pattern.compile("0|[1-9][0-9]*");

  private LiteralFolding() {}

  /** {@code pieces} with every field of a foldable literal argument turned into text. */
  static List<Piece> fold(List<Piece> pieces, List<Argument> arguments) {
    List<Piece> folded = new ArrayList<>();
    for (Piece piece : pieces) {
      List<Part> parts = new ArrayList<>();
      for (Part part : piece.parts()) {
        String value = part instanceof Field f ? shown(f, arguments.get(f.argument())) : null;
        parts.add(value == null ? part : text(value));
      }
      folded.add(new Piece(piece.literal(), merged(parts)));
    }
    return folded;
  }

  /** The text {@code field} shows for {@code argument}, or null when it is not evident. */
  private static String shown(Field field, Argument argument) {
    if (!field.accessors().isEmpty() || (field.conversion() != 0 && field.conversion() != 's')) {
      return null;
    }
    boolean plain = field.spec().isEmpty();
    if (argument.type() == Argument.Type.STR && plain) {
      Matcher m = STRING.matcher(argument.text());
      return m.matches() ? m.group(2) : null;
    }
    // `d` formats the int itself; after `!s` it would format a str, which raises
    boolean asInteger =
        plain
            || (field.conversion() == 0
                && field.spec().size() == 1
                && field.spec().get(0) instanceof Text t
                && t.inPlain().equals("d"));
    if (argument.type() == Argument.Type.INT
        && asInteger
        && INT.matcher(argument.text()).matches()) {
      return argument.text();
    }
    return null;
  }

  private static Text text(String value) {
    return new Text(value.replace("{", "{{").replace("}", "}}"), value);
  }

  /** Adjacent texts joined, so that a piece reads as one text between its fields. */
  private static List<Part> merged(List<Part> parts) {
    List<Part> out = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
        out.set(
            out.size() - 1,
            new Text(prev.inFstring() + t.inFstring(), prev.inPlain() + t.inPlain()));
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
