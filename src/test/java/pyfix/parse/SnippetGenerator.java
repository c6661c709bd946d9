package pyfix.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random Python snippets built from the productions of {@code PythonParser.g4}: statements,
 * targets, comprehensions, a walrus wherever the grammar has a named expression (and in some places
 * where it has none), decorators, lambdas, star expressions and {@code match} patterns. A snippet
 * is a token list rendered with a random gap between each two tokens (spaces, a backslash
 * continuation, inside brackets a line break or a comment) and random blank, comment and backslash
 * lines between statements. A third of the snippets then get one token deleted, duplicated, swapped
 * or inserted, so that both sides of the grammar are exercised.
 *
 * <p>Only Python 3.11 syntax is produced, the oracle's version: no type parameters or {@code type}
 * statements, no PEP 701 f-strings, no t-strings, no unparenthesized {@code except A, B}.
 */
final class SnippetGenerator {
  private static final String NEWLINE = "\n";
  private static final String INDENT = "<indent>";
  private static final String DEDENT = "<dedent>";
  private static final String[] NAMES = {"a", "b", "x", "y", "_", "match", "case", "type"};
  private static final String[] NUMBERS = {"0", "1", "2.5", "0x1f", "1_000", "3j", "1e3", ".5"};
  private static final String[] STRINGS = {
    "'s'", "\"t\"", "b'x'", "rb'\\d'", "'''m'''", "f'{a}'", "f'{a!r:>{b}}'", "f'{a=}'", "u'u'"
  };
  private static final String[] BINARY = {
    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "and", "or"
  };
  private static final String[] COMPARISON = {
    "<", ">", "==", ">=", "<=", "!=", "in", "not in", "is", "is not"
  };
  private static final String[] AUGMENTED = {"+=", "-=", "*=", "@=", "/=", "//=", "**=", "|="};
  private static final String[] NOISE = {
    ":", "=", "(", ")", "[", "]", ",", "*", "**", ":=", "if", "lambda", "not", "for", "in", "yield",
    "as", ".", "@", "->", NEWLINE, INDENT, DEDENT, "a", "1"
  };

  private final Random random;
  private List<String> out;
  private int depth;
  private int budget;

  SnippetGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The next snippet: one to three statements, maybe mutated. */
  String next() {
    out = new ArrayList<>();
    depth = 0;
    budget = 6 + random.nextInt(40);
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      statement(0);
    }
    if (random.nextInt(3) == 0) {
      mutate();
    }
    return render();
  }

  // ---------------------------------------------------------------- statements

  private void statement(int nesting) {
    int pick = random.nextInt(nesting > 1 || spent() ? 12 : 22);
    if (pick < 12) {
      simpleStatements();
      return;
    }
    switch (pick) {
      case 12 -> ifStatement(nesting);
      case 13 -> {
        emit("while");
        namedExpression();
        block(nesting);
        maybeElse(nesting);
      }
      case 14 -> {
        maybe("async");
        emit("for");
        targetList();
        emit("in");
        starExpressions();
        block(nesting);
        maybeElse(nesting);
      }
      case 15 -> withStatement(nesting);
      case 16 -> tryStatement(nesting);
      case 17, 18 -> definition(nesting);
      default -> matchStatement(nesting);
    }
  }

  private void simpleStatements() {
    simpleStatement();
    while (random.nextInt(5) == 0) {
      emit(";");
      simpleStatement();
    }
    maybe(";");
    emit(NEWLINE);
  }

  private void simpleStatement() {
    switch (random.nextInt(20)) {
      case 0, 1, 2 -> starExpressions();
      case 3, 4, 5 -> assignment();
      case 6 -> {
        target();
        emit(AUGMENTED[random.nextInt(AUGMENTED.length)]);
        rightHandSide();
      }
      case 7 -> {
        target();
        emit(":");
        test();
        if (random.nextBoolean()) {
          emit("=");
          rightHandSide();
        }
      }
      case 8 -> {
        emit("del");
        targetList();
      }
      case 9 -> emit(pickOf("pass", "break", "continue"));
      case 10 -> {
        emit("return");
        if (random.nextBoolean()) {
          starExpressions();
        }
      }
      case 11 -> {
        emit("raise");
        if (random.nextBoolean()) {
          test();
          if (random.nextBoolean()) {
            emit("from");
            test();
          }
        }
      }
      case 12 -> yieldExpression();
      case 13 -> {
        emit(pickOf("global", "nonlocal"));
        names();
      }
      case 14 -> {
        emit("assert");
        test();
        if (random.nextBoolean()) {
          emit(",");
          test();
        }
      }
      case 15 -> {
        emit("import");
        dottedName();
        maybeAs();
      }
      case 16, 17 -> fromImport();
      default -> {
        emit("x", ":=");
        test(); // only valid in parentheses
      }
    }
  }

  private void assignment() {
    int targets = 1 + random.nextInt(2);
    for (int i = 0; i < targets; i++) {
      if (random.nextBoolean()) {
        targetList();
      } else {
        starExpressions(); // any expression: the checker decides what may be assigned
      }
      emit("=");
    }
    rightHandSide();
  }

  private void rightHandSide() {
    if (random.nextInt(6) == 0) {
      yieldExpression();
    } else {
      starExpressions();
    }
  }

  private void fromImport() {
    emit("from");
    int dots = random.nextInt(3);
    for (int i = 0; i < dots; i++) {
      emit(pickOf(".", "..."));
    }
    if (dots == 0 || random.nextBoolean()) {
      dottedName();
    }
    emit("import");
    switch (random.nextInt(3)) {
      case 0 -> emit("*");
      case 1 -> {
        emit("(");
        importNames();
        maybe(",");
        emit(")");
      }
      default -> importNames();
    }
  }

  private void importNames() {
    do {
      emit(name());
      maybeAs();
    } while (random.nextInt(3) == 0 && emit(","));
  }

  private void maybeAs() {
    if (random.nextInt(3) == 0) {
      emit("as", name());
    }
  }

  private void dottedName() {
    emit(name());
    while (random.nextInt(3) == 0) {
      emit(".", name());
    }
  }

  private void names() {
    emit(name());
    while (random.nextInt(3) == 0) {
      emit(",", name());
    }
  }

  private void ifStatement(int nesting) {
    emit("if");
    namedExpression();
    block(nesting);
    while (random.nextInt(3) == 0) {
      emit("elif");
      namedExpression();
      block(nesting);
    }
    maybeElse(nesting);
  }

  private void maybeElse(int nesting) {
    if (random.nextInt(3) == 0) {
      emit("else");
      block(nesting);
    }
  }

  private void withStatement(int nesting) {
    maybe("async");
    emit("with");
    boolean grouped = random.nextBoolean();
    if (grouped) {
      emit("(");
    }
    do {
      test();
      if (random.nextBoolean()) {
        emit("as");
        target();
      }
    } while (random.nextInt(3) == 0 && emit(","));
    if (grouped) {
      maybe(",");
      emit(")");
    }
    block(nesting);
  }

  private void tryStatement(int nesting) {
    emit("try");
    block(nesting);
    if (random.nextInt(4) == 0) {
      emit("finally");
      block(nesting);
      return;
    }
    int clauses = 1 + random.nextInt(2);
    for (int i = 0; i < clauses; i++) {
      emit("except");
      if (random.nextInt(4) == 0) {
        emit("*");
      }
      if (random.nextInt(4) != 0) {
        test();
        if (random.nextBoolean()) {
          emit("as", name());
        }
      }
      block(nesting);
    }
    maybeElse(nesting);
    if (random.nextInt(3) == 0) {
      emit("finally");
      block(nesting);
    }
  }

  private void definition(int nesting) {
    while (random.nextInt(3) == 0) {
      emit("@");
      namedExpression();
      emit(NEWLINE);
    }
    if (random.nextBoolean()) {
      emit("class", name());
      if (random.nextBoolean()) {
        emit("(");
        arguments();
        emit(")");
      }
    } else {
      maybe("async");
      emit("def", name(), "(");
      parameters(false);
      emit(")");
      if (random.nextBoolean()) {
        emit("->");
        test();
      }
    }
    block(nesting);
  }

  private void matchStatement(int nesting) {
    emit("match");
    starNamedExpression();
    if (random.nextInt(3) == 0) {
      emit(",");
      starNamedExpression();
    }
    emit(":", NEWLINE, INDENT);
    int cases = 1 + random.nextInt(2);
    for (int i = 0; i < cases; i++) {
      emit("case");
      patterns();
      if (random.nextInt(4) == 0) {
        emit("if");
        namedExpression();
      }
      block(nesting + 1);
    }
    emit(DEDENT);
  }

  private void block(int nesting) {
    emit(":");
    if (random.nextInt(4) == 0) {
      simpleStatements();
      return;
    }
    emit(NEWLINE, INDENT);
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      statement(nesting + 1);
    }
    emit(DEDENT);
  }

  // ---------------------------------------------------------------- patterns

  private void patterns() {
    int count = random.nextInt(4) == 0 ? 2 : 1;
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        emit(",");
      }
      starPatternOrPattern();
    }
    if (count > 1 && random.nextBoolean()) {
      emit(",");
    }
  }

  private void starPatternOrPattern() {
    if (random.nextInt(6) == 0) {
      emit("*", name());
    } else {
      pattern();
    }
  }

  private void pattern() {
    closedPattern();
    while (random.nextInt(4) == 0) {
      emit("|");
      closedPattern();
    }
    if (random.nextInt(5) == 0) {
      emit("as", name());
    }
  }

  private void closedPattern() {
    if (++depth > 3 || spent()) {
      emit(pickOf("1", "a", "_", "None", "'s'"));
      depth--;
      return;
    }
    switch (random.nextInt(10)) {
      case 0 -> {
        maybe("-");
        emit(pickOf("1", "2.5", "3j"));
        if (random.nextInt(3) == 0) {
          emit(pickOf("+", "-"), pickOf("1j", "2"));
        }
      }
      case 1 -> emit(STRINGS[random.nextInt(4)]);
      case 2 -> emit(pickOf("None", "True", "False"));
      case 3, 4 -> emit(name());
      case 5 -> {
        dottedName();
        if (random.nextBoolean()) {
          emit("(");
          int count = random.nextInt(3);
          for (int i = 0; i < count; i++) {
            if (i > 0) {
              emit(",");
            }
            if (random.nextBoolean()) {
              emit(name(), "=");
            }
            pattern();
          }
          emit(")");
        }
      }
      case 6 -> {
        emit("(");
        if (random.nextInt(4) != 0) {
          patterns();
        }
        emit(")");
      }
      case 7 -> {
        emit("[");
        if (random.nextInt(4) != 0) {
          patterns();
        }
        emit("]");
      }
      default -> {
        emit("{");
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
          if (i > 0) {
            emit(",");
          }
          if (random.nextInt(4) == 0) {
            emit("**", name());
          } else {
            closedPattern();
            emit(":");
            pattern();
          }
        }
        emit("}");
      }
    }
    depth--;
  }

  // ---------------------------------------------------------------- parameters and arguments

  private void parameters(boolean lambda) {
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        emit(",");
      }
      switch (random.nextInt(8)) {
        case 0 -> emit("/");
        case 1 -> {
          emit("*");
          if (random.nextBoolean()) {
            parameter(lambda);
          }
        }
        case 2 -> {
          emit("**");
          parameter(lambda);
        }
        default -> {
          parameter(lambda);
          if (random.nextBoolean()) {
            emit("=");
            test();
          }
        }
      }
    }
    if (count > 0 && random.nextInt(4) == 0) {
      emit(",");
    }
  }

  private void parameter(boolean lambda) {
    emit(name());
    if (!lambda && random.nextInt(3) == 0) {
      emit(":");
      test();
    }
  }

  private void arguments() {
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        emit(",");
      }
      switch (random.nextInt(9)) {
        case 0 -> {
          emit("*");
          test();
        }
        case 1 -> {
          emit("**");
          test();
        }
        case 2, 3 -> {
          emit(name(), "=");
          test();
        }
        case 4 -> {
          emit(name(), ":=");
          test();
          if (random.nextBoolean()) {
            comprehension();
          }
        }
        case 5 -> {
          namedExpression();
          comprehension();
        }
        default -> test();
      }
    }
    if (count > 0 && random.nextInt(4) == 0) {
      emit(",");
    }
  }

  // ---------------------------------------------------------------- expressions

  private void targetList() {
    target();
    while (random.nextInt(3) == 0) {
      emit(",");
      target();
    }
    if (random.nextInt(5) == 0) {
      emit(",");
    }
  }

  private void target() {
    switch (random.nextInt(10)) {
      case 0 -> {
        emit("*");
        target();
      }
      case 1 -> {
        emit(pickOf("(", "["));
        String close = last().equals("(") ? ")" : "]";
        if (random.nextInt(4) != 0) {
          targetList();
        }
        emit(close);
      }
      case 2 -> expr(); // usually not assignable
      default -> {
        primary();
        if (random.nextBoolean()) {
          emit(".", name());
        } else if (random.nextBoolean()) {
          emit("[");
          slices();
          emit("]");
        }
      }
    }
  }

  private void starExpressions() {
    starExpression();
    while (random.nextInt(4) == 0) {
      emit(",");
      starExpression();
    }
    if (random.nextInt(6) == 0) {
      emit(",");
    }
  }

  private void starExpression() {
    if (random.nextInt(6) == 0) {
      emit("*");
      expr();
    } else {
      test();
    }
  }

  private void starNamedExpression() {
    if (random.nextInt(6) == 0) {
      emit("*");
      expr();
    } else {
      namedExpression();
    }
  }

  private void namedExpression() {
    if (random.nextInt(5) == 0) {
      walrusTarget();
      emit(":=");
    }
    test();
  }

  /** A name mostly; sometimes an attribute, subscript or parenthesized name, which are errors. */
  private void walrusTarget() {
    switch (random.nextInt(8)) {
      case 0 -> emit("a", ".", "b");
      case 1 -> emit("a", "[", "0", "]");
      case 2 -> emit("(", "a", ")");
      default -> emit(name());
    }
  }

  private void yieldExpression() {
    emit("yield");
    if (random.nextInt(3) == 0) {
      emit("from");
      test();
    } else if (random.nextBoolean()) {
      starExpressions();
    }
  }

  private void test() {
    if (++depth > 4 || spent()) {
      primary();
      depth--;
      return;
    }
    switch (random.nextInt(12)) {
      case 0 -> {
        boolExpr();
        emit("if");
        boolExpr();
        emit("else");
        test();
      }
      case 1 -> {
        emit("lambda");
        parameters(true);
        emit(":");
        if (random.nextInt(5) == 0) {
          emit("(", name(), ":=");
          test();
          emit(")");
        } else {
          test();
        }
      }
      default -> boolExpr();
    }
    depth--;
  }

  private void boolExpr() {
    switch (random.nextInt(8)) {
      case 0 -> {
        expr();
        emit(COMPARISON[random.nextInt(COMPARISON.length)].split(" "));
        expr();
      }
      case 1 -> {
        emit("not");
        expr();
      }
      default -> expr();
    }
  }

  private void expr() {
    if (random.nextInt(4) == 0 && depth < 4 && !spent()) {
      depth++;
      primary();
      emit(BINARY[random.nextInt(BINARY.length)]);
      expr();
      depth--;
    } else if (random.nextInt(10) == 0) {
      emit(pickOf("-", "+", "~", "await"));
      primary();
    } else {
      primary();
    }
  }

  private void primary() {
    atom();
    while (!spent() && random.nextInt(4) == 0) {
      switch (random.nextInt(3)) {
        case 0 -> emit(".", name());
        case 1 -> {
          emit("(");
          if (depth < 4) {
            depth++;
            arguments();
            depth--;
          }
          emit(")");
        }
        default -> {
          emit("[");
          slices();
          emit("]");
        }
      }
    }
  }

  private void slices() {
    int count = 1 + (random.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        emit(",");
      }
      switch (random.nextInt(6)) {
        case 0 -> {
          maybeTest();
          emit(":");
          maybeTest();
          if (random.nextBoolean()) {
            emit(":");
            maybeTest();
          }
        }
        case 1 -> {
          emit("*");
          expr();
        }
        default -> namedExpression();
      }
    }
  }

  private void maybeTest() {
    if (random.nextBoolean()) {
      test();
    }
  }

  private void atom() {
    if (++depth > 5 || spent()) {
      emit(name());
      depth--;
      return;
    }
    switch (random.nextInt(16)) {
      case 0 -> emit(NUMBERS[random.nextInt(NUMBERS.length)]);
      case 1 -> {
        emit(STRINGS[random.nextInt(STRINGS.length)]);
        if (random.nextInt(4) == 0) {
          emit(STRINGS[random.nextInt(STRINGS.length)]);
        }
      }
      case 2 -> emit(pickOf("None", "True", "False", "..."));
      case 3 -> display("(", ")");
      case 4 -> display("[", "]");
      case 5 -> braces();
      case 6 -> {
        emit("(");
        yieldExpression();
        emit(")");
      }
      case 7 -> {
        emit("(");
        walrusTarget();
        emit(":=");
        test();
        emit(")");
      }
      default -> emit(name());
    }
    depth--;
  }

  private void display(String open, String close) {
    emit(open);
    int kind = random.nextInt(4);
    if (kind == 0) {
      starNamedExpression();
      comprehension();
    } else if (kind != 1) {
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          emit(",");
        }
        starNamedExpression();
      }
      maybe(",");
    }
    emit(close);
  }

  private void braces() {
    emit("{");
    boolean dict = random.nextBoolean();
    int kind = random.nextInt(3);
    if (kind == 0) {
      braceItem(dict);
      comprehension();
    } else if (kind == 1) {
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          emit(",");
        }
        braceItem(random.nextInt(8) == 0 != dict);
      }
      maybe(",");
    }
    emit("}");
  }

  private void braceItem(boolean dict) {
    if (random.nextInt(6) == 0) {
      emit(dict ? "**" : "*");
      expr();
    } else if (dict) {
      test();
      emit(":");
      test();
    } else {
      namedExpression();
    }
  }

  private void comprehension() {
    do {
      maybe("async");
      emit("for");
      targetList();
      emit("in");
      if (random.nextInt(5) == 0) {
        emit("(", name(), ":=");
        expr();
        emit(")");
      } else {
        boolExpr();
      }
      while (random.nextInt(3) == 0) {
        emit("if");
        if (random.nextInt(4) == 0) {
          emit(name(), ":=");
        }
        boolExpr();
      }
    } while (!spent() && random.nextInt(4) == 0);
  }

  // ---------------------------------------------------------------- tokens and rendering

  /** Whether the snippet has its tokens' worth: from here on, choose the shortest forms. */
  private boolean spent() {
    return out.size() > budget;
  }

  private String name() {
    return NAMES[random.nextInt(NAMES.length)];
  }

  private String pickOf(String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private void maybe(String token) {
    if (random.nextInt(3) == 0) {
      emit(token);
    }
  }

  /** Appends tokens; returns true so that it can end a {@code while} condition. */
  private boolean emit(String... tokens) {
    out.addAll(List.of(tokens));
    return true;
  }

  private String last() {
    return out.get(out.size() - 1);
  }

  private void mutate() {
    int i = random.nextInt(out.size());
    switch (random.nextInt(4)) {
      case 0 -> out.remove(i);
      case 1 -> out.add(i, out.get(i));
      case 2 -> {
        if (i + 1 < out.size()) {
          out.set(i, out.set(i + 1, out.get(i)));
        }
      }
      default -> out.add(i, NOISE[random.nextInt(NOISE.length)]);
    }
  }

  /** Joins the tokens with random gaps; indentation follows INDENT and DEDENT markers. */
  private String render() {
    StringBuilder b = new StringBuilder();
    int level = 0;
    int brackets = 0;
    boolean lineStart = true;
    for (String t : out) {
      if (t.equals(INDENT)) {
        level++;
        continue;
      } else if (t.equals(DEDENT)) {
        level = Math.max(0, level - 1);
        continue;
      } else if (t.equals(NEWLINE)) {
        b.append(random.nextInt(10) == 0 ? "  # end\n" : "\n");
        lineStart = true;
        continue;
      }
      if (lineStart) {
        lineStartGap(b, level);
        lineStart = false;
      } else {
        gap(b, brackets > 0, level);
      }
      b.append(t);
      if (t.equals("(") || t.equals("[") || t.equals("{")) {
        brackets++;
      } else if (t.equals(")") || t.equals("]") || t.equals("}")) {
        brackets--;
      }
    }
    if (!lineStart && random.nextInt(10) != 0) {
      b.append('\n'); // else the snippet ends without a final newline
    }
    return b.toString();
  }

  /** Blank, comment and backslash lines before a statement, then its indentation. */
  private void lineStartGap(StringBuilder b, int level) {
    String indent = "    ".repeat(level);
    switch (random.nextInt(16)) {
      case 0 -> b.append("\n");
      case 1 -> b.append("  # own line\n");
      case 2 -> b.append("\\\n"); // at column 0: the next line sets the level
      case 3 -> b.append(indent).append("\\\n"); // the backslash line sets the level
      case 4 -> b.append("  \\\n");
      case 5 -> b.append("\t");
      default -> {}
    }
    b.append(indent);
  }

  private void gap(StringBuilder b, boolean inBrackets, int level) {
    int pick = random.nextInt(40);
    if (pick == 0) {
      b.append(" \\\n").append("  ".repeat(random.nextInt(3)));
    } else if (pick == 1 && inBrackets) {
      b.append("\n").append("    ".repeat(level + 1));
    } else if (pick == 2 && inBrackets) {
      b.append("  # inner\n").append("  ".repeat(random.nextInt(3)));
    } else if (pick == 3) {
      b.append("\\\n"); // a continuation with no space before it
    } else {
      b.append(' ');
    }
  }
}
