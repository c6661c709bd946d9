package pyfix.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonParser;

class SyntaxViewTest {

  private static <T> T first(ParseTree node, Class<T> type) {
    if (type.isInstance(node)) {
      return type.cast(node);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      T found = first(node.getChild(i), type);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static <T> T first(String text, Class<T> type) throws PyfixSyntaxException {
    return first(ParsedFile.parse(text).tree(), type);
  }

  @Test
  void flattensComparisonChains() throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse("a < b is not None != (c == d) not in e\n");
    PythonParser.ComparisonContext root = first(file.tree(), PythonParser.ComparisonContext.class);
    assertTrue(Compare.isChainRoot(root));
    Compare c = Compare.of(root);
    assertEquals("a", c.left().getText());
    assertEquals(
        List.of(Compare.Kind.LT, Compare.Kind.IS_NOT, Compare.Kind.NOT_EQ, Compare.Kind.NOT_IN),
        c.ops().stream().map(Compare.Op::kind).toList());
    assertEquals(
        List.of("b", "None", "(c==d)", "e"),
        c.comparators().stream().map(ParseTree::getText).toList());
    Compare.Op isNot = c.ops().get(1);
    assertEquals("is not", file.text().substring(isNot.start(), isNot.end()));
    assertTrue(Syntax.isNone(c.comparators().get(1)));
  }

  @Test
  void splitsCallArgumentsFromKeywords() throws PyfixSyntaxException {
    Call c = Call.of(first("f(a, *b, k=1, **d)\n", PythonParser.CallContext.class));
    assertEquals("f", c.funcName());
    assertEquals(List.of("a", "*b"), c.args().stream().map(ParseTree::getText).toList());
    assertEquals(
        List.of("k", "null"), c.keywords().stream().map(k -> String.valueOf(k.name())).toList());
  }

  @Test
  void readsFromImports() throws PyfixSyntaxException {
    Imports.ImportFrom i =
        Imports.from(
            first(
                "from ..pkg.mod import (a, b as c)\n",
                PythonParser.FromImportStatementContext.class));
    assertEquals(2, i.level());
    assertEquals("pkg.mod", i.module());
    assertEquals(List.of("a", "c"), i.names().stream().map(Alias::boundName).toList());
    Imports.ImportFrom star =
        Imports.from(first("from ... import *\n", PythonParser.FromImportStatementContext.class));
    assertEquals(List.of(3, true), List.of(star.level(), star.star()));
  }

  @Test
  void readsFunctions() throws PyfixSyntaxException {
    Function f =
        Function.of(
            first(
                "@d\nasync def f(a, /, b: int = 1, *args: str, c=[], **kw) -> None:\n"
                    + "    '''Doc.'''\n    pass\n",
                PythonParser.FunctionDefContext.class));
    assertEquals("f", f.name());
    assertTrue(f.isAsync());
    assertEquals(
        List.of(
            "a:REGULAR",
            "null:SLASH",
            "b:REGULAR",
            "args:VAR_POSITIONAL",
            "c:REGULAR",
            "kw:VAR_KEYWORD"),
        f.parameters().stream().map(p -> p.name() + ":" + p.kind()).toList());
    Function.Parameter b = f.parameters().get(2);
    assertEquals(List.of("int", "1"), List.of(b.annotation().getText(), b.value().getText()));
    assertEquals("str", f.parameters().get(3).annotation().getText());
    assertEquals("[]", f.parameters().get(4).value().getText());
    assertEquals(List.of("d"), f.decorators().stream().map(ParseTree::getText).toList());
    assertEquals("'''Doc.'''", f.docstring().getText());
    assertEquals("None", f.returns().getText());
  }

  @Test
  void recognizesDocstrings() throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse("'''Doc.'''\nf'{x}'\n");
    assertTrue(Syntax.isDocstring(file.tree().statement(0)));
    assertEquals(false, Syntax.isDocstring(file.tree().statement(1)));
  }
}
