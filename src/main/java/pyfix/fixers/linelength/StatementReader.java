package pyfix.fixers.linelength;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import pyfix.source.Keywords;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Turns the tokens of one logical statement into the leaves of one {@link Line}, the way Black's
 * line generator sees it: f-strings as single leaves, trailing comments riding on the leaf before
 * them, comments on lines of their own as standalone comments, invisible parentheses around the
 * parts Black may parenthesize, and each leaf's split priority. Returns null for statements it will
 * not touch.
 */
final class StatementReader {
  private static final Set<String> COMPOUND =
      Set.of(
          "if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def", "class",
          "async");

  private final String text;
  private final List<Token> tokens;
  // Significant tokens of the statement, f-strings merged: [start, end) offsets and line.
  private final List<int[]> sig = new ArrayList<>();
  private final List<String> sigText = new ArrayList<>();

  private StatementReader(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * The statement made of {@code tokens[first, newline)} as one line, or null when it holds a
   * backslash continuation, several statements, or a compound statement with its body on the same
   * line.
   */
  static Line read(String text, List<Token> tokens, int first, int newline, Statement statement) {
    return new StatementReader(text, tokens).build(first, newline, statement);
  }

  /** The index of the token that ends the f-string (or t-string) starting at token {@code i}. */
  private int fstringEnd(int i) {
    int open = 1;
    for (int j = i + 1; ; j++) {
      TokenKind kind = tokens.get(j).kind();
      if (kind == TokenKind.FSTRING_START || kind == TokenKind.TSTRING_START) {
        open++;
      } else if ((kind == TokenKind.FSTRING_END || kind == TokenKind.TSTRING_END) && --open == 0) {
        return j;
      }
    }
  }

  private Line build(int first, int newline, Statement statement) {
    List<Token> comments = new ArrayList<>();
    List<Integer> commentAfter = new ArrayList<>(); // index of the significant token before it
    List<Boolean> commentOwnLine = new ArrayList<>();
    int lastLine = -1;
    for (int i = first; i < newline; i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case CONTINUATION -> {
          return null;
        }
        case WHITESPACE, NL -> {}
        case COMMENT -> {
          comments.add(t);
          commentAfter.add(sig.size() - 1);
          commentOwnLine.add(t.line() != lastLine);
        }
        case FSTRING_START, TSTRING_START -> {
          int end = fstringEnd(i);
          String whole = text.substring(t.start(), tokens.get(end).end());
          sig.add(new int[] {t.start(), tokens.get(end).end(), t.line()});
          sigText.add(whole);
          lastLine = t.line() + lineBreaks(whole);
          i = end;
        }
        default -> {
          String s = t.text(text);
          sig.add(new int[] {t.start(), t.end(), t.line()});
          sigText.add(s);
          lastLine = t.line() + lineBreaks(s);
        }
      }
    }
    if (sig.isEmpty() || !singleSimpleOrHeader()) {
      return null;
    }
    int[] match = matchBrackets();
    if (match == null) {
      return null;
    }
    InvisibleParens parens = InvisibleParens.place(sigText, match);
    return assemble(
        statement,
        match,
        parens.openBefore(),
        parens.closeAfter(),
        parens.madeInvisible(),
        comments,
        commentAfter,
        commentOwnLine);
  }

  private static int lineBreaks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  /** One simple statement, or a compound statement's header ending in its colon. */
  private boolean singleSimpleOrHeader() {
    int depth = 0;
    int lastColon = -1;
    for (int i = 0; i < sig.size(); i++) {
      String s = sigText.get(i);
      switch (s) {
        case "(", "[", "{" -> depth++;
        case ")", "]", "}" -> depth--;
        case ";" -> {
          if (depth == 0) {
            return false;
          }
        }
        case ":" -> {
          if (depth == 0) {
            lastColon = i;
          }
        }
        default -> {}
      }
    }
    String head = sigText.get(0);
    boolean softHeader =
        (head.equals("match") || head.equals("case")) && sigText.get(sig.size() - 1).equals(":");
    if (head.equals("@") || (!COMPOUND.contains(head) && !softHeader)) {
      return true;
    }
    if (head.equals("async") && sig.size() > 1 && !COMPOUND.contains(sigText.get(1))) {
      return true;
    }
    return lastColon == sig.size() - 1 && !bodyAfterLambdaColon();
  }

  // `if x: y = lambda: 1` would end in no colon; a header's only top-level colon ends it, but a
  // lambda's colon inside a header (e.g. `with f(lambda: 1):`) is in brackets or after `lambda`.
  private boolean bodyAfterLambdaColon() {
    int depth = 0;
    int lambdas = 0;
    for (int i = 0; i < sig.size() - 1; i++) {
      String s = sigText.get(i);
      switch (s) {
        case "(", "[", "{" -> depth++;
        case ")", "]", "}" -> depth--;
        case "lambda" -> {
          if (depth == 0) {
            lambdas++;
          }
        }
        case ":" -> {
          if (depth == 0) {
            if (lambdas == 0) {
              return true;
            }
            lambdas--;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  private int[] matchBrackets() {
    int n = sig.size();
    int[] match = new int[n];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      match[i] = -1;
      String s = sigText.get(i);
      if (isOpenText(s)) {
        open.push(i);
      } else if (isCloseText(s)) {
        if (open.isEmpty()) {
          return null;
        }
        int o = open.pop();
        match[o] = i;
        match[i] = o;
      }
    }
    return open.isEmpty() ? match : null;
  }

  private Line assemble(
      Statement statement,
      int[] match,
      boolean[] openBefore,
      int[] closeAfter,
      boolean[] invisibleExisting,
      List<Token> comments,
      List<Integer> commentAfter,
      List<Boolean> commentOwnLine) {
    int n = sig.size();
    Leaf[] leafOf = new Leaf[n];
    List<Leaf> order = new ArrayList<>();
    List<Leaf> lastBefore = new ArrayList<>(); // per sig index: last leaf emitted through it
    Deque<Leaf> openLeaves = new ArrayDeque<>();
    Deque<Leaf> invisibleOpen = new ArrayDeque<>();
    String firstWord = sigText.get(0).equals("async") && n > 1 ? sigText.get(1) : sigText.get(0);
    boolean isImport = firstWord.equals("from") || firstWord.equals("import");
    List<List<Leaf>> standaloneBefore = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      standaloneBefore.add(new ArrayList<>());
    }
    for (int c = 0; c < comments.size(); c++) {
      if (commentOwnLine.get(c)) {
        Leaf leaf =
            new Leaf(Leaf.Type.STANDALONE_COMMENT, comments.get(c).text(text), "", Leaf.Role.NONE);
        standaloneBefore.get(commentAfter.get(c) + 1).add(leaf);
      }
    }
    for (int i = 0; i < n; i++) {
      String gap = i == 0 ? "" : gap(i);
      for (Leaf s : standaloneBefore.get(i)) {
        order.add(s);
      }
      boolean afterArrow = i > 0 && sigText.get(i - 1).equals("->");
      if (openBefore[i]) {
        Leaf lpar = new Leaf(Leaf.Type.OPEN, "", gap, Leaf.Role.ATOM);
        lpar.opensReturnAnnotation = afterArrow;
        order.add(lpar);
        invisibleOpen.push(lpar);
        gap = "";
      }
      String s = sigText.get(i);
      Leaf leaf = new Leaf(typeOf(i), s, gap, role(i, match, isImport));
      if (invisibleExisting[i]) {
        leaf.value = "";
        leaf.opensReturnAnnotation = afterArrow;
      }
      if (leaf.isOpening()) {
        openLeaves.push(leaf);
      } else if (leaf.isClosing()) {
        leaf.opening = openLeaves.pop();
      } else if (leaf.type == Leaf.Type.COMMA && !openLeaves.isEmpty()) {
        Leaf.Role r = openLeaves.peek().role;
        leaf.inArgumentList =
            (r == Leaf.Role.TRAILER && openLeaves.peek().is("("))
                || r == Leaf.Role.PARAMETERS
                || r == Leaf.Role.BASES;
      }
      if (isImport && i == 0) {
        statement.importKeyword = leaf;
      }
      leafOf[i] = leaf;
      order.add(leaf);
      for (int k = 0; k < closeAfter[i]; k++) {
        Leaf rpar = new Leaf(Leaf.Type.CLOSE, "", "", Leaf.Role.ATOM);
        rpar.opening = invisibleOpen.pop();
        // Black inserts an import's parentheses into the statement itself, not around its one name,
        // so a comment after that name stays after the closing parenthesis
        rpar.wrapsOneLeaf = !isImport && order.get(order.size() - 2) == rpar.opening;
        order.add(rpar);
      }
      lastBefore.add(order.get(order.size() - 1));
    }
    order.addAll(standaloneBefore.get(n));
    Priorities.mark(order, isImport);
    Line line = new Line(statement, 0, false);
    for (Leaf leaf : order) {
      line.append(leaf, true);
    }
    for (int c = 0; c < comments.size(); c++) {
      if (commentOwnLine.get(c)) {
        continue;
      }
      Leaf host = lastBefore.get(commentAfter.get(c));
      if (host.isClosing() && host.isInvisible() && host.wrapsOneLeaf) {
        host = order.get(order.indexOf(host) - 1);
      }
      line.attach(
          host, new Leaf(Leaf.Type.COMMENT, comments.get(c).text(text), "  ", Leaf.Role.NONE));
    }
    return line;
  }

  private String gap(int i) {
    int[] prev = sig.get(i - 1);
    int[] cur = sig.get(i);
    if (lineBreaks(text.substring(prev[1], cur[0])) == 0 && !hasCommentBetween(prev[1], cur[0])) {
      return prev[1] == cur[0] ? "" : " ";
    }
    String p = sigText.get(i - 1);
    String c = sigText.get(i);
    if (isOpenText(p) || isCloseText(c) || c.equals(",") || c.equals(".") || p.equals(".")) {
      return "";
    }
    return " ";
  }

  private boolean hasCommentBetween(int from, int to) {
    return text.substring(from, to).indexOf('#') >= 0;
  }

  private Leaf.Type typeOf(int i) {
    String s = sigText.get(i);
    int start = sig.get(i)[0];
    char c = text.charAt(start);
    if (isOpenText(s)) {
      return Leaf.Type.OPEN;
    }
    if (isCloseText(s)) {
      return Leaf.Type.CLOSE;
    }
    if (s.equals(",")) {
      return Leaf.Type.COMMA;
    }
    if (Character.isDigit(c) || (c == '.' && s.length() > 1 && Character.isDigit(s.charAt(1)))) {
      return Leaf.Type.NUMBER;
    }
    if (c == '"' || c == '\'' || s.endsWith("\"") || s.endsWith("'")) {
      return Leaf.Type.STRING;
    }
    if (Character.isLetter(c) || c == '_' || c > 127) {
      return Leaf.Type.NAME;
    }
    return Leaf.Type.OPERATOR;
  }

  private Leaf.Role role(int i, int[] match, boolean isImport) {
    String s = sigText.get(i);
    if (!isOpenText(s)) {
      return Leaf.Role.NONE;
    }
    if (i > 0 && s.equals("(")) {
      String p = sigText.get(i - 1);
      if (i > 1 && sigText.get(i - 2).equals("def")) {
        return Leaf.Role.PARAMETERS;
      }
      if (i > 1 && sigText.get(i - 2).equals("class")) {
        return Leaf.Role.BASES;
      }
      if (isImport && p.equals("import")) {
        return Leaf.Role.IMPORT;
      }
    }
    if (!s.equals("{") && i > 0 && endsOperand(i - 1)) {
      return Leaf.Role.TRAILER;
    }
    return Leaf.Role.ATOM;
  }

  private boolean endsOperand(int i) {
    String s = sigText.get(i);
    Leaf.Type t = typeOf(i);
    return switch (t) {
      case NAME -> !Keywords.isStatementOrOperator(s);
      case NUMBER, STRING, CLOSE -> true;
      default -> s.equals("...");
    };
  }

  private static boolean isOpenText(String s) {
    return s.equals("(") || s.equals("[") || s.equals("{");
  }

  private static boolean isCloseText(String s) {
    return s.equals(")") || s.equals("]") || s.equals("}");
  }
}
