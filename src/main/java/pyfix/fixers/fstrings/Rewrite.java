package pyfix.fixers.fstrings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Applicability;
import pyfix.fix.Edit;
import pyfix.fix.Finding;
import pyfix.fix.Fix;
import pyfix.fix.Settings;
import pyfix.fixers.common.Width;
import pyfix.fixers.fstrings.Part.Field;
import pyfix.fixers.fstrings.Part.Piece;
import pyfix.parse.Feature;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.ExprContext;
import pyfix.parse.PythonParser.FstringContext;
import pyfix.semantic.Syntax;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Turns parsed pieces and their arguments into a finding: each piece rewritten in place (so text
 * and comments between implicitly concatenated literals stay), the call or operator after them
 * deleted, SAFE unless an argument is evaluated twice or out of order or the translation noted a
 * reason.
 *
 * @param finding the rule's message, e.g. "Use an f-string ..."
 */
record Rewrite(String code, String finding, ParsedFile file, Settings settings) {
  /** Why a string compared with {@code is} is left alone, by these rules and F541. */
  static final String IS_OPERAND =
      "the string is compared with `is`: what is the same object could change, and a literal"
          + " there is a SyntaxWarning";

  /**
   * A finding for {@code whole}, the call or operation, with the fix, or without one and why.
   * Literal arguments are folded into the text, except where a plain string would become the
   * docstring ({@code "{}".format(1)} opening a module is not one; {@code "1"} would be).
   */
  Finding build(
      ExprContext whole,
      List<Piece> pieces,
      List<Argument> arguments,
      int deleteFrom,
      List<String> unsafe) {
    int start = Syntax.start(whole);
    int end = Syntax.end(whole);
    if (Syntax.isIdentityOperand(whole)) {
      return refused(start, end, IS_OPERAND);
    }
    try {
      Set<String> reasons = new LinkedHashSet<>(unsafe);
      reasons.addAll(order(pieces, arguments));
      // both rules' pieces have a field, so unfolded they stay an f-string
      List<Piece> written =
          Syntax.mayBecomeDocstring(whole) ? pieces : LiteralFolding.fold(pieces, arguments);
      Fix fix = fix(written, arguments, deleteFrom, end, reasons.isEmpty(), enclosingQuotes(whole));
      Finding found = Finding.fixable(code, finding, start, end, fix);
      return reasons.isEmpty()
          ? found
          : found.withFixTitle("unsafe: " + String.join("; ", reasons));
    } catch (Refused r) {
      return refused(start, end, r.getMessage());
    }
  }

  /**
   * The quote characters of the f-strings whose fields hold {@code node}, innermost first; empty
   * for a target with PEP 701 f-strings, whose fields may hold any string.
   */
  private String enclosingQuotes(ParserRuleContext node) {
    if (Feature.PEP701_FSTRINGS.availableIn(settings.targetVersion())) {
      return "";
    }
    StringBuilder quotes = new StringBuilder();
    for (ParserRuleContext p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof FstringContext f) {
        String start = f.FSTRING_START().getText();
        quotes.append(start.charAt(start.length() - 1));
      }
    }
    return quotes.toString();
  }

  private static boolean fitsEnclosingFstrings(String text, String enclosingQuotes) {
    if (enclosingQuotes.isEmpty()) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || enclosingQuotes.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A finding without a fix. */
  Finding refused(int start, int end, String reason) {
    return Finding.reportOnly(code, finding, start, end).withFixTitle("not fixed: " + reason);
  }

  /**
   * Why evaluating the fields left to right differs from evaluating the arguments once, in order:
   * an argument with effects used twice, or one that may raise used out of order; an unused
   * argument is refused.
   */
  private static List<String> order(List<Piece> pieces, List<Argument> arguments) throws Refused {
    List<Integer> uses = uses(pieces);
    for (int i = 0; i < arguments.size(); i++) {
      if (!uses.contains(i)) {
        throw new Refused("argument `" + arguments.get(i).text() + "` is unused");
      }
    }
    List<String> reasons = new ArrayList<>();
    int last = -1;
    List<Integer> seen = new ArrayList<>();
    for (int i : uses) {
      Argument a = arguments.get(i);
      if (a.effects() == Argument.Effects.NONE) {
        if (!seen.contains(i)) {
          readLater(i, seen, arguments).ifPresent(reasons::add);
        }
        seen.add(i);
        continue;
      }
      if (seen.contains(i)) {
        if (a.effects() == Argument.Effects.ANY) {
          reasons.add("`" + a.text() + "` would be evaluated twice");
        }
      } else if (i < last) {
        reasons.add("`" + a.text() + "` would be evaluated out of order");
      }
      seen.add(i);
      last = Math.max(last, i);
    }
    formattedEarlier(uses, arguments).ifPresent(reasons::add);
    lookedUpEarlier(pieces, arguments).ifPresent(reasons::add);
    return reasons;
  }

  /**
   * Why the name {@code arguments.get(i)}, read now after the arguments in {@code evaluated}, could
   * read another value: one of those that came after it runs code ({@code "{1} {0}".format(total,
   * add())}, where {@code add()} rebinds {@code total}) or changes its object ({@code q.get()}).
   */
  private static Optional<String> readLater(
      int i, List<Integer> evaluated, List<Argument> arguments) {
    Argument name = arguments.get(i);
    for (int j : evaluated) {
      Argument other = arguments.get(j);
      if (j > i
          && !name.immutable()
          && (other.runsCode() || other.changes().stream().anyMatch(name.reads()::contains))) {
        return Optional.of(
            "`"
                + name.text()
                + "` would be read after `"
                + other.text()
                + "` runs, which may change it");
      }
    }
    return Optional.empty();
  }

  /**
   * Why a field's own lookup could raise first or run earlier: a format call looks up {@code
   * {0[key]}} and {@code {0.name}} after it has evaluated every argument, an f-string as it reaches
   * the field, before the arguments of later fields, so {@code "{0[k]} {1}".format(d, items[0])}
   * would raise KeyError where it raised IndexError.
   */
  private static Optional<String> lookedUpEarlier(List<Piece> pieces, List<Argument> arguments) {
    Set<Integer> evaluated = new HashSet<>();
    Field lookup = null;
    for (Field f : fields(pieces)) {
      Argument a = arguments.get(f.argument());
      if (lookup != null && evaluated.add(f.argument()) && a.effects() != Argument.Effects.NONE) {
        return Optional.of(
            "`"
                + arguments.get(lookup.argument()).text()
                + lookup.accessors().get(0).render('\'')
                + "` would be looked up before `"
                + a.text()
                + "` is evaluated");
      }
      evaluated.add(f.argument());
      if (lookup == null && !f.accessors().isEmpty()) {
        lookup = f;
      }
    }
    return Optional.empty();
  }

  /**
   * Why a field could print something else: a format call and {@code %} evaluate every argument
   * before they format any, an f-string formats each field before it evaluates the next, so a call
   * in a later field may change what an earlier one prints ({@code "{} {}".format(items,
   * items.pop())}).
   */
  private static Optional<String> formattedEarlier(List<Integer> uses, List<Argument> arguments) {
    for (int k = 0; k < uses.size(); k++) {
      Argument early = arguments.get(uses.get(k));
      if (early.immutable()) {
        continue;
      }
      for (int m = k + 1; m < uses.size(); m++) {
        Argument late = arguments.get(uses.get(m));
        if (late != early
            && (late.runsCode() || late.changes().stream().anyMatch(early.reads()::contains))) {
          return Optional.of(
              "`"
                  + early.text()
                  + "` would be formatted before `"
                  + late.text()
                  + "` runs, which may change it");
        }
      }
    }
    return Optional.empty();
  }

  /** The arguments the fields of {@code pieces} use, by index, in the order of evaluation. */
  static List<Integer> uses(List<Piece> pieces) {
    return fields(pieces).stream().map(Field::argument).toList();
  }

  /**
   * The fields of {@code pieces}, those nested in a spec after theirs, in the order of evaluation.
   */
  private static List<Field> fields(List<Piece> pieces) {
    List<Field> fields = new ArrayList<>();
    for (Piece p : pieces) {
      fields(p.parts(), fields);
    }
    return fields;
  }

  private static void fields(List<Part> parts, List<Field> fields) {
    for (Part p : parts) {
      if (p instanceof Field f) {
        fields.add(f);
        fields(f.spec(), fields);
      }
    }
  }

  private Fix fix(
      List<Piece> pieces,
      List<Argument> arguments,
      int deleteFrom,
      int end,
      boolean safe,
      String enclosingQuotes)
      throws Refused {
    List<Token> tokens = file.tokens();
    for (int i = firstAtOrAfter(tokens, deleteFrom); i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= end) {
        break;
      } else if (t.kind() == TokenKind.COMMENT) {
        throw new Refused("a comment would be lost");
      }
    }
    FstringWriter writer = new FstringWriter(arguments, settings.targetVersion());
    List<Edit> edits = new ArrayList<>();
    for (Piece p : pieces) {
      StringLiteral literal = p.literal();
      String text = writer.write(p);
      if (!fitsEnclosingFstrings(text, enclosingQuotes)) {
        throw new Refused(
            "inside an f-string's field, which before Python 3.12 cannot hold a backslash or that"
                + " f-string's quote");
      }
      if (literal.start() > 0
          && Character.isLetter(text.charAt(0))
          && Character.isUnicodeIdentifierPart(file.text().charAt(literal.start() - 1))) {
        // `return"{}".format(v)`: the new prefix would join the keyword into one name
        text = " " + text;
      }
      if (!text.equals(file.text().substring(literal.start(), literal.end()))) {
        edits.add(new Edit(literal.start(), literal.end(), text));
      }
    }
    Edit last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
    if (last != null && last.end() == deleteFrom) {
      edits.set(edits.size() - 1, new Edit(last.start(), end, last.replacement()));
    } else {
      edits.add(Edit.delete(deleteFrom, end));
    }
    checkJoinedLines(edits, deleteFrom, end);
    return new Fix(safe ? Applicability.SAFE : Applicability.UNSAFE, edits);
  }

  private static int firstAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** When the deleted text held a line break, every line the fix touches must fit. */
  private void checkJoinedLines(List<Edit> edits, int deleteFrom, int end) throws Refused {
    String text = file.text();
    String deleted = text.substring(deleteFrom, end);
    if (deleted.indexOf('\n') < 0 && deleted.indexOf('\r') < 0) {
      return;
    }
    int from = edits.get(0).start();
    while (from > 0 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r') {
      from--;
    }
    int to = end;
    while (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
      to++;
    }
    StringBuilder region = new StringBuilder();
    int at = from;
    for (Edit e : edits) {
      region.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    region.append(text, at, to);
    int lineStart = 0;
    for (int i = 0; i <= region.length(); i++) {
      if (i == region.length() || region.charAt(i) == '\n' || region.charAt(i) == '\r') {
        // measured as E501 measures it: wide characters count 2 columns
        if (Width.of(region.substring(lineStart, i)) > settings.lineLength()) {
          throw new Refused(
              "joining the call onto one line would pass " + settings.lineLength() + " columns");
        }
        lineStart = i + 1;
      }
    }
  }
}
