package pyfix.fixers.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.semantic.Binding;
import pyfix.semantic.Reference;
import pyfix.semantic.SemanticModel;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Whether a file hands a function on instead of only calling it: reads its name without a call
 * after it ({@code show.register(show_list)}, {@code typer.run(main)}, {@code for f in (a, b)}), or
 * an attribute of that name ({@code self.handler}). What receives the function may read its
 * signature, as a decorator may. By name, in any scope; kept per text in {@link
 * ParsedFile#derived}.
 */
public final class PassedOn {
  // where each name is spelled without a call after it, outside attributes
  private final Map<String, Set<Integer>> uncalled = new HashMap<>();
  // attribute names spelled without a call after them
  private final Set<String> uncalledAttributes = new HashSet<>();

  private PassedOn(ParsedFile file) {
    String text = file.text();
    List<Token> tokens = file.tokens();
    int previous = -1; // the last token that is not trivia
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind().isTrivia()) {
        continue;
      }
      if (t.kind() == TokenKind.NAME && !calledAt(tokens, text, i)) {
        if (previous >= 0 && tokens.get(previous).is(text, ".")) {
          uncalledAttributes.add(t.text(text));
        } else {
          uncalled.computeIfAbsent(t.text(text), k -> new HashSet<>()).add(t.start());
        }
      }
      previous = i;
    }
  }

  private static boolean calledAt(List<Token> tokens, String text, int i) {
    int next = i + 1;
    while (next < tokens.size() && tokens.get(next).kind().isTrivia()) {
      next++;
    }
    return next < tokens.size() && tokens.get(next).is(text, "(");
  }

  /**
   * Whether {@code file} reads the function {@code def} defines without calling it, or an attribute
   * of its name: a read that finds no binding, or another binding too, counts.
   */
  public static boolean of(ParsedFile file, FunctionDefContext def) {
    String function = def.NAME().getText();
    PassedOn p = file.derived(PassedOn.class, PassedOn::new);
    if (p.uncalledAttributes.contains(function)) {
      return true;
    }
    Set<Integer> starts = p.uncalled.get(function);
    if (starts == null) {
      return false;
    }
    // a parameter, keyword or import of that name is no read, and another scope's is another name
    SemanticModel model = SemanticModel.of(file);
    for (Reference r : model.references(function)) {
      if (starts.contains(r.start())) {
        List<Binding> found = model.resolve(r);
        if (found.isEmpty() || found.stream().anyMatch(b -> b.node() == def)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The reason a fix that changes {@code function}'s signature is UNSAFE, for a finding. */
  public static String reason(String function) {
    return "`"
        + function
        + "` is passed on, not only called, and what receives it may read its signature";
  }
}
