package pyfix.fixers.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import pyfix.fix.Edit;
import pyfix.fix.RuleContext;
import pyfix.fixers.common.Pragmas;
import pyfix.parse.ParsedFile;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.BlockContext;
import pyfix.parse.PythonParser.SimpleStatementContext;
import pyfix.parse.PythonParser.SimpleStatementsContext;
import pyfix.semantic.Syntax;
import pyfix.source.Token;

/**
 * The line breaks that put statements written on one line onto lines of their own: after the colon
 * of a header whose body shares its line, and in place of a {@code ;} between statements. New lines
 * take the file's line break, and the indent of the block the statements are in: the header's
 * indent plus the file's indent unit for a body on its header's line.
 */
final class StatementLines {
  private StatementLines() {}

  /** The {@code ;} tokens of {@code line}, each followed by a statement or, last, by none. */
  static List<TerminalNode> semicolons(SimpleStatementsContext line) {
    List<TerminalNode> out = null;
    // by index, and no list for the many lines without one: this runs for every line
    for (int i = 0; i < line.getChildCount(); i++) {
      // the line's only other token is its NEWLINE: comparing types spares reading each text
      if (line.getChild(i) instanceof ParserToken t && t.getType() != PythonParser.NEWLINE) {
        if (out == null) {
          out = new ArrayList<>();
        }
        out.add(t);
      }
    }
    return out == null ? List.of() : out;
  }

  /** The statement right after {@code semicolon}, or null when it ends the line. */
  static SimpleStatementContext after(TerminalNode semicolon) {
    ParserRuleContext line = (ParserRuleContext) semicolon.getParent();
    int i = line.children.indexOf(semicolon);
    return line.getChild(i + 1) instanceof SimpleStatementContext s ? s : null;
  }

  /** The statement right before {@code semicolon}. */
  static SimpleStatementContext before(TerminalNode semicolon) {
    ParserRuleContext line = (ParserRuleContext) semicolon.getParent();
    return (SimpleStatementContext) line.getChild(line.children.indexOf(semicolon) - 1);
  }

  /** Whether {@code line} is the body of a block header, written on the header's line. */
  static boolean onHeaderLine(SimpleStatementsContext line) {
    return line.getParent() instanceof BlockContext;
  }

  /**
   * The edit that moves {@code body}, a block's statements on its header's line, to the next line
   * one indent unit deeper than the header: it replaces the blanks and backslash continuations
   * between the header's colon and the body. Null when the header's indent cannot be read.
   */
  static Edit breakAfterColon(RuleContext context, SimpleStatementsContext body) {
    String text = context.file().text();
    String indent = indentOf(text, Syntax.start((ParserRuleContext) body.getParent().getParent()));
    if (indent == null) {
      return null;
    }
    int start = Syntax.start(body);
    return new Edit(
        colonEnd(text, start),
        start,
        context.file().stylist().newline() + indent + context.file().stylist().indent());
  }

  /**
   * The edit that replaces {@code semicolon} and the blanks around it with a line break and {@code
   * indent}, so the statement after it starts a line of its own.
   */
  static Edit split(RuleContext context, TerminalNode semicolon, String indent) {
    return new Edit(
        Syntax.end(before(semicolon)),
        Syntax.start(after(semicolon)),
        context.file().stylist().newline() + indent);
  }

  /**
   * The indent of the statements of {@code line}: the body's indent for a body on its header's
   * line, else the blanks before the line's first statement. Null when code precedes them.
   */
  static String indentOfStatements(RuleContext context, SimpleStatementsContext line) {
    String text = context.file().text();
    if (!onHeaderLine(line)) {
      return indentOf(text, Syntax.start(line));
    }
    String header = indentOf(text, Syntax.start((ParserRuleContext) line.getParent().getParent()));
    return header == null ? null : header + context.file().stylist().indent();
  }

  /**
   * A fix title refusing the split when the line holding {@code offset} ends with a pragma comment
   * ({@code # type: ignore}, {@code # noqa}, … or coverage's {@code # pragma: no cover}), else
   * null. Such a comment covers every statement on its line, and coverage a whole clause from its
   * header's line: a statement split off would lose it, and mypy or the linter would report it
   * again.
   */
  static String pragmaRefusal(RuleContext context, int offset) {
    ParsedFile file = context.file();
    int line = file.lines().line(offset);
    for (int i : file.comments()) {
      Token comment = file.tokens().get(i);
      String text = comment.text(file.text());
      if (comment.line() == line && (Pragmas.in(text) || COVERAGE_PRAGMA.matcher(text).find())) {
        return "not fixed: the statements on the line share its `" + text.strip() + "`";
      }
    }
    return null;
  }

  private static final Pattern COVERAGE_PRAGMA = Pattern.compile("#\\s*pragma:");

  /** The offset after the colon that ends the header before offset {@code bodyStart}. */
  static int colonEnd(String text, int bodyStart) {
    int at = bodyStart;
    while (at > 0 && " \t\f\\\r\n".indexOf(text.charAt(at - 1)) >= 0) {
      at--;
    }
    if (at == 0 || text.charAt(at - 1) != ':') {
      throw new IllegalStateException("no header colon before offset " + bodyStart);
    }
    return at;
  }

  /**
   * The blanks between the start of the line holding {@code offset} and {@code offset}, after the
   * last form feed (which resets Python's column count); null when other text is there.
   */
  private static String indentOf(String text, int offset) {
    int lineStart = offset;
    while (lineStart > 0
        && text.charAt(lineStart - 1) != '\n'
        && text.charAt(lineStart - 1) != '\r') {
      lineStart--;
    }
    String prefix = text.substring(lineStart, offset);
    return prefix.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\f')
        ? prefix.substring(prefix.lastIndexOf('\f') + 1)
        : null;
  }
}
