package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import pyfix.source.TokenizeException;
import pyfix.source.Tokenizer;

class SoftKeywordTest {

  @Test
  void matchAndCaseStartAMatchStatement() {
    String source =
        """
        match command.split():
            case [action]:
                pass
            case _:
                pass
        """;
    assertEquals(List.of("MATCH", "CASE", "CASE"), softKeywords(source));
  }

  @Test
  void matchIsANameWhenTheLineDoesNotEndWithAColon() {
    assertEquals(List.of(), softKeywords("match = 1\n"));
    assertEquals(List.of(), softKeywords("match(x)\n"));
    assertEquals(List.of(), softKeywords("match.group(1)\n"));
    assertEquals(List.of(), softKeywords("match[x]: int = 1\n"));
    assertEquals(List.of(), softKeywords("match, case = 1, 2\n"));
    assertEquals(List.of(), softKeywords("f = lambda match: match\n"));
    assertEquals(List.of(), softKeywords("print(match, case, type)\n"));
  }

  @Test
  void matchSubjectsMayHoldColonsInBrackets() {
    assertEquals(List.of("MATCH", "CASE"), softKeywords("match x[1:2]:\n    case _: pass\n"));
    assertEquals(List.of("MATCH", "CASE"), softKeywords("match {a: b}:\n    case _: pass\n"));
    assertEquals(List.of("MATCH", "CASE"), softKeywords("match (x):\n    case _: pass\n"));
    assertEquals(List.of("MATCH", "CASE"), softKeywords("match -x:\n    case _: pass\n"));
  }

  @Test
  void caseIsAKeywordOnlyDirectlyInsideAMatchBlock() {
    assertEquals(List.of(), softKeywords("case = 1\n"));
    assertEquals(List.of(), softKeywords("if x:\n    case(y)\n"));
    String caseBodies =
        """
        match x:
            case 1:
                case = 2
            case 2: case = 3
        case[0]: int = 1
        """;
    assertEquals(List.of("MATCH", "CASE", "CASE"), softKeywords(caseBodies));
  }

  @Test
  void nestedMatchBlocksTrackTheirOwnLevel() {
    String source =
        """
        match x:
            case 1:
                match y:
                    case 2:
                        pass
                case = 0
            case 3:
                pass
        """;
    assertEquals(List.of("MATCH", "CASE", "MATCH", "CASE", "CASE"), softKeywords(source));
  }

  @Test
  void typeIsAKeywordBeforeAName() {
    assertEquals(List.of("TYPE"), softKeywords("type X = int\n"));
    assertEquals(List.of("TYPE"), softKeywords("type X[T] = list[T]\n"));
    assertEquals(List.of("TYPE"), softKeywords("class A: type X = int\n"));
    assertEquals(List.of("TYPE"), softKeywords("x = 1; type X = int\n"));
    assertEquals(List.of("TYPE"), softKeywords("type match = int\n"));
    assertEquals(List.of(), softKeywords("type = 1\n"));
    assertEquals(List.of(), softKeywords("type(x)\n"));
    assertEquals(List.of(), softKeywords("type.x = 1\n"));
    assertEquals(List.of(), softKeywords("x = type\n"));
    assertEquals(List.of(), softKeywords("if x: type = 1\n"));
  }

  @Test
  void underscoreIsAName() {
    assertEquals("NAME", types("_ = 1\n").get(0));
  }

  @Test
  void parenthesizedWithItemsGetTheirOwnParenthesis() {
    assertEquals("WITH_LPAR", types("with (a as b): pass\n").get(1));
    assertEquals("WITH_LPAR", types("with (a as b, c as d,): pass\n").get(1));
    assertEquals("WITH_LPAR", types("with (a, b): pass\n").get(1));
    assertEquals("WITH_LPAR", types("async with (a as b): pass\n").get(2));
    assertEquals("'('", types("with (a, b) as c: pass\n").get(1));
    assertEquals("'('", types("with (a): pass\n").get(1));
    assertEquals("'('", types("with (a).b: pass\n").get(1));
    assertEquals("'('", types("with (a, *b): pass\n").get(1));
    assertEquals("'('", types("with (yield): pass\n").get(1));
    assertEquals("'('", types("with (x for x in y): pass\n").get(1));
    assertEquals("'('", types("with (a := b, c): pass\n").get(1));
  }

  @Test
  void softKeywordSourcesParse() throws PyfixSyntaxException {
    String source =
        """
        match = re.match(pattern, text)
        case = type(match)
        type = None
        match match:
            case case if case:
                type T = int
            case type():
                pass
        """;
    ParsedFile.parse(source);
  }

  private static List<String> softKeywords(String source) {
    List<String> found = new ArrayList<>();
    for (String type : types(source)) {
      if (type.equals("'match'") || type.equals("'case'") || type.equals("'type'")) {
        found.add(type.substring(1, type.length() - 1).toUpperCase(java.util.Locale.ROOT));
      }
    }
    return found;
  }

  private static List<String> types(String source) {
    try {
      ParserTokens stream = ParserTokens.of(source, Tokenizer.tokenize(source));
      List<String> types = new ArrayList<>();
      for (int i = 0; i < stream.size(); i++) {
        Token t = stream.get(i);
        types.add(PythonParser.VOCABULARY.getDisplayName(t.getType()));
      }
      return types;
    } catch (TokenizeException | PyfixSyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
