package pyfix.fixers.fstrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pyfix.fixers.fstrings.Part.Field;
import pyfix.fixers.fstrings.Part.Piece;
import pyfix.fixers.fstrings.StringLiteral.Unit;

/**
 * Parses a printf-style template ({@code %(key)#0- +width.precision type}) and translates each
 * specifier to an f-string field whose conversion and format spec print the same, given what is
 * evident about its argument; where the argument's type is not evident enough the translation is
 * noted as unsafe.
 */
final class PercentTemplate {
  private final List<Argument> arguments;
  private final Map<String, Integer> keys;
  private final List<String> unsafe = new ArrayList<>();
  private int next;

  private PercentTemplate(List<Argument> arguments, Map<String, Integer> keys) {
    this.arguments = arguments;
    this.keys = keys;
  }

  /** The parsed template and why its translation may not be exact. */
  record Result(List<Piece> pieces, List<String> unsafe, int specifiers) {}

  /**
   * Parses {@code literals} against {@code arguments}: positional when {@code keys} is null, else
   * looked up by key.
   */
  static Result parse(
      List<StringLiteral> literals, List<Argument> arguments, Map<String, Integer> keys)
      throws Refused {
    PercentTemplate t = new PercentTemplate(arguments, keys);
    List<Piece> pieces = new ArrayList<>();
    for (StringLiteral literal : literals) {
      pieces.add(new Piece(literal, t.parts(literal.units())));
    }
    if (keys == null && t.next != arguments.size()) {
      throw new Refused(
          "the template has " + t.next + " specifiers for " + arguments.size() + " arguments");
    }
    return new Result(pieces, t.unsafe, t.next);
  }

  /**
   * Whether a specifier of the template is {@linkplain Specifier#intricate intricate} or has a
   * {@code *} width or precision; a template Python cannot read counts as neither.
   */
  static boolean hasIntricateSpecifier(List<StringLiteral> literals) {
    for (StringLiteral literal : literals) {
      List<Unit> units;
      try {
        units = literal.units();
      } catch (Refused r) {
        return false;
      }
      for (int i = 0; i < units.size(); i++) {
        if (!is(units.get(i), '%')) {
          continue;
        }
        if (i + 1 < units.size() && is(units.get(i + 1), '%')) {
          i++;
          continue;
        }
        Cursor c = new Cursor(units, i + 1);
        try {
          if (Specifier.read(c).intricate()) {
            return true;
          }
        } catch (Refused r) {
          return c.peek() == '*'; // read stops at a '*' width or precision
        }
        i = c.at - 1;
      }
    }
    return false;
  }

  private List<Part> parts(List<Unit> units) throws Refused {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < units.size()) {
      Unit u = units.get(i);
      if (u.escape() || (u.ch() != '%' && u.ch() != '{' && u.ch() != '}')) {
        text.append(u.source());
        plain.append(u.source());
        i++;
      } else if (u.ch() != '%') {
        text.append(u.ch()).append(u.ch());
        plain.append(u.ch());
        i++;
      } else if (i + 1 < units.size() && is(units.get(i + 1), '%')) {
        text.append('%');
        plain.append('%');
        i += 2;
      } else {
        if (text.length() > 0) {
          parts.add(new Part.Text(text.toString(), plain.toString()));
          text.setLength(0);
          plain.setLength(0);
        }
        Cursor c = new Cursor(units, i + 1);
        parts.add(field(Specifier.read(c)));
        i = c.at;
      }
    }
    if (text.length() > 0) {
      parts.add(new Part.Text(text.toString(), plain.toString()));
    }
    return parts;
  }

  private static boolean is(Unit u, char c) {
    return !u.escape() && u.ch() == c;
  }

  private Field field(Specifier s) throws Refused {
    int index;
    if (keys == null) {
      if (s.key() != null) {
        throw new Refused("a %(key) specifier needs a dict display on the right");
      }
      if (next >= arguments.size()) {
        throw new Refused("the template has more specifiers than arguments");
      }
      index = next++;
    } else {
      if (s.key() == null) {
        throw new Refused("a specifier without a key next to a dict display");
      }
      Integer found = keys.get(s.key());
      if (found == null) {
        throw new Refused("key '" + s.key() + "' is not in the dict display");
      }
      index = found;
      next++;
    }
    Argument a = arguments.get(index);
    Specifier.Translation t = s.translate(a.type());
    if (t.unsafe() != null) {
      unsafe.add(t.unsafe());
    }
    List<Part> spec = t.spec().isEmpty() ? List.of() : List.of(new Part.Text(t.spec(), t.spec()));
    return new Field(index, List.of(), t.conversion(), spec);
  }

  /** A position in a literal's units. */
  static final class Cursor {
    final List<Unit> units;
    int at;

    Cursor(List<Unit> units, int at) {
      this.units = units;
      this.at = at;
    }

    /** The next character, or 0 at the end or at an escape sequence. */
    char peek() {
      return at < units.size() && !units.get(at).escape() ? units.get(at).ch() : 0;
    }
  }
}
