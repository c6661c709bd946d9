package pyfix.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pyfix.source.TokenizeException.Precedence;

/**
 * Splits Python source into tokens the way CPython's {@code tokenize} does (3.12+ f-strings
 * included), losslessly: every character of the input lies in exactly one token.
 *
 * <p>One pass, one position. A stack of {@link Mode}s says where we are: nothing on it means
 * ordinary code; an f-string frame means its literal text; a field frame means the code of a
 * replacement field, or its format spec. Brackets (replacement-field braces included) are kept on
 * their own stack, which also decides NEWLINE versus NL and where indentation is measured.
 */
public final class Tokenizer {
  /** Whether Python's {@code str.isprintable} holds for {@code cp}. */
  private static boolean isPrintable(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      case Character.SPACE_SEPARATOR -> cp == ' ';
      default -> true;
    };
  }

  /** CPython's limit on nested blocks (its tokenizer's MAXINDENT). */
  private static final int MAX_INDENT_LEVELS = 100;

  /** CPython's limit on nested brackets (MAXLEVEL). */
  static final int MAX_BRACKET_DEPTH = 200;

  private static final int TAB_SIZE = 8;

  private final String text;
  // the text's chars: indexing an array is cheaper than String.charAt under the C1 compiler
  private final char[] chars;
  private final int n;
  private final List<Token> tokens;
  private int pos;

  // where the last emitted token started, to compute lines and columns incrementally
  private int cursorOffset;
  private int cursorLine = 1;
  private int cursorLineStart;
  // the start of each line, found by the cursor: the text's line map, without a second scan
  private int[] lineStarts = new int[64];
  // whether the last token's text may span a line break (strings, NEWLINE, NL, continuations)
  private boolean mayHoldLineBreak = true;

  private final char[] brackets = new char[MAX_BRACKET_DEPTH + 1];
  private final int[] bracketOffsets = new int[MAX_BRACKET_DEPTH + 1];
  private int depth;

  private int[] indents = new int[16];
  private int[] altIndents = new int[16];
  private int indentLevel;

  private final ArrayList<Mode> modes = new ArrayList<>();
  private boolean lineHasContent;

  /** A string-literal frame (f- or t-string) or a replacement-field frame on the mode stack. */
  private static final class Mode {
    final boolean field;
    // string frame
    final char quote;
    final boolean triple;
    final boolean raw;
    final boolean template;
    final int startOffset;
    // field frame
    final int fieldDepth;
    boolean inSpec;

    private Mode(
        boolean field,
        char quote,
        boolean triple,
        boolean raw,
        boolean template,
        int startOffset,
        int fieldDepth) {
      this.field = field;
      this.quote = quote;
      this.triple = triple;
      this.raw = raw;
      this.template = template;
      this.startOffset = startOffset;
      this.fieldDepth = fieldDepth;
    }

    static Mode string(char quote, boolean triple, boolean raw, boolean template, int start) {
      return new Mode(false, quote, triple, raw, template, start, 0);
    }

    static Mode field(int fieldDepth) {
      return new Mode(true, '\0', false, false, false, 0, fieldDepth);
    }
  }

  private Tokenizer(String text) {
    this.text = text;
    this.chars = text.toCharArray();
    this.n = text.length();
    this.tokens = new ArrayList<>(Math.max(16, n / 4));
  }

  /** The tokens of {@code text}; their texts concatenate back to {@code text}. */
  public static List<Token> tokenize(String text) throws TokenizeException {
    return tokenizeWithLines(text).tokens();
  }

  /** The tokens of {@code text} and its line map, found in one pass. */
  public static Tokens tokenizeWithLines(String text) throws TokenizeException {
    Tokenizer t = new Tokenizer(text);
    t.run();
    return new Tokens(t.tokens, new LineMap(t.lineStarts, t.cursorLine, t.n));
  }

  /** What {@link #tokenizeWithLines} finds. */
  public record Tokens(List<Token> tokens, LineMap lines) {}

  private void run() throws TokenizeException {
    boolean atLineStart = true;
    while (true) {
      if (atLineStart && depth == 0 && modes.isEmpty()) {
        if (!lineStart()) {
          continue; // a blank or comment-only line was consumed whole
        }
        atLineStart = false;
      }
      if (pos >= n) {
        finish();
        return;
      }
      if (!modes.isEmpty()) {
        Mode top = top();
        if (!top.field) {
          stringPart(top);
          continue;
        }
        if (top.inSpec) {
          formatSpec(top);
          continue;
        }
      }
      atLineStart = token();
    }
  }

  // ---------------------------------------------------------------- lines and indentation

  /**
   * Measures the indentation of a new logical line and emits INDENT/DEDENT, or consumes a blank or
   * comment-only line whole (returning false).
   */
  private boolean lineStart() throws TokenizeException {
    int start = pos;
    int col = 0;
    int altCol = 0;
    // As in CPython, the first backslash after some indentation fixes the line's level; one at
    // column 0 leaves it to the next physical line.
    int continuedCol = 0;
    int continuation = -1;
    while (pos < n) {
      char c = chars[pos];
      if (c == '\\' && pos + 1 < n && isLineBreak(chars[pos + 1])) {
        continuedCol = continuedCol != 0 ? continuedCol : col;
        continuation = pos;
        emitIfNotEmpty(TokenKind.WHITESPACE, start, pos);
        emit(TokenKind.CONTINUATION, pos, pos = lineBreakEnd(pos + 1));
        start = pos;
        continue;
      } else if (c == ' ') {
        col++;
        altCol++;
      } else if (c == '\t') {
        col = (col / TAB_SIZE + 1) * TAB_SIZE;
        altCol++;
      } else if (c == '\f') {
        col = 0;
        altCol = 0;
      } else {
        break;
      }
      pos++;
    }
    if (pos >= n && continuation >= 0) {
      throw deferredError(continuation, "unexpected EOF while parsing", Precedence.DEFERRED);
    }
    if (pos >= n || isLineBreak(chars[pos]) || chars[pos] == '#') {
      if (pos == start && pos >= n) {
        return true; // end of input right after a line break
      }
      emitIfNotEmpty(TokenKind.WHITESPACE, start, pos);
      if (pos < n && chars[pos] == '#') {
        comment();
      }
      emit(TokenKind.NL, pos, pos = lineBreakEnd(pos));
      return false;
    }
    if (continuedCol != 0) {
      col = continuedCol;
      altCol = continuedCol;
    }
    int current = indents[indentLevel];
    if (col > current) {
      if (altCol <= altIndents[indentLevel]) {
        throw deferredError(
            pos, "inconsistent use of tabs and spaces in indentation", Precedence.DEFERRED);
      }
      if (indentLevel + 1 >= MAX_INDENT_LEVELS) {
        throw deferredError(pos, "too many levels of indentation", Precedence.DEFERRED);
      }
      if (indentLevel + 1 == indents.length) {
        indents = java.util.Arrays.copyOf(indents, indents.length * 2);
        altIndents = java.util.Arrays.copyOf(altIndents, altIndents.length * 2);
      }
      indents[++indentLevel] = col;
      altIndents[indentLevel] = altCol;
      emit(TokenKind.INDENT, start, pos);
      return true;
    }
    emitIfNotEmpty(TokenKind.WHITESPACE, start, pos);
    while (col < indents[indentLevel]) {
      indentLevel--;
      emit(TokenKind.DEDENT, pos, pos);
    }
    if (col != indents[indentLevel]) {
      throw deferredError(
          pos, "unindent does not match any outer indentation level", Precedence.DEFERRED);
    }
    if (altCol != altIndents[indentLevel]) {
      throw deferredError(
          pos, "inconsistent use of tabs and spaces in indentation", Precedence.DEFERRED);
    }
    return true;
  }

  private void finish() throws TokenizeException {
    if (!modes.isEmpty()) {
      Mode string = owningString();
      throw error(
          string.startOffset,
          string.triple
              ? "unterminated triple-quoted " + kindName(string) + " literal"
              : "unterminated " + kindName(string) + " literal");
    }
    if (depth > 0) {
      throw deferredError(
          bracketOffsets[depth - 1],
          "'" + brackets[depth - 1] + "' was never closed",
          Precedence.UNCLOSED);
    }
    if (lineHasContent) {
      emit(TokenKind.NEWLINE, pos, pos);
      lineHasContent = false;
    }
    while (indentLevel > 0) {
      indentLevel--;
      emit(TokenKind.DEDENT, pos, pos);
    }
    emit(TokenKind.ENDMARKER, pos, pos);
  }

  // ---------------------------------------------------------------- ordinary tokens

  /** Lexes one token in code; returns whether a new logical line starts after it. */
  private boolean token() throws TokenizeException {
    int start = pos;
    char c = chars[pos];
    switch (c) {
      case ' ', '\t', '\f' -> {
        pos++;
        while (pos < n && isBlank(chars[pos])) {
          pos++;
        }
        emit(TokenKind.WHITESPACE, start, pos);
        return false;
      }
      case '\n', '\r' -> {
        pos = lineBreakEnd(pos);
        if (depth == 0 && lineHasContent) {
          emit(TokenKind.NEWLINE, start, pos);
          lineHasContent = false;
          return true;
        }
        emit(TokenKind.NL, start, pos);
        return depth == 0;
      }
      case '#' -> {
        comment();
        return false;
      }
      case '\\' -> {
        if (pos + 1 < n && isLineBreak(chars[pos + 1])) {
          pos = lineBreakEnd(pos + 1);
          emit(TokenKind.CONTINUATION, start, pos);
          if (pos >= n) { // the line it continues onto is the end of the file
            throw deferredError(start, "unexpected EOF while parsing", Precedence.DEFERRED);
          }
          return false;
        }
        if (pos + 1 >= n) {
          throw deferredError(pos, "unexpected EOF while parsing", Precedence.DEFERRED);
        }
        throw deferredError(
            pos, "unexpected character after line continuation character", Precedence.DEFERRED);
      }
      case '"', '\'' -> {
        string(start, start);
        return false;
      }
      default -> {
        if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(chars[pos + 1]))) {
          number();
          return false;
        }
        if (isIdentifierStart(c)) {
          name();
          return false;
        }
        operator();
        return false;
      }
    }
  }

  private void comment() {
    int start = pos;
    int end = pos;
    while (end < n && !isLineBreak(chars[end])) {
      end++;
    }
    int contentEnd = end;
    // a vertical tab ending a comment is trailing whitespace too, as pycodestyle and Ruff read it
    while (contentEnd > start + 1
        && (isBlank(chars[contentEnd - 1]) || chars[contentEnd - 1] == '\u000B')) {
      contentEnd--;
    }
    emit(TokenKind.COMMENT, start, contentEnd);
    emitIfNotEmpty(TokenKind.WHITESPACE, contentEnd, end);
    pos = end;
  }

  private void name() throws TokenizeException {
    int start = pos;
    pos += Character.charCount(text.codePointAt(pos));
    while (pos < n) {
      char c = chars[pos];
      if (c < 128) {
        if (!isAsciiIdentifierPart(c)) {
          break;
        }
        pos++;
      } else {
        int cp = text.codePointAt(pos);
        if (!isIdentifierPart(cp)) {
          break;
        }
        pos += Character.charCount(cp);
      }
    }
    if (pos < n && pos - start <= 2 && (chars[pos] == '"' || chars[pos] == '\'')) {
      if (isStringPrefix(start, pos)) {
        string(start, pos);
        return;
      }
    }
    emit(TokenKind.NAME, start, pos);
  }

  private void number() throws TokenizeException {
    int start = pos;
    char c = chars[pos];
    if (c == '0' && pos + 1 < n && "xXoObB".indexOf(chars[pos + 1]) >= 0) {
      char base = Character.toLowerCase(chars[pos + 1]);
      pos += 2;
      int digits = pos;
      while (pos < n && (isBaseDigit(chars[pos], base) || chars[pos] == '_')) {
        pos++;
      }
      if (pos == digits) {
        throw error(start, "invalid " + baseName(base) + " literal");
      }
      checkUnderscores(start, digits, base, "invalid " + baseName(base) + " literal");
      emit(TokenKind.NUMBER, start, pos);
      return;
    }
    boolean leadingZeros = false;
    if (c != '.') {
      boolean zero = c == '0';
      skipDigits();
      if (zero) {
        for (int i = start; i < pos; i++) {
          char d = chars[i];
          if (d != '0' && d != '_') {
            leadingZeros = true;
            break;
          }
        }
      }
    }
    boolean isFloat = false;
    if (pos < n && chars[pos] == '.') {
      isFloat = true;
      pos++;
      skipDigits();
    }
    if (pos < n && (chars[pos] == 'e' || chars[pos] == 'E')) {
      int save = pos;
      pos++;
      if (pos < n && (chars[pos] == '+' || chars[pos] == '-')) {
        pos++;
      }
      if (pos < n && isDigit(chars[pos])) {
        isFloat = true;
        skipDigits();
      } else {
        pos = save; // `1else`: the e starts the next name
      }
    }
    if (pos < n && (chars[pos] == 'j' || chars[pos] == 'J')) {
      isFloat = true;
      pos++;
    }
    if (leadingZeros && !isFloat) {
      throw error(
          start,
          "leading zeros in decimal integer literals are not permitted; "
              + "use an 0o prefix for octal integers");
    }
    checkUnderscores(start, start, 'd', "invalid decimal literal");
    emit(TokenKind.NUMBER, start, pos);
  }

  /**
   * Rejects an underscore of the number {@code [start, pos)} that does not stand between two digits
   * (PEP 515), or right after the base prefix ending at {@code digits}: {@code 1__0}, {@code 1_},
   * {@code 1_.5}, {@code 0x__1}.
   */
  private void checkUnderscores(int start, int digits, char base, String message)
      throws TokenizeException {
    for (int i = start; i < pos; i++) {
      if (chars[i] != '_') {
        continue;
      }
      boolean before =
          i == digits && digits > start || i > start && isBaseDigit(chars[i - 1], base);
      boolean after = i + 1 < pos && isBaseDigit(chars[i + 1], base);
      if (!before || !after) {
        throw error(i, message);
      }
    }
  }

  private void skipDigits() {
    while (pos < n && (isDigit(chars[pos]) || chars[pos] == '_')) {
      pos++;
    }
  }

  private void operator() throws TokenizeException {
    int start = pos;
    char c = chars[pos];
    char c1 = pos + 1 < n ? chars[pos + 1] : '\0';
    char c2 = pos + 2 < n ? chars[pos + 2] : '\0';
    int len;
    switch (c) {
      case '(', '[', '{' -> {
        openBracket(c);
        len = 1;
      }
      case ')', ']', '}' -> {
        if (closesField(c)) {
          return;
        }
        closeBracket(c);
        len = 1;
      }
      case ',', ';', '~' -> len = 1;
      case ':' -> {
        if (opensSpec()) {
          return;
        }
        len = c1 == '=' ? 2 : 1;
      }
      case '.' -> len = c1 == '.' && c2 == '.' ? 3 : 1;
      case '-' -> len = c1 == '=' || c1 == '>' ? 2 : 1;
      case '*', '/', '<', '>' -> {
        if (c1 == c) {
          len = c2 == '=' ? 3 : 2;
        } else {
          len = c1 == '=' ? 2 : 1;
        }
      }
      case '+', '%', '&', '|', '^', '@', '=', '!' -> len = c1 == '=' ? 2 : 1;
      default -> {
        int cp = text.codePointAt(pos);
        String code = String.format("U+%04X", cp);
        // as CPython words it; a control or direction character printed raw would garble the line
        throw error(
            pos,
            isPrintable(cp)
                ? "invalid character '" + Character.toString(cp) + "' (" + code + ")"
                : "invalid non-printable character " + code);
      }
    }
    pos += len;
    lineHasContent = true;
    emit(TokenKind.OP, start, pos);
  }

  private void openBracket(char c) throws TokenizeException {
    if (depth >= MAX_BRACKET_DEPTH) {
      throw error(pos, "too many nested parentheses");
    }
    brackets[depth] = c;
    bracketOffsets[depth] = pos;
    depth++;
  }

  private void closeBracket(char c) throws TokenizeException {
    if (depth == 0 || (!modes.isEmpty() && top().field && depth <= top().fieldDepth)) {
      throw error(pos, "unmatched '" + c + "'");
    }
    char open = brackets[depth - 1];
    if (open != matching(c)) {
      throw error(
          pos, "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'");
    }
    depth--;
  }

  // ---------------------------------------------------------------- strings

  /** Lexes a string whose prefix spans {@code [start, quoteAt)}. */
  private void string(int start, int quoteAt) throws TokenizeException {
    boolean raw = false;
    boolean format = false;
    boolean template = false;
    boolean bytes = false;
    for (int i = start; i < quoteAt; i++) {
      switch (Character.toLowerCase(chars[i])) {
        case 'r' -> raw = true;
        case 'f' -> format = true;
        case 't' -> template = true;
        case 'b' -> bytes = true;
        default -> {}
      }
    }
    char quote = chars[quoteAt];
    boolean triple = quoteAt + 2 < n && chars[quoteAt + 1] == quote && chars[quoteAt + 2] == quote;
    pos = quoteAt + (triple ? 3 : 1);
    lineHasContent = true;
    if (format || template) {
      emit(template ? TokenKind.TSTRING_START : TokenKind.FSTRING_START, start, pos);
      modes.add(Mode.string(quote, triple, raw, template, start));
      return;
    }
    while (true) {
      if (pos >= n) {
        throw unterminated(start, triple, "string");
      }
      char c = chars[pos];
      if (c == '\\') {
        if (bytes && pos + 1 < n && chars[pos + 1] > 0x7F) {
          throw nonAsciiBytes(start);
        } else if (!raw) {
          checkEscape(pos, start, bytes);
        }
        pos = pos + 1 < n ? escapeEnd(pos) : pos + 1;
      } else if (c == quote && (!triple || closesTriple(pos, quote))) {
        pos += triple ? 3 : 1;
        emit(TokenKind.STRING, start, pos);
        return;
      } else if (!triple && isLineBreak(c)) {
        throw unterminated(start, false, "string");
      } else if (bytes && c > 0x7F) {
        throw nonAsciiBytes(start);
      } else {
        pos++;
      }
    }
  }

  /** Lexes the literal text of an f-/t-string up to a replacement field or its end. */
  private void stringPart(Mode s) throws TokenizeException {
    int start = pos;
    while (true) {
      if (pos >= n) {
        throw unterminated(s.startOffset, s.triple, kindName(s));
      }
      char c = chars[pos];
      if (c == '\\') {
        if (pos + 1 < n && (chars[pos + 1] == '{' || chars[pos + 1] == '}')) {
          pos++; // a backslash does not escape a brace
        } else if (!s.raw && pos + 2 < n && chars[pos + 1] == 'N' && chars[pos + 2] == '{') {
          checkEscape(pos, s.startOffset, false);
          int close = text.indexOf('}', pos);
          pos = close < 0 ? n : close + 1;
        } else {
          if (!s.raw) {
            checkEscape(pos, s.startOffset, false);
          }
          pos = pos + 1 < n ? escapeEnd(pos) : pos + 1;
        }
      } else if (c == '{' || c == '}') {
        if (pos + 1 < n && chars[pos + 1] == c) {
          pos += 2;
          continue;
        }
        emitIfNotEmpty(middleKind(s), start, pos);
        if (c == '}') {
          throw error(pos, kindName(s) + ": single '}' is not allowed");
        }
        openField();
        return;
      } else if (c == s.quote && (!s.triple || closesTriple(pos, s.quote))) {
        emitIfNotEmpty(middleKind(s), start, pos);
        int end = pos + (s.triple ? 3 : 1);
        emit(s.template ? TokenKind.TSTRING_END : TokenKind.FSTRING_END, pos, end);
        pos = end;
        modes.remove(modes.size() - 1);
        return;
      } else if (!s.triple && isLineBreak(c)) {
        throw unterminated(s.startOffset, false, kindName(s));
      } else {
        pos++;
      }
    }
  }

  /** Lexes format-spec text after a field's ':' up to a nested field or the field's end. */
  private void formatSpec(Mode field) throws TokenizeException {
    Mode s = owningString();
    int start = pos;
    while (true) {
      if (pos >= n) {
        throw unterminated(s.startOffset, s.triple, kindName(s));
      }
      char c = chars[pos];
      if (c == '{' || c == '}') {
        emitIfNotEmpty(middleKind(s), start, pos);
        if (c == '{') {
          openField();
        } else {
          closesField('}');
        }
        return;
      }
      if ((c == s.quote && (!s.triple || closesTriple(pos, s.quote)))
          || (!s.triple && isLineBreak(c))) {
        throw error(pos, kindName(s) + ": expecting '}'");
      }
      if (c == '\\' && pos + 1 < n && chars[pos + 1] != '{' && chars[pos + 1] != '}') {
        pos = escapeEnd(pos);
      } else {
        pos++; // a backslash does not escape a brace here either: f'{1:\}' ends at the brace
      }
    }
  }

  private void openField() throws TokenizeException {
    int start = pos;
    openBracket('{');
    pos++;
    emit(TokenKind.OP, start, pos);
    modes.add(Mode.field(depth));
  }

  /** Ends the innermost replacement field if {@code c} is its closing brace. */
  private boolean closesField(char c) {
    if (c != '}' || modes.isEmpty()) {
      return false;
    }
    Mode top = top();
    if (!top.field || depth != top.fieldDepth) {
      return false;
    }
    depth--;
    modes.remove(modes.size() - 1);
    emit(TokenKind.OP, pos, ++pos);
    return true;
  }

  /** A ':' directly inside a replacement field starts its format spec. */
  private boolean opensSpec() {
    if (modes.isEmpty()) {
      return false;
    }
    Mode top = top();
    if (!top.field || depth != top.fieldDepth) {
      return false;
    }
    top.inSpec = true;
    emit(TokenKind.OP, pos, ++pos);
    return true;
  }

  private Mode top() {
    return modes.get(modes.size() - 1);
  }

  private Mode owningString() {
    for (int i = modes.size() - 1; i >= 0; i--) {
      if (!modes.get(i).field) {
        return modes.get(i);
      }
    }
    throw new IllegalStateException("a field frame without its string");
  }

  private boolean closesTriple(int at, char quote) {
    return at + 2 < n && chars[at + 1] == quote && chars[at + 2] == quote;
  }

  /**
   * Rejects the escape at {@code at} of the literal at {@code literal} where CPython's decoding of
   * it does: {@code \\x} without two hex digits, in a string {@code \\u} without four, {@code \\U}
   * without eight or past U+10FFFF, {@code \\N} without {@code {name}}. Reported where the parser
   * reaches the literal, as CPython decodes it there. Unknown {@code \\N} names are left to Python:
   * its Unicode version may be newer than Java's.
   */
  private void checkEscape(int at, int literal, boolean bytes) throws TokenizeException {
    char e = at + 1 < n ? chars[at + 1] : 0;
    String problem = null;
    if (e == 'x' && !hexDigits(at + 2, 2)) {
      problem =
          bytes ? "(value error) invalid \\x escape" : "(unicode error) truncated \\xXX escape";
    } else if (bytes) {
      return;
    } else if (e == 'u' && !hexDigits(at + 2, 4)) {
      problem = "(unicode error) truncated \\uXXXX escape";
    } else if (e == 'U' && !hexDigits(at + 2, 8)) {
      problem = "(unicode error) truncated \\UXXXXXXXX escape";
    } else if (e == 'U' && Long.parseLong(text.substring(at + 2, at + 10), 16) > 0x10FFFF) {
      problem = "(unicode error) illegal Unicode character";
    } else if (e == 'N' && !namedEscape(at + 2)) {
      problem = "(unicode error) malformed \\N character escape";
    }
    if (problem != null) {
      throw deferredError(literal, problem, Precedence.DEFERRED);
    }
  }

  private TokenizeException nonAsciiBytes(int literal) {
    return deferredError(
        literal, "bytes can only contain ASCII literal characters", Precedence.DEFERRED);
  }

  private boolean hexDigits(int from, int count) {
    if (from + count > n) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (Character.digit(chars[i], 16) < 0 || chars[i] > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code {name}} with a non-empty name on one line starts at {@code from}. */
  private boolean namedEscape(int from) {
    if (from >= n || chars[from] != '{') {
      return false;
    }
    for (int i = from + 1; i < n && !isLineBreak(chars[i]); i++) {
      if (chars[i] == '}') {
        return i > from + 1;
      }
    }
    return false;
  }

  /** Offset after a backslash escape starting at {@code at}; a CRLF escape takes both chars. */
  private int escapeEnd(int at) {
    char next = chars[at + 1];
    if (next == '\r' && at + 2 < n && chars[at + 2] == '\n') {
      return at + 3;
    }
    return at + 2;
  }

  private boolean isStringPrefix(int start, int end) {
    String p = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    return switch (p) {
      case "r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt" -> true;
      default -> false;
    };
  }

  private TokenizeException unterminated(int start, boolean triple, String what) {
    if (triple) {
      return error(start, "unterminated triple-quoted " + what + " literal");
    }
    int line = new LineMap(text).line(Math.min(pos, n));
    return error(start, "unterminated " + what + " literal (detected at line " + line + ")");
  }

  private static String kindName(Mode s) {
    return s.template ? "t-string" : "f-string";
  }

  private static TokenKind middleKind(Mode s) {
    return s.template ? TokenKind.TSTRING_MIDDLE : TokenKind.FSTRING_MIDDLE;
  }

  // ---------------------------------------------------------------- emitting

  private void emitIfNotEmpty(TokenKind kind, int start, int end) {
    if (end > start) {
      emit(kind, start, end);
    }
  }

  private void emit(TokenKind kind, int start, int end) {
    if (kind == TokenKind.NAME || kind == TokenKind.NUMBER || kind == TokenKind.STRING) {
      lineHasContent = true;
    }
    advanceCursor(start);
    tokens.add(new Token(kind, start, end, cursorLine, start - cursorLineStart));
    mayHoldLineBreak =
        switch (kind) {
          case NAME, NUMBER, OP, WHITESPACE, COMMENT, INDENT, DEDENT -> false;
          default -> true;
        };
  }

  /** Moves the line cursor to {@code to}, scanning only text that can hold a line break. */
  private void advanceCursor(int to) {
    int from = mayHoldLineBreak ? cursorOffset : to;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= n || chars[i + 1] != '\n'))) {
        if (cursorLine == lineStarts.length) {
          lineStarts = Arrays.copyOf(lineStarts, cursorLine * 2);
        }
        lineStarts[cursorLine++] = i + 1;
        cursorLineStart = i + 1;
      }
    }
    cursorOffset = to;
  }

  /** An error at {@code offset} that CPython reports before any parser error. */
  private TokenizeException error(int offset, String message) {
    return deferredError(offset, message, Precedence.FIRST);
  }

  /**
   * An error at {@code offset} with the tokens so far, closed as a file, so that a parser error
   * among them can come first where CPython's does.
   */
  private TokenizeException deferredError(int offset, String message, Precedence precedence) {
    if (lineHasContent || depth > 0) {
      emit(TokenKind.NEWLINE, pos, pos);
    }
    for (; indentLevel > 0; indentLevel--) {
      emit(TokenKind.DEDENT, pos, pos);
    }
    emit(TokenKind.ENDMARKER, pos, pos);
    // only errors need line and column, so the map is built here
    LineMap lines = new LineMap(text);
    int at = Math.min(offset, n);
    return new TokenizeException(lines.line(at), lines.column(at) + 1, message, tokens, precedence);
  }

  // ---------------------------------------------------------------- character classes

  private int lineBreakEnd(int at) {
    if (at >= n) {
      return at;
    }
    if (chars[at] == '\r' && at + 1 < n && chars[at + 1] == '\n') {
      return at + 2;
    }
    return at + 1;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiIdentifierPart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private boolean isIdentifierStart(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    int cp = text.codePointAt(pos);
    return Character.isUnicodeIdentifierStart(cp) || isOtherIdStart(cp) || newerThanJava(cp);
  }

  private static boolean isIdentifierPart(int cp) {
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
        || cp == 0x200C // ZERO WIDTH NON-JOINER and JOINER continue names in Python 3.13
        || cp == 0x200D
        || newerThanJava(cp);
  }

  /**
   * Whether {@code cp} is unassigned in Java 17's Unicode 13 tables: Python 3.11 to 3.13 read
   * Unicode 14 to 15.1, whose new letters ({@code 鿿}, U+9FFF) make valid names. A character
   * assigned since that is no letter lets pyfix read a file Python rejects, which is the lesser
   * harm: such a file breaks already, while rejecting a valid one leaves it unfixed.
   */
  private static boolean newerThanJava(int cp) {
    return Character.getType(cp) == Character.UNASSIGNED;
  }

  /** Characters Python's XID_Start admits beyond Java's identifier start (PEP 3131). */
  private static boolean isOtherIdStart(int cp) {
    return cp == 0x2118
        || cp == 0x212E
        || cp == 0x309B
        || cp == 0x309C
        || cp == 0x1885
        || cp == 0x1886;
  }

  private static boolean isBaseDigit(char c, char base) {
    return switch (base) {
      case 'x' -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      case 'o' -> c >= '0' && c <= '7';
      case 'd' -> isDigit(c);
      default -> c == '0' || c == '1';
    };
  }

  private static String baseName(char base) {
    return switch (base) {
      case 'x' -> "hexadecimal";
      case 'o' -> "octal";
      default -> "binary";
    };
  }

  private static char matching(char close) {
    return switch (close) {
      case ')' -> '(';
      case ']' -> '[';
      default -> '{';
    };
  }
}
