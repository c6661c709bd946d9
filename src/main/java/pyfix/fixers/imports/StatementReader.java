package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import pyfix.fixers.common.Pragmas;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Reads one import statement from its tokens into an {@link ImportStatement}, placing each comment
 * as isort does: a comment after a name inside parentheses belongs to that name (a pragma to every
 * name on its line, so that each keeps its {@code # noqa}), an own-line comment inside parentheses
 * to the name below it, and any other comment to the statement, which gives it to each of its names
 * (a straight import's non-pragma comments to the first only).
 */
final class StatementReader {
  private final String text;
  private final List<Token> tokens;

  StatementReader(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /** The statement made of tokens {@code first} to {@code last} (its NEWLINE), inclusive. */
  ImportStatement read(int first, int last, List<String> above) {
    boolean from = tokens.get(first).is(text, "from");
    StringBuilder module = new StringBuilder();
    List<StatementComment> inline = new ArrayList<>();
    List<Builder> aliases = new ArrayList<>();
    List<StatementComment> pendingAbove = new ArrayList<>();
    boolean inModule = from;
    boolean inParens = false;
    boolean closed = false;
    boolean magicComma = false;
    Token previous = null;
    for (int i = first + 1; i < last; i++) {
      Token t = tokens.get(i);
      TokenKind kind = t.kind();
      if (kind == TokenKind.COMMENT) {
        String comment = t.text(text);
        if (!inParens || closed || previous.is(text, "(") && previous.line() == t.line()) {
          inline.add(new StatementComment(t.start(), comment));
        } else if (previous.line() == t.line() && !aliases.isEmpty()) {
          if (Pragmas.in(comment)) {
            // a pragma (# noqa) covers every name on its line, not only the last one
            for (Builder b : aliases) {
              if (b.line == t.line()) {
                b.inline.add(comment);
              }
            }
          } else {
            aliases.get(aliases.size() - 1).inline.add(comment);
          }
        } else {
          pendingAbove.add(new StatementComment(t.start(), comment));
        }
        continue;
      }
      if (kind.isTrivia()) {
        continue;
      }
      String s = t.text(text);
      if (inModule) {
        if (s.equals("import")) {
          inModule = false;
        } else {
          module.append(s);
        }
      } else if (s.equals("(")) {
        inParens = true;
      } else if (s.equals(")")) {
        closed = true;
        magicComma = previous.is(text, ",");
        // own-line comments before ")" belong to the statement
        inline.addAll(pendingAbove);
        pendingAbove.clear();
      } else if (s.equals("as")) {
        // the next NAME is the alias
      } else if (s.equals(",")) {
        // separates aliases
      } else if (previous != null && previous.is(text, "as")) {
        aliases.get(aliases.size() - 1).asName = s;
      } else if (!from && previous != null && previous.is(text, ".")) {
        aliases.get(aliases.size() - 1).name.append('.').append(s);
      } else if (!from && s.equals(".")) {
        // joins the parts of a dotted module name
      } else {
        Builder b =
            new Builder(s, t.line(), pendingAbove.stream().map(StatementComment::text).toList());
        pendingAbove = new ArrayList<>();
        aliases.add(b);
      }
      previous = t;
    }
    boolean alone = from && aliases.size() == 1 && !inParens;
    List<Alias> built = new ArrayList<>();
    for (Builder b : aliases) {
      // isort keeps a straight import's comment on its first module; pragmas go on every line
      List<StatementComment> comments =
          from || built.isEmpty()
              ? inline
              : inline.stream().filter(StatementComment::pragma).toList();
      built.add(new Alias(b.name.toString(), b.asName, b.above, b.inline, comments, alone));
    }
    return new ImportStatement(
        from ? module.toString() : null, built, above, inParens && magicComma);
  }

  /** An alias while its tokens are read. */
  private static final class Builder {
    final StringBuilder name;
    final int line;
    final List<String> above;
    final List<String> inline = new ArrayList<>();
    String asName;

    Builder(String name, int line, List<String> above) {
      this.name = new StringBuilder(name);
      this.line = line;
      this.above = above;
    }
  }
}
