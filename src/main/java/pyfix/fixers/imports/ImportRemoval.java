package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Edit;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.BlockContext;
import pyfix.parse.PythonParser.FileContext;
import pyfix.parse.PythonParser.FromImportStatementContext;
import pyfix.parse.PythonParser.ImportStatementContext;
import pyfix.parse.PythonParser.SimpleStatementsContext;
import pyfix.parse.PythonParser.StatementContext;
import pyfix.semantic.Alias;
import pyfix.semantic.Syntax;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * The edits that take unused names out of an import statement.
 *
 * <p>Requirements: the names of {@link UnusedAliases#unused()}. Transformations: some names go with
 * the comma between them and a kept neighbour; when all go, the statement's line goes, or the
 * statement becomes {@code pass} where its block would be left empty. Refuses when a comment sits
 * in the removed text, when the statement shares its line with another after {@code ;}, and when a
 * string statement after it would become the docstring ({@code import os} before {@code "text"} at
 * the top of a module).
 *
 * <p>Whether a block is left empty depends on what the caller's rule does with the statements after
 * the first: a {@code removedAlong} predicate says whether the rule removes one of them whole in
 * the same round. A wrong "kept" would empty a block, which the engine's parse check undoes; a
 * wrong "removed" leaves a needless {@code pass}, so callers answer "removed" when unsure.
 *
 * @param edits the edits, empty when refused
 * @param refusal why there is no fix, or null
 */
record ImportRemoval(List<Edit> edits, String refusal) {

  /**
   * The removal of {@code unused}'s names from {@code file}, where {@code removedAlong} says which
   * statements of its block go in the same round.
   */
  static ImportRemoval of(
      UnusedAliases unused, ParsedFile file, Predicate<StatementContext> removedAlong) {
    if (unused.all() && exposesDocstring(unused.statement(), removedAlong)) {
      return new ImportRemoval(List.of(), "the string after it would become the docstring");
    }
    List<Edit> edits = unused.all() ? whole(unused.statement(), file, removedAlong) : some(unused);
    if (edits == null) {
      return new ImportRemoval(List.of(), "it shares its line with another statement");
    }
    for (Edit e : edits) {
      if (hasComment(file, e.start(), e.end())) {
        return new ImportRemoval(List.of(), "a comment would go with it");
      }
    }
    return new ImportRemoval(List.copyOf(edits), null);
  }

  /** Removes runs of unused names, each with the comma that separates it from a kept name. */
  private static List<Edit> some(UnusedAliases unused) {
    List<Alias> aliases = unused.aliases();
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    while (i < aliases.size()) {
      if (!unused.unused().contains(i)) {
        i++;
        continue;
      }
      int first = i;
      while (i < aliases.size() && unused.unused().contains(i)) {
        i++;
      }
      edits.add(
          i < aliases.size()
              ? new Edit(aliases.get(first).start(), aliases.get(i).start(), "")
              : new Edit(aliases.get(first - 1).end(), aliases.get(i - 1).end(), ""));
    }
    return edits;
  }

  /** Removes the statement's line, or writes {@code pass} where the block would be empty. */
  private static List<Edit> whole(
      ParserRuleContext statement, ParsedFile file, Predicate<StatementContext> removedAlong) {
    SimpleStatementsContext line = (SimpleStatementsContext) statement.getParent();
    if (line.simpleStatement().size() > 1) {
      return null;
    }
    Edit pass = new Edit(Syntax.start(statement), Syntax.end(statement), "pass");
    if (line.getParent() instanceof BlockContext) {
      return List.of(pass); // `if x: import y`
    }
    StatementContext own = (StatementContext) line.getParent();
    if (own.getParent() instanceof BlockContext block && firstOfEmptied(block, own, removedAlong)) {
      return List.of(pass);
    }
    String text = file.text();
    int start = Syntax.start(statement);
    while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
      start--;
    }
    if (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      return List.of(pass); // a form feed or similar before it: keep the line's layout
    }
    int end = Syntax.end(line.NEWLINE());
    if (own.getParent() instanceof FileContext module
        && endsLeadingRun(module, own, removedAlong)) {
      end = afterBlankLines(text, end); // a file does not start with blank lines
    }
    return List.of(new Edit(start, end, ""));
  }

  /**
   * Whether {@code own} is the last of the statements that open the file and all go, with code
   * after it.
   */
  private static boolean endsLeadingRun(
      FileContext module, StatementContext own, Predicate<StatementContext> removedAlong) {
    List<StatementContext> statements = module.statement();
    int at = statements.indexOf(own);
    if (Syntax.start(statements.get(0)) != 0
        || at + 1 == statements.size()
        || removedAlong.test(statements.get(at + 1))) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      if (!removedAlong.test(statements.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static int afterBlankLines(String text, int at) {
    int end = at;
    int i = at;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '\n' || c == '\r') {
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        end = i;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether removing {@code statement}, with the statements before it in its module, {@code def} or
   * {@code class} body, would leave a string literal statement first, which Python would then take
   * for the docstring.
   */
  private static boolean exposesDocstring(
      ParserRuleContext statement, Predicate<StatementContext> removedAlong) {
    if (!(statement.getParent().getParent() instanceof StatementContext own)) {
      return false; // `def f(): import os`
    }
    ParserRuleContext body = own.getParent();
    if (!Syntax.opensDocstringBody(body)) {
      return false;
    }
    boolean passedOwn = false;
    for (int i = 0; i < body.getChildCount(); i++) {
      if (!(body.getChild(i) instanceof StatementContext s)) {
        continue;
      }
      if (s == own) {
        passedOwn = true;
      } else if (!removedAlong.test(s)) {
        return passedOwn && Syntax.isDocstring(s);
      }
    }
    return false;
  }

  /** Whether {@code own} opens {@code block} and every other statement of it goes along. */
  private static boolean firstOfEmptied(
      BlockContext block, StatementContext own, Predicate<StatementContext> removedAlong) {
    List<StatementContext> statements = block.statement();
    if (statements.get(0) != own) {
      return false;
    }
    for (int i = 1; i < statements.size(); i++) {
      if (!removedAlong.test(statements.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The import statement that is all of {@code s}'s line, or null. */
  static ParserRuleContext loneImport(StatementContext s) {
    SimpleStatementsContext line = s.simpleStatements();
    if (line == null || line.simpleStatement().size() != 1) {
      return null;
    }
    ParseTree simple = line.getChild(0);
    return simple instanceof ImportStatementContext || simple instanceof FromImportStatementContext
        ? (ParserRuleContext) simple
        : null;
  }

  /** The old answer for rules that do not know better: every wholly unused import goes. */
  static Predicate<StatementContext> whollyUnusedImports(ParsedFile file) {
    return s -> {
      ParserRuleContext simple = loneImport(s);
      return simple != null && UnusedAliases.of(simple, file).all();
    };
  }

  private static boolean hasComment(ParsedFile file, int start, int end) {
    List<Token> tokens = file.tokens();
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low; i < tokens.size() && tokens.get(i).start() < end; i++) {
      if (tokens.get(i).kind() == TokenKind.COMMENT) {
        return true;
      }
    }
    return false;
  }
}
