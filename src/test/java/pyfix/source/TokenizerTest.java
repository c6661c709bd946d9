package pyfix.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void findsTheLineStartsALineMapOfTheTextFinds() throws Exception {
    for (String text :
        List.of(
            "",
            "x",
            "x\n",
            "x = 1\r\ny = 2\r\n",
            "x = 1\ry = 2\r",
            "s = \"\"\"a\n\r\nb\rc\"\"\"\n",
            "f(1,\n  2)\n\n\n# c\n",
            "x = 1 + \\\n    2\n",
            "if x:\n    y = f'{\n1}'\n  \n",
            "x = 1\n\n")) {
      LineMap expected = new LineMap(text);
      LineMap lines = Tokenizer.tokenizeWithLines(text).lines();
      assertEquals(expected.lineCount(), lines.lineCount(), text);
      for (int line = 1; line <= expected.lineCount(); line++) {
        assertEquals(expected.lineStart(line), lines.lineStart(line), text);
        assertEquals(expected.lineEnd(line), lines.lineEnd(line), text);
      }
    }
  }

  /** Tokens as {@code KIND:text}, trivia included, DEDENT and ENDMARKER shown bare. */
  private static String tokens(String source) throws TokenizeException {
    List<Token> tokens = Tokenizer.tokenize(source);
    assertEquals(source, tokens.stream().map(t -> t.text(source)).collect(Collectors.joining()));
    return tokens.stream()
        .map(
            t ->
                t.end() == t.start() && t.kind() != TokenKind.NEWLINE && t.kind() != TokenKind.NL
                    ? t.kind().name()
                    : t.kind() + "[" + escape(t.text(source)) + "]")
        .collect(Collectors.joining(" "));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
        .replace("\f", "\\f");
  }

  /** Checks the tokens of {@code escapedSource}, written with \\n-style escapes. */
  private static void assertTokens(String escapedSource, String expected) throws TokenizeException {
    assertEquals(expected, tokens(unescape(escapedSource)));
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(++i);
      b.append(
          switch (e) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'f' -> '\f';
            default -> e;
          });
    }
    return b.toString();
  }

  private static TokenizeException error(String source) {
    return assertThrows(TokenizeException.class, () -> Tokenizer.tokenize(source));
  }

  private static String position(TokenizeException e) {
    return e.line() + ":" + e.column() + " " + e.getMessage();
  }

  @Test
  void simpleStatementWithTrailingWhitespaceAndComment() throws TokenizeException {
    assertTokens(
        "x = 1  # one   \\n",
        "NAME[x] WHITESPACE[ ] OP[=] WHITESPACE[ ] NUMBER[1] WHITESPACE[  ] COMMENT[# one] WHITESPACE[   ] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void indentAndDedentAroundBlocks() throws TokenizeException {
    assertTokens(
        "if x:\\n    pass\\n\\ny\\n",
        "NAME[if] WHITESPACE[ ] NAME[x] OP[:] NEWLINE[\\n] INDENT[    ] NAME[pass] NEWLINE[\\n] NL[\\n] DEDENT NAME[y] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void dedentToAnIntermediateLevelKeepsItsWhitespace() throws TokenizeException {
    assertTokens(
        "a:\\n  b:\\n    c\\n  d\\n",
        "NAME[a] OP[:] NEWLINE[\\n] INDENT[  ] NAME[b] OP[:] NEWLINE[\\n] INDENT[    ] NAME[c] NEWLINE[\\n] WHITESPACE[  ] DEDENT NAME[d] NEWLINE[\\n] DEDENT ENDMARKER");
  }

  @Test
  void blankAndCommentLinesAreNlAndKeepIndentation() throws TokenizeException {
    assertTokens(
        "a:\\n    b\\n  \\n# c\\n    d\\n",
        "NAME[a] OP[:] NEWLINE[\\n] INDENT[    ] NAME[b] NEWLINE[\\n] WHITESPACE[  ] NL[\\n] COMMENT[# c] NL[\\n] WHITESPACE[    ] NAME[d] NEWLINE[\\n] DEDENT ENDMARKER");
  }

  @Test
  void lineBreaksInsideBracketsAreNl() throws TokenizeException {
    assertTokens(
        "f(\\n    a, # c\\n)\\n",
        "NAME[f] OP[(] NL[\\n] WHITESPACE[    ] NAME[a] OP[,] WHITESPACE[ ] COMMENT[# c] NL[\\n] OP[)] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void backslashContinuationIsOneToken() throws TokenizeException {
    assertTokens(
        "x = 1 \\\\\\n    + 2\\n",
        "NAME[x] WHITESPACE[ ] OP[=] WHITESPACE[ ] NUMBER[1] WHITESPACE[ ] CONTINUATION[\\\\\\n] WHITESPACE[    ] OP[+] WHITESPACE[ ] NUMBER[2] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void backslashLineBeforeABlockTakesItsLevelLikeCPython() throws TokenizeException {
    // at column 0 the next physical line sets the level; after indentation the backslash line does
    assertTokens(
        "class A:\\n\\\\\\n    pass\\n",
        "NAME[class] WHITESPACE[ ] NAME[A] OP[:] NEWLINE[\\n] CONTINUATION[\\\\\\n] INDENT[    ] NAME[pass] NEWLINE[\\n] DEDENT ENDMARKER");
    assertTokens(
        "if x:\\n  \\\\\\n    pass\\n",
        "NAME[if] WHITESPACE[ ] NAME[x] OP[:] NEWLINE[\\n] WHITESPACE[  ] CONTINUATION[\\\\\\n] INDENT[    ] NAME[pass] NEWLINE[\\n] DEDENT ENDMARKER");
    assertEquals(
        "4:5 unindent does not match any outer indentation level",
        position(error("if x:\n    a\n  \\\n    b\n")));
    assertEquals("2:1 unexpected EOF while parsing", position(error("x = 1\n\\\n")));
    // a statement continued onto the end of the file, as CPython rejects it; a blank line or a
    // comment after it ends the statement
    assertEquals("1:6 unexpected EOF while parsing", position(error("x = 1\\\n")));
    assertEquals("2:10 unexpected EOF while parsing", position(error("if x:\n    y = 1\\\r\n")));
    assertTrue(tokens("x = 1\\\n\n").contains("CONTINUATION"));
    // CPython nests at most 99 blocks
    String deepest = "";
    for (int i = 0; i < 99; i++) {
      deepest += " ".repeat(i) + "if x:\n";
    }
    assertTrue(tokens(deepest + " ".repeat(99) + "pass\n").contains("INDENT"));
    String deeper = deepest + " ".repeat(99) + "if x:\n" + " ".repeat(100) + "pass\n";
    assertEquals("101:101 too many levels of indentation", position(error(deeper)));
  }

  @Test
  void keepsEachLineBreakStyle() throws TokenizeException {
    assertTokens(
        "a\\r\\nb\\rc\\n",
        "NAME[a] NEWLINE[\\r\\n] NAME[b] NEWLINE[\\r] NAME[c] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void missingFinalNewlineGivesAnEmptyNewline() throws TokenizeException {
    assertTokens(
        "if x:\\n  y ",
        "NAME[if] WHITESPACE[ ] NAME[x] OP[:] NEWLINE[\\n] INDENT[  ] NAME[y] WHITESPACE[ ] NEWLINE[] DEDENT ENDMARKER");
  }

  @Test
  void whitespaceOnlyLastLine() throws TokenizeException {
    assertTokens("x\\n   ", "NAME[x] NEWLINE[\\n] WHITESPACE[   ] NL[] ENDMARKER");
  }

  @Test
  void emptyInput() throws TokenizeException {
    assertTokens("", "ENDMARKER");
  }

  @Test
  void tabsAndFormFeedsInIndentation() throws TokenizeException {
    assertTokens(
        "a:\\n\\tb\\n\\f\\n\\fc\\n",
        "NAME[a] OP[:] NEWLINE[\\n] INDENT[\\t] NAME[b] NEWLINE[\\n] WHITESPACE[\\f] NL[\\n] WHITESPACE[\\f] DEDENT NAME[c] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void lettersNewerThanJavasUnicodeMakeNames() throws TokenizeException {
    // names Python 3.11 to 3.13 accept (Unicode 14 to 15.1), unassigned in Java 17's Unicode 13
    for (String name :
        List.of(
            "\u9fff",
            "\u0870",
            Character.toString(0x31350),
            "x\u200c",
            "x" + Character.toString(0x1E4EC))) {
      assertTokens(
          name + " = 1\n",
          "NAME[" + name + "] WHITESPACE[ ] OP[=] WHITESPACE[ ] NUMBER[1] NEWLINE[\\n] ENDMARKER");
    }
  }

  @Test
  void operatorsTakeTheLongestMatch() throws TokenizeException {
    assertTokens(
        "** **= // //= >> >>= << <<= -> := ... . != == @= ~\\n",
        "OP[**] WHITESPACE[ ] OP[**=] WHITESPACE[ ] OP[//] WHITESPACE[ ] OP[//=] WHITESPACE[ ] OP[>>] WHITESPACE[ ] OP[>>=] WHITESPACE[ ] OP[<<] WHITESPACE[ ] OP[<<=] WHITESPACE[ ] OP[->] WHITESPACE[ ] OP[:=] WHITESPACE[ ] OP[...] WHITESPACE[ ] OP[.] WHITESPACE[ ] OP[!=] WHITESPACE[ ] OP[==] WHITESPACE[ ] OP[@=] WHITESPACE[ ] OP[~] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void numbers() throws TokenizeException {
    assertTokens(
        "1_000 0x_FF 0o17 0b1 1.5e-3 .5 1. 3j 1e5J 00 007.5 1if\\n",
        "NUMBER[1_000] WHITESPACE[ ] NUMBER[0x_FF] WHITESPACE[ ] NUMBER[0o17] WHITESPACE[ ] NUMBER[0b1] WHITESPACE[ ] NUMBER[1.5e-3] WHITESPACE[ ] NUMBER[.5] WHITESPACE[ ] NUMBER[1.] WHITESPACE[ ] NUMBER[3j] WHITESPACE[ ] NUMBER[1e5J] WHITESPACE[ ] NUMBER[00] WHITESPACE[ ] NUMBER[007.5] WHITESPACE[ ] NUMBER[1] NAME[if] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void stringPrefixesAndTripleQuotes() throws TokenizeException {
    assertTokens(
        "'a' Rb'\\\\\\\\' u\"x\" '''a\\n'b''' \"\\\\\"\" rx\\n",
        "STRING['a'] WHITESPACE[ ] STRING[Rb'\\\\\\\\'] WHITESPACE[ ] STRING[u\"x\"] WHITESPACE[ ] STRING['''a\\n'b'''] WHITESPACE[ ] STRING[\"\\\\\"\"] WHITESPACE[ ] NAME[rx] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void fStringWithNestedFieldsConversionAndSpec() throws TokenizeException {
    assertTokens(
        "f\"a{{{x!r:>{w}.2}}}\"\\n",
        "FSTRING_START[f\"] FSTRING_MIDDLE[a{{] OP[{] NAME[x] OP[!] NAME[r] OP[:] FSTRING_MIDDLE[>] OP[{] NAME[w] OP[}] FSTRING_MIDDLE[.2] OP[}] FSTRING_MIDDLE[}}] FSTRING_END[\"] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void pep701NestedQuotesAndDebugSpecifier() throws TokenizeException {
    assertTokens(
        "f\"{f\"{a[\"k\"]}\"=}\"\\n",
        "FSTRING_START[f\"] OP[{] FSTRING_START[f\"] OP[{] NAME[a] OP[[] STRING[\"k\"] OP[]] OP[}] FSTRING_END[\"] OP[=] OP[}] FSTRING_END[\"] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void colonInsideBracketsOfAFieldIsNotASpec() throws TokenizeException {
    assertTokens(
        "f'{d[1:2]}{(x:=1)}'\\n",
        "FSTRING_START[f'] OP[{] NAME[d] OP[[] NUMBER[1] OP[:] NUMBER[2] OP[]] OP[}] OP[{] OP[(] NAME[x] OP[:=] NUMBER[1] OP[)] OP[}] FSTRING_END['] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void namedUnicodeEscapeIsNotAField() throws TokenizeException {
    assertTokens(
        "f'\\\\N{BULLET} {x}'\\n",
        "FSTRING_START[f'] FSTRING_MIDDLE[\\\\N{BULLET} ] OP[{] NAME[x] OP[}] FSTRING_END['] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void backslashBeforeTheBraceThatEndsASpecIsText() throws TokenizeException {
    // f'{1:\}': Python reads the spec as one backslash, then the brace ends the field
    assertTokens(
        "f'{1:\\\\}'\\n",
        "FSTRING_START[f'] OP[{] NUMBER[1] OP[:] FSTRING_MIDDLE[\\\\] OP[}] FSTRING_END['] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void tripleQuotedTStringSpansLines() throws TokenizeException {
    assertTokens(
        "t'''a\\n{\\nx}'''\\n",
        "TSTRING_START[t'''] TSTRING_MIDDLE[a\\n] OP[{] NL[\\n] NAME[x] OP[}] TSTRING_END['''] NEWLINE[\\n] ENDMARKER");
  }

  @Test
  void tokenLinesAndColumns() throws TokenizeException {
    String source = "a = '''x\ny'''; b\n";
    List<Token> tokens = Tokenizer.tokenize(source);
    Token b = tokens.stream().filter(t -> t.is(source, "b")).findFirst().orElseThrow();
    assertEquals(2, b.line());
    assertEquals(6, b.column());
  }

  @Test
  void containsLooksInsideTheTokenOnly() throws TokenizeException {
    String source = "x = 1  # isort: skip\nisort = 2\n";
    Token comment =
        Tokenizer.tokenize(source).stream()
            .filter(t -> t.kind() == TokenKind.COMMENT)
            .findFirst()
            .orElseThrow();
    assertEquals(true, comment.contains(source, "isort"));
    assertEquals(true, comment.contains(source, "# isort: skip"));
    assertEquals(false, comment.contains(source, "skip\n")); // the line break is not its own
    assertEquals(false, comment.contains(source, "isort ="));
  }

  @Test
  void errorsNameLineAndColumn() {
    assertEquals(
        "2:5 unterminated string literal (detected at line 2)", position(error("x\nx = 'abc\n")));
    assertEquals("1:1 unterminated triple-quoted string literal", position(error("'''abc\n")));
    assertEquals("1:5 (unicode error) truncated \\xXX escape", position(error("x = '\\x4'\n")));
    assertEquals(
        "2:3 bytes can only contain ASCII literal characters", position(error("\nx=b'\u00e9'\n")));
    assertEquals(
        "1:3 unterminated f-string literal (detected at line 1)", position(error("x=f'{a}\n")));
    assertEquals(
        "3:3 unindent does not match any outer indentation level",
        position(error("if x:\n    a\n  b\n")));
    assertEquals(
        "3:2 inconsistent use of tabs and spaces in indentation",
        position(error("if x:\n        a\n\tb\n")));
    assertEquals("1:5 invalid character '€' (U+20AC)", position(error("x = €\n")));
    assertEquals("1:5 invalid character '$' (U+0024)", position(error("x = $\n")));
    // a control or direction character is named, not printed, as CPython does
    assertEquals("1:6 invalid non-printable character U+000B", position(error("x = 1\u000b\n")));
    assertEquals("1:5 invalid non-printable character U+202E", position(error("x = \u202e\n")));
    assertEquals(
        "1:1 leading zeros in decimal integer literals are not permitted; use an 0o prefix"
            + " for octal integers",
        position(error("0777\n")));
    assertEquals("1:2 '(' was never closed", position(error("f(x(\n)\n")));
    assertEquals("1:1 unmatched ')'", position(error(")\n")));
    assertEquals(
        "1:3 closing parenthesis ']' does not match opening parenthesis '('",
        position(error("(a]\n")));
    assertEquals(
        "1:3 unexpected character after line continuation character", position(error("x \\ y\n")));
    assertEquals("1:4 f-string: single '}' is not allowed", position(error("f'a}'\n")));
    assertEquals("1:4 t-string: single '}' is not allowed", position(error("t'a}'\n")));
  }

  @Test
  void tooDeepNestingIsAnErrorNotAStackOverflow() throws TokenizeException {
    Tokenizer.tokenize("(".repeat(200) + ")".repeat(200) + "\n");
    TokenizeException e = error("(".repeat(100_000));
    assertEquals("1:201 too many nested parentheses", position(e));
  }
}
