package pyfix.fix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.ReplacementFieldContext;
import pyfix.semantic.Syntax;

/**
 * The self-documenting fields of a text's f-strings ({@code f"{x == None=}"}), whose expression the
 * program prints as written: a fix that edits one would change the output, however equivalent its
 * code, so it keeps no fix.
 */
final class DebugFields {
  private static final DebugFields NONE = new DebugFields(List.of());

  private final List<int[]> spans;

  private DebugFields(List<int[]> spans) {
    this.spans = spans;
  }

  static DebugFields of(ParsedFile file) {
    if (!mayHoldOne(file.text())) {
      return NONE;
    }
    List<int[]> spans = new ArrayList<>();
    Deque<ParseTree> todo = new ArrayDeque<>();
    todo.push(file.tree());
    while (!todo.isEmpty()) {
      ParseTree node = todo.pop();
      if (node instanceof ReplacementFieldContext field && field.EQUAL() != null) {
        spans.add(new int[] {Syntax.start(field), Syntax.end(field.EQUAL())});
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        if (node.getChild(i) instanceof ParserRuleContext child) {
          todo.push(child);
        }
      }
    }
    return spans.isEmpty() ? NONE : new DebugFields(spans);
  }

  /**
   * Whether {@code text} holds an '=' followed, past blanks, by a '!', ':' or '}', as the '=' that
   * ends a self-documenting field's expression is. A loop over {@code indexOf}: a regex's search,
   * which tries every position, took as long as a rule (5% of a stdlib check).
   */
  private static boolean mayHoldOne(String text) {
    for (int i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) {
      int k = i + 1;
      while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k < text.length()) {
        char c = text.charAt(k);
        if (c == '!' || c == ':' || c == '}') {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an edit of {@code fix} touches the text of a self-documenting field. */
  boolean touchedBy(Fix fix) {
    for (Edit e : fix.edits()) {
      for (int[] span : spans) {
        if (e.start() < span[1] && e.end() > span[0]
            || e.start() == e.end() && e.start() > span[0] && e.start() < span[1]) {
          return true;
        }
      }
    }
    return false;
  }
}
