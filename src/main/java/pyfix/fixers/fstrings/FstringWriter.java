package pyfix.fixers.fstrings;

import java.util.ArrayList;
import java.util.List;
import pyfix.fixers.fstrings.Part.Field;
import pyfix.fixers.fstrings.Part.Piece;
import pyfix.parse.Feature;
import pyfix.parse.PythonVersion;

/**
 * Writes one parsed piece as an f-string, or as a plain string when it has no field.
 *
 * <p>Requirements: each field's argument text is on one line. Transformations: the prefix loses
 * {@code u} (an f-string cannot have it; it means nothing in Python 3) and gains {@code f}; the
 * piece keeps its quote unless its fields need the other one to be valid before Python 3.12 (no
 * backslash, '#', line break or the enclosing quote inside a field); for a py312 target a field may
 * reuse the quote when no choice avoids it.
 */
final class FstringWriter {
  private final List<Argument> arguments;
  private final PythonVersion target;

  FstringWriter(List<Argument> arguments, PythonVersion target) {
    this.arguments = arguments;
    this.target = target;
  }

  /** The new source of {@code piece}. */
  String write(Piece piece) throws Refused {
    StringLiteral literal = piece.literal();
    if (!piece.hasFields()) {
      StringBuilder body = new StringBuilder();
      piece.parts().forEach(p -> body.append(((Part.Text) p).inPlain()));
      return literal.prefix() + literal.quote() + body + literal.quote();
    }
    String original = literal.quote();
    String other = original.replace(original.charAt(0), original.charAt(0) == '\'' ? '"' : '\'');
    Refused why = null;
    List<Rules> levels =
        Feature.PEP701_FSTRINGS.availableIn(target)
            ? List.of(Rules.PRE_312, Rules.NO_REUSE, Rules.PEP_701)
            : List.of(Rules.PRE_312);
    for (Rules rules : levels) {
      for (String quote : List.of(original, other)) {
        try {
          return write(piece, quote, rules);
        } catch (Refused r) {
          why = why == null ? r : why;
        }
      }
    }
    throw why;
  }

  /** What a field may hold: pre-PEP 701 rules, or PEP 701 with or without reusing the quote. */
  private enum Rules {
    PRE_312,
    NO_REUSE,
    PEP_701
  }

  private String write(Piece piece, String quote, Rules rules) throws Refused {
    StringLiteral literal = piece.literal();
    boolean requote = !quote.equals(literal.quote());
    StringBuilder out = new StringBuilder(literal.fstringPrefix()).append(quote);
    for (Part p : piece.parts()) {
      if (p instanceof Part.Text t) {
        out.append(requote ? requote(t.inFstring(), literal, quote.charAt(0)) : t.inFstring());
      } else {
        out.append(field((Field) p, quote, rules));
      }
    }
    return out.append(quote).toString();
  }

  /** {@code text} with the new quote character escaped where the old one did not need it. */
  private static String requote(String text, StringLiteral literal, char quote) throws Refused {
    if (literal.raw() || literal.triple()) {
      if (text.indexOf(quote) < 0) {
        return text;
      }
      throw new Refused("the other quote would end the string");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        // the old quote needs no backslash any more
        out.append(next == literal.quote().charAt(0) ? "" : "\\").append(next);
      } else {
        out.append(c == quote ? "\\" + c : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private String field(Field f, String quote, Rules rules) throws Refused {
    char keyQuote = quote.charAt(0) == '\'' ? '"' : '\'';
    Argument a = arguments.get(f.argument());
    String base = a.text();
    if (a.needsParens() || (!f.accessors().isEmpty() && !a.primary())) {
      base = "(" + base + ")";
    }
    StringBuilder expr = new StringBuilder(base);
    f.accessors().forEach(x -> expr.append(x.render(keyQuote)));
    check(expr.toString(), quote, rules);
    StringBuilder out = new StringBuilder("{");
    out.append(expr.charAt(0) == '{' ? " " : "").append(expr);
    if (f.conversion() != 0) {
      out.append('!').append(f.conversion());
    }
    if (!f.spec().isEmpty()) {
      out.append(':');
      for (Part p : f.spec()) {
        if (p instanceof Part.Text t) {
          if (t.inFstring().indexOf('\'') >= 0 || t.inFstring().indexOf('"') >= 0) {
            throw new Refused("a quote inside a format spec");
          }
          out.append(t.inFstring());
        } else {
          out.append(field((Field) p, quote, rules));
        }
      }
    }
    return out.append('}').toString();
  }

  private static void check(String expr, String quote, Rules rules) throws Refused {
    if (expr.indexOf('\n') >= 0 || expr.indexOf('\r') >= 0) {
      throw new Refused("an argument spans lines inside a string");
    }
    List<String> problems = new ArrayList<>();
    if (rules == Rules.PRE_312 && expr.indexOf('\\') >= 0) {
      problems.add("a backslash");
    }
    if (rules == Rules.PRE_312 && expr.indexOf('#') >= 0) {
      problems.add("'#'");
    }
    if (rules != Rules.PEP_701 && expr.contains(quote)) {
      problems.add("the enclosing quote");
    }
    if (!problems.isEmpty()) {
      throw new Refused(
          "before Python 3.12 an f-string field cannot hold " + String.join(" or ", problems));
    }
  }
}
