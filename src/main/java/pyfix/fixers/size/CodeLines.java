package pyfix.fixers.size;

import java.util.BitSet;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.StatementContext;
import pyfix.semantic.Syntax;
import pyfix.source.LineMap;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * The lines of a file that hold code: a token other than a comment, a line break or indentation,
 * and not a docstring. Built once per text and shared by PYF001 and PYF002.
 */
final class CodeLines {
  private final BitSet lines = new BitSet();
  private final LineMap map;

  private CodeLines(ParsedFile file) {
    map = file.lines();
    List<Token> tokens = file.tokens();
    int marked = 0; // lines 1..marked are decided: tokens come in order, most on such a line
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind().isTrivia()
          || t.kind() == TokenKind.NEWLINE
          || t.kind() == TokenKind.INDENT
          || t.kind() == TokenKind.DEDENT
          || t.kind() == TokenKind.ENDMARKER) {
        continue;
      }
      // only a token that runs past its first line's end needs a search for its last line
      int last = Math.max(t.start(), t.end() - 1);
      int lastLine = last < map.lineEnd(t.line()) ? t.line() : map.line(last);
      if (lastLine > marked) {
        lines.set(Math.max(t.line(), marked + 1), lastLine + 1);
        marked = lastLine;
      }
    }
    clearDocstrings(file.tree(), true);
  }

  /** The code lines of {@code file}. */
  static CodeLines of(ParsedFile file) {
    return file.derived(CodeLines.class, CodeLines::new);
  }

  /** How many lines of {@code first..last} (1-based, inclusive) hold code. */
  int count(int first, int last) {
    return lines.get(first, last + 1).cardinality();
  }

  /** The {@code n}th line holding code (1-based), or -1 when there are fewer. */
  int nth(int n) {
    int line = lines.nextSetBit(0);
    for (int i = 1; i < n && line >= 0; i++) {
      line = lines.nextSetBit(line + 1);
    }
    return line;
  }

  /** Every line that holds code. */
  int total() {
    return lines.cardinality();
  }

  /**
   * Clears the lines of the docstring of the body whose statements are the children of {@code
   * parent} (a file or an indented block), if it may have one, and of those below it. It loops over
   * children, not the generated accessors' lists: this visits every compound statement of a file.
   */
  private void clearDocstrings(ParserRuleContext parent, boolean mayHaveDocstring) {
    boolean first = true;
    for (int i = 0; i < parent.getChildCount(); i++) {
      if (!(parent.getChild(i) instanceof StatementContext s)) {
        continue;
      }
      if (first && mayHaveDocstring && Syntax.isDocstring(s)) {
        PythonParser.StringsContext doc = Syntax.docstring(List.of(s));
        lines.clear(map.line(Syntax.start(doc)), map.line(Syntax.end(doc) - 1) + 1);
      }
      first = false;
      if (s.getChild(0) instanceof PythonParser.CompoundStatementContext compound) {
        clearNested(compound);
      }
    }
  }

  private void clearNested(PythonParser.CompoundStatementContext compound) {
    for (int i = 0; i < compound.getChildCount(); i++) {
      if (compound.getChild(i) instanceof PythonParser.BlockContext block) {
        clearDocstrings(block, false);
      } else if (compound.getChild(i) instanceof PythonParser.FunctionDefContext def) {
        clearDocstrings(def.block(), true);
      } else if (compound.getChild(i) instanceof PythonParser.ClassDefContext c) {
        clearDocstrings(c.block(), true);
      } else if (compound.getChild(i) instanceof PythonParser.ExceptClauseContext e) {
        clearDocstrings(e.block(), false);
      } else if (compound.getChild(i) instanceof PythonParser.CaseBlockContext c) {
        clearDocstrings(c.block(), false);
      }
    }
  }
}
