package pyfix.fixers.fstrings;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pyfix.fixers.fstrings.Part.Accessor;
import pyfix.fixers.fstrings.Part.Field;
import pyfix.fixers.fstrings.Part.Piece;
import pyfix.fixers.fstrings.StringLiteral.Unit;

/**
 * Parses a {@code str.format} template the way CPython does: {@code {}} auto-numbered, {@code {0}}
 * positional, {@code {name}} keyword, accessors, conversion and a spec with nested fields, {@code
 * {{}} and {@code }}} for braces. Each literal of an implicit concatenation is parsed alone, so a
 * field that spans two literals is not reported, as in Ruff. A template that {@code str.format}
 * rejects when it runs (a lone brace, an unknown conversion, a field without its argument, mixed
 * numbering) is not reported either: Ruff and pyupgrade skip it.
 */
final class FormatTemplate {
  private final int positional;
  private final Map<String, Integer> keywords;
  private int auto;
  private boolean manual;

  private FormatTemplate(int positional, Map<String, Integer> keywords) {
    this.positional = positional;
    this.keywords = keywords;
  }

  /**
   * The pieces of {@code literals}; fields refer to argument indexes, positional ones first and
   * keywords as {@code keywords} maps them.
   */
  static List<Piece> parse(
      List<StringLiteral> literals, int positional, Map<String, Integer> keywords) throws Refused {
    FormatTemplate t = new FormatTemplate(positional, keywords);
    List<Piece> pieces = new ArrayList<>();
    for (StringLiteral literal : literals) {
      pieces.add(new Piece(literal, t.parts(literal.units())));
    }
    return pieces;
  }

  private List<Part> parts(List<Unit> units) throws Refused {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < units.size()) {
      Unit u = units.get(i);
      boolean doubled = i + 1 < units.size() && is(units.get(i + 1), u.ch());
      if (is(u, '{') && !doubled) {
        int close = closing(units, i);
        flush(parts, text, plain);
        parts.add(field(units.subList(i + 1, close), 0));
        i = close + 1;
      } else if (is(u, '{') || is(u, '}')) {
        if (!doubled) {
          throw Refused.unreported("the template has a single '}'");
        }
        text.append(u.ch()).append(u.ch());
        plain.append(u.ch());
        i += 2;
      } else {
        text.append(u.source());
        plain.append(u.source());
        i++;
      }
    }
    flush(parts, text, plain);
    return parts;
  }

  private static void flush(List<Part> parts, StringBuilder text, StringBuilder plain) {
    if (text.length() > 0) {
      parts.add(new Part.Text(text.toString(), plain.toString()));
      text.setLength(0);
      plain.setLength(0);
    }
  }

  private static boolean is(Unit u, char c) {
    return !u.escape() && u.ch() == c;
  }

  /** The index of the '}' that closes the field opened at {@code open}. */
  private static int closing(List<Unit> units, int open) throws Refused {
    int depth = 0;
    for (int j = open; j < units.size(); j++) {
      Unit u = units.get(j);
      if (u.escape()) {
        continue; // allowed in a spec's text; field() refuses it anywhere else
      } else if (u.ch() == '{') {
        depth++;
      } else if (u.ch() == '}' && --depth == 0) {
        return j;
      }
    }
    // a field split between implicitly concatenated literals: Ruff and pyupgrade say nothing
    throw Refused.unreported("a field is not closed in its string literal");
  }

  private Field field(List<Unit> units, int depth) throws Refused {
    StringBuilder s = new StringBuilder();
    units.forEach(u -> s.append(u.ch()));
    String content = s.toString();
    int end = nameEnd(content);
    String name = content.substring(0, end);
    char conversion = 0;
    int specStart = end;
    if (end < content.length() && content.charAt(end) == '!') {
      if (end + 1 >= content.length() || "rsa".indexOf(content.charAt(end + 1)) < 0) {
        throw Refused.unreported("the template has an invalid conversion");
      }
      conversion = content.charAt(end + 1);
      specStart = end + 2;
      if (specStart < content.length() && content.charAt(specStart) != ':') {
        throw Refused.unreported("the template has an invalid conversion");
      }
    }
    for (int j = 0; j < Math.min(specStart + 1, units.size()); j++) {
      if (units.get(j).escape()) {
        throw new Refused("an escape sequence inside a field name");
      }
    }
    int first = firstAccessor(name);
    int argument = argument(name.substring(0, first));
    List<Accessor> accessors = accessors(name.substring(first));
    List<Part> spec = new ArrayList<>();
    if (specStart < content.length()) {
      spec = spec(units.subList(specStart + 1, units.size()), depth);
    }
    return new Field(argument, accessors, conversion, spec);
  }

  /** Where the field name ends: at ':' or '!' outside brackets. */
  private static int nameEnd(String content) throws Refused {
    int i = 0;
    while (i < content.length()) {
      char c = content.charAt(i);
      if (c == '{') {
        throw Refused.unreported("the template has '{' in a field name");
      } else if (c == '[') {
        int close = content.indexOf(']', i);
        i = close < 0 ? content.length() : close + 1;
      } else if (c == ':' || c == '!') {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }

  private static int firstAccessor(String name) {
    int i = 0;
    while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
      i++;
    }
    return i;
  }

  /**
   * The index of the argument field {@code name} shows. A call whose fields do not match its
   * arguments raises when it runs; Ruff and pyupgrade report nothing there, and neither does this.
   */
  private int argument(String name) throws Refused {
    if (name.isEmpty()) {
      if (manual) {
        throw Refused.unreported("the template mixes automatic and manual field numbering");
      }
      if (auto >= positional) {
        throw Refused.unreported("field " + auto + " has no argument");
      }
      return auto++;
    }
    String number = decimal(name);
    if (number != null) {
      if (auto > 0) {
        throw Refused.unreported("the template mixes automatic and manual field numbering");
      }
      manual = true;
      BigInteger index = new BigInteger(number);
      if (index.compareTo(BigInteger.valueOf(positional)) >= 0) {
        throw Refused.unreported("field " + number + " has no argument");
      }
      return index.intValue();
    }
    Integer keyword = keywords.get(name);
    if (keyword == null) {
      throw Refused.unreported("field '" + name + "' has no argument");
    }
    return keyword;
  }

  private static List<Accessor> accessors(String rest) throws Refused {
    List<Accessor> accessors = new ArrayList<>();
    int i = 0;
    while (i < rest.length()) {
      if (rest.charAt(i) == '.') {
        int end = firstAccessor(rest.substring(i + 1)) + i + 1;
        String attribute = rest.substring(i + 1, end);
        if (!Python.isIdentifier(attribute)) {
          throw new Refused("the template has an invalid attribute '" + attribute + "'");
        } else if (!Normalizer.isNormalized(attribute, Normalizer.Form.NFKC)) {
          // str.format looks the name up as written, Python source reads it NFKC-normalized
          throw new Refused("in source, attribute '" + attribute + "' would read as another name");
        } else if (attribute.startsWith("__") && !attribute.endsWith("__")) {
          throw new Refused("in a class, private attribute '" + attribute + "' would be mangled");
        }
        accessors.add(new Accessor(attribute, Accessor.Kind.ATTRIBUTE));
        i = end;
      } else {
        int close = rest.indexOf(']', i);
        if (close < 0 || close == i + 1) {
          throw new Refused("the template has an invalid index");
        }
        accessors.add(key(rest.substring(i + 1, close)));
        i = close + 1;
        if (i < rest.length() && rest.charAt(i) != '.' && rest.charAt(i) != '[') {
          throw new Refused("the template has an invalid index");
        }
      }
    }
    return accessors;
  }

  private static Accessor key(String key) throws Refused {
    String number = decimal(key);
    if (number != null) {
      BigInteger index = new BigInteger(number);
      if (index.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
        // past sys.maxsize str.format raises "Too many decimal digits", a subscript would not
        throw new Refused("an index key past sys.maxsize, which str.format rejects");
      }
      return new Accessor(index.toString(), Accessor.Kind.INDEX);
    }
    if (key.chars().anyMatch(c -> c < ' ' || c == 127 || "'\"\\{}".indexOf(c) >= 0)) {
      throw new Refused("an index key that cannot be written as a plain string literal");
    }
    return new Accessor(key, Accessor.Kind.KEY);
  }

  private List<Part> spec(List<Unit> units, int depth) throws Refused {
    List<Part> spec = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < units.size()) {
      Unit u = units.get(i);
      if (!u.escape() && u.ch() == '{') {
        if (depth > 0) {
          throw new Refused("format specs nest too deeply");
        }
        int close = closing(units, i);
        if (text.length() > 0) {
          spec.add(new Part.Text(text.toString(), text.toString()));
          text.setLength(0);
        }
        spec.add(field(units.subList(i + 1, close), depth + 1));
        i = close + 1;
      } else {
        text.append(u.source());
        i++;
      }
    }
    if (text.length() > 0) {
      spec.add(new Part.Text(text.toString(), text.toString()));
    }
    return spec;
  }

  /**
   * {@code text} as ASCII digits when every character is a decimal digit, else null: str.format
   * reads any Unicode decimal digit ({@code '١'}, fullwidth {@code '１'}) as a number.
   */
  private static String decimal(String text) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
        return null;
      }
      digits.append((char) ('0' + Character.digit(c, 10)));
      i += Character.charCount(c);
    }
    return digits.isEmpty() ? null : digits.toString();
  }
}
