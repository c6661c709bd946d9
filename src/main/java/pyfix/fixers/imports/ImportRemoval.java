package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Edit;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.BlockContext;
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
 * in the removed text or when the statement shares its line with another after {@code ;}.
 *
 * @param edits the edits, empty when refused
 * @param refusal why there is no fix, or null
 */
record ImportRemoval(List<Edit> edits, String refusal) {

  /** The removal of {@code unused}'s names from {@code file}. */
  static ImportRemoval of(UnusedAliases unused, ParsedFile file) {
    List<Edit> edits = unused.all() ? whole(unused.statement(), file) : some(unused);
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
  private static List<Edit> whole(ParserRuleContext statement, ParsedFile file) {
    SimpleStatementsContext line = (SimpleStatementsContext) statement.getParent();
    if (line.simpleStatement().size() > 1) {
      return null;
    }
    Edit pass = new Edit(Syntax.start(statement), Syntax.end(statement), "pass");
    if (line.getParent() instanceof BlockContext) {
      return List.of(pass); // `if x: import y`
    }
    StatementContext own = (StatementContext) line.getParent();
    if (own.getParent() instanceof BlockContext block && firstOfEmptied(block, own, file)) {
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
    return List.of(new Edit(start, Syntax.end(line.NEWLINE()), ""));
  }

  /**
   * Whether {@code own} opens {@code block} and every statement of it is a wholly unused import.
   */
  private static boolean firstOfEmptied(BlockContext block, StatementContext own, ParsedFile file) {
    if (block.statement(0) != own) {
      return false;
    }
    for (StatementContext s : block.statement()) {
      ParseTree simple = s.simpleStatements() == null ? null : s.simpleStatements().getChild(0);
      if (!(simple instanceof ImportStatementContext
              || simple instanceof FromImportStatementContext)
          || !UnusedAliases.of((ParserRuleContext) simple, file).all()) {
        return false;
      }
    }
    return true;
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
