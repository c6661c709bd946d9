package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import pyfix.fixers.common.Pragmas;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Reads one import statement from its tokens into an {@link ImportStatement}, placing each comment
 * as isort does: a comment after the only name of its line inside parentheses belongs to that name,
 * after several names to the statement (a pragma to every name on its line, so that each keeps its
 * {@code # noqa}, and on the {@code from} line to the statement, which linters report there), an
 * own-line comment inside parentheses to the name below it, and any other comment to the statement,
 * which gives it to each of its names (a straight import's non-pragma comments to the first only).
 * In Ruff style a {@code from} import's comments are placed as Ruff places them ({@link
 * #placeAsRuff}).
 */
final class StatementReader {
  private final String text;
  private final List<Token> tokens;
  private final boolean ruff;

  StatementReader(String text, List<Token> tokens, boolean ruff) {
    this.text = text;
    this.tokens = tokens;
    this.ruff = ruff;
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
    int closing = -1;
    List<Token> ruffComments = new ArrayList<>();
    Token previous = null;
    for (int i = first + 1; i < last; i++) {
      Token t = tokens.get(i);
      TokenKind kind = t.kind();
      if (kind == TokenKind.COMMENT && ruff && from) {
        ruffComments.add(t); // placed once the names are known
        continue;
      }
      if (kind == TokenKind.COMMENT) {
        String comment = t.text(text);
        if (closed
            && !Pragmas.in(comment)
            && previous.line() == t.line()
            && t.line() != tokens.get(first).line()
            && namesOn(aliases, t.line()) == 1) {
          // `    c)  # comment`: isort reads it as the comment of the line's only name
          aliases.get(aliases.size() - 1).inline.add(comment);
        } else if (!inParens || closed || previous.is(text, "(") && previous.line() == t.line()) {
          inline.add(new StatementComment(t.start(), comment, false));
        } else if (previous.line() == t.line() && !aliases.isEmpty()) {
          if (Pragmas.in(comment) && t.line() == tokens.get(first).line()) {
            // on the `from` line, where flake8 and F401 report every name of the statement, a
            // pragma covers them all: `from m import (b, a,  # noqa` / `c)`
            inline.add(new StatementComment(t.start(), comment, false));
          } else if (Pragmas.in(comment)) {
            // a pragma (# noqa) covers every name on its line, not only the last one
            for (Builder b : aliases) {
              if (b.line == t.line()) {
                b.inline.add(comment);
              }
            }
          } else if (namesOn(aliases, t.line()) == 1) {
            aliases.get(aliases.size() - 1).inline.add(comment);
          } else {
            // after several names isort takes it for the statement's, and so keeps it there when
            // its grid mode prints `from m import (a, b,  # comment`
            inline.add(new StatementComment(t.start(), comment, false));
          }
        } else {
          pendingAbove.add(new StatementComment(t.start(), comment, false));
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
        closing = t.start();
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
            new Builder(
                s, t.start(), t.line(), pendingAbove.stream().map(StatementComment::text).toList());
        pendingAbove = new ArrayList<>();
        aliases.add(b);
      }
      if (!aliases.isEmpty() && !s.equals(",") && !s.equals(")")) {
        aliases.get(aliases.size() - 1).endLine = t.line(); // "as" may wrap in parentheses
      }
      previous = t;
    }
    if (!ruffComments.isEmpty()) {
      placeAsRuff(ruffComments, tokens.get(first).line(), aliases, closing, inline);
    }
    boolean alone = from && aliases.size() == 1 && !inParens;
    List<Alias> built = new ArrayList<>();
    for (Builder b : aliases) {
      // isort keeps a straight import's comment on its first module, Ruff any statement's on its
      // first name; pragmas go on every line
      List<StatementComment> comments =
          from && !ruff || built.isEmpty()
              ? inline
              : inline.stream().filter(StatementComment::pragma).toList();
      built.add(
          new Alias(b.name.toString(), b.asName, b.above, b.inline, b.after, comments, alone));
    }
    return new ImportStatement(
        from ? module.toString() : null, built, above, inParens && magicComma);
  }

  /**
   * Places the comments of a {@code from} import as Ruff does, in source order: those on the {@code
   * from} line go to the statement, unless its only name is on that line too; then to each name the
   * comments above it and those on its line (a comment on a line of several names to the first, a
   * pragma to all of them); own-line comments after the last name go after it; what follows the
   * closing parenthesis on a line of its own is the statement's again, printed after that
   * parenthesis.
   */
  private void placeAsRuff(
      List<Token> comments,
      int fromLine,
      List<Builder> aliases,
      int closing,
      List<StatementComment> statement) {
    int next = 0;
    if (aliases.size() > 1 || !aliases.isEmpty() && aliases.get(0).line != fromLine) {
      for (; next < comments.size() && comments.get(next).line() == fromLine; next++) {
        Token c = comments.get(next);
        statement.add(new StatementComment(c.start(), c.text(text), false));
      }
    }
    for (Builder b : aliases) {
      for (; next < comments.size() && comments.get(next).start() < b.start; next++) {
        b.above.add(comments.get(next).text(text));
      }
      for (; next < comments.size() && comments.get(next).line() <= b.endLine; next++) {
        String comment = comments.get(next).text(text);
        b.inline.add(comment);
        if (Pragmas.in(comment)) {
          for (Builder other : aliases) {
            if (other != b && other.line == b.endLine) {
              other.inline.add(comment);
            }
          }
        }
      }
    }
    for (; next < comments.size() && comments.get(next).start() < closing; next++) {
      aliases.get(aliases.size() - 1).after.add(comments.get(next).text(text));
    }
    for (; next < comments.size(); next++) {
      Token c = comments.get(next);
      statement.add(new StatementComment(c.start(), c.text(text), c.line() != fromLine));
    }
  }

  private static long namesOn(List<Builder> aliases, int line) {
    return aliases.stream().filter(b -> b.line == line).count();
  }

  /** An alias while its tokens are read. */
  private static final class Builder {
    final StringBuilder name;
    final int start;
    final int line;
    int endLine;
    final List<String> above;
    final List<String> inline = new ArrayList<>();
    final List<String> after = new ArrayList<>();
    String asName;

    Builder(String name, int start, int line, List<String> above) {
      this.name = new StringBuilder(name);
      this.start = start;
      this.line = line;
      this.endLine = line;
      this.above = new ArrayList<>(above);
    }
  }
}
