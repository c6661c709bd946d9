package pyfix.fix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;

class LayoutEquivalenceTest {

  private static boolean same(String before, String after) throws Exception {
    return LayoutEquivalence.equivalent(ParsedFile.parse(before), ParsedFile.parse(after));
  }

  @Test
  void ignoresWhitespaceLineBreaksInBracketsAndNewlineStyle() throws Exception {
    assertTrue(same("x = f(a, b)  \n", "x = f(\n    a,\n    b\n)\n"));
    assertTrue(same("x = 1\r\ny = 2\r\n", "x = 1\ny = 2"));
    assertTrue(same("if x:\n\ty = 1\n", "if x:\n    y = 1\n"));
    assertTrue(same("x = 1 + \\\n    2\n", "x = 1 + 2\n"));
  }

  @Test
  void seesChangedTokensBlocksAndComments() throws Exception {
    assertFalse(same("x = 1\n", "y = 1\n"));
    assertFalse(same("s = 'a '\n", "s = 'a'\n"));
    assertFalse(same("if x:\n    y = 1\nz = 2\n", "if x:\n    y = 1\n    z = 2\n"));
    assertFalse(same("x = 1  # note\n", "x = 1\n"));
    assertFalse(same("x = 1  # a  # b\n", "x = 1  # b  # a\n"));
    // two comments on one line, as Black writes them, are the same two comments
    assertTrue(same("f(a,  # a\n  b)  # b\n", "f(a, b)  # a  # b\n"));
  }

  @Test
  void ignoresParenthesesAroundAGeneratorInsideAnotherPair() throws Exception {
    assertTrue(same("f(x for x in y)\n", "f((x for x in y))\n"));
    assertTrue(same("z = (x for x in y)\n", "z = ((x for x in y))\n"));
    assertTrue(same("f((x for x in y))\n", "f(((x for x in y)))\n"));
    assertTrue(same("print(f\"({a},{b})\")\n", "print((f\"({a},{b})\"))\n"));
    assertFalse(same("f(x for x in y)\n", "f((x for x in y), 1)\n"));
    assertFalse(same("z = (x for x in y)\n", "z = x, (y for y in x)\n"));
  }

  @Test
  void ignoresTheEmptyParenthesesOfAClassWithoutBases() throws Exception {
    assertTrue(same("class C:\n    pass\n", "class C():\n    pass\n"));
    assertFalse(same("class C:\n    pass\n", "class C(object):\n    pass\n"));
    assertFalse(same("x = C\n", "x = C()\n"));
  }

  @Test
  void countsStatementsOnOneLineAsOnLinesOfTheirOwn() throws Exception {
    assertTrue(same("x = 1; y = 2\n", "x = 1\ny = 2\n"));
    assertTrue(same("x = 1;  # c\n", "x = 1  # c\n"));
    assertTrue(same("if a: b; c\nd\n", "if a:\n    b\n    c\nd\n"));
    assertTrue(same("def f():\n    if a: b\nx\n", "def f():\n    if a:\n        b\nx\n"));
    assertTrue(same("try: a\nexcept E: b\n", "try:\n    a\nexcept E:\n    b\n"));
    assertTrue(same("if lambda: 1: b\n", "if lambda: 1:\n    b\n"));
    assertTrue(same("if f'{a:>3}': b\n", "if f'{a:>3}':\n    b\n"));
    assertTrue(same("class C: x: int = 1\n", "class C:\n    x: int = 1\n"));
    assertFalse(same("x = 1; y = 2\n", "x = 1\n"));
    assertFalse(same("if a: b; c\n", "if a:\n    b\nc\n"));
    assertFalse(same("if a: b\nc\n", "if a:\n    b\n    c\n"));
  }

  @Test
  void ignoresOptionalTrailingCommasOnly() throws Exception {
    assertTrue(same("f(a)\n", "f(a,)\n"));
    assertTrue(same("def f(a, b): pass\n", "def f(a, b,): pass\n"));
    assertTrue(same("x = [a]\n", "x = [a,]\n"));
    assertTrue(same("x = {a: 1}\n", "x = {a: 1,}\n"));
    assertTrue(same("x = (a, b)\n", "x = (a, b,)\n"));
    assertTrue(same("y = x[a, b]\n", "y = x[a, b,]\n"));
    assertFalse(same("x = (a)\n", "x = (a,)\n"));
    assertFalse(same("y = x[a]\n", "y = x[a,]\n"));
    assertTrue(same("x = a, b,\n", "x = a, b\n"));
    assertTrue(same("x = a, b,\n", "x = (\n    a,\n    b,\n)\n"));
    assertTrue(same("a, = b, c,; d\n", "a, = b, c; d\n"));
    assertTrue(same("def f():\n    return a, b,\n", "def f():\n    return a, b\n"));
    assertFalse(same("x = a,\n", "x = a\n"));
    assertFalse(same("a, b = c,\n", "a, b = c\n"));
    assertFalse(same("x = lambda a, b: c,\n", "x = lambda a, b: c\n"));
    assertFalse(same("x: int = a,\n", "x: int = a\n"));
    // a bare target tuple's trailing comma, as E501 wraps it in parentheses
    assertTrue(same("a, b, = c\n", "(\n    a,\n    b,\n) = c\n"));
    assertTrue(same("x = a, b, = c\n", "x = a, b = c\n"));
    assertFalse(same("a, = c\n", "a = c\n"));
    assertFalse(same("x = a, = c\n", "x = a = c\n"));
    assertTrue(same("for a, b, in c:\n    pass\n", "for (\n    a,\n    b,\n) in c:\n    pass\n"));
    assertFalse(same("for a, in c:\n    pass\n", "for a in c:\n    pass\n"));
    // the first element of a for statement's iterable tuple, as E501 wraps the tuple
    assertTrue(
        same(
            "for w in (lambda f: f), T:\n    pass\n",
            "for w in (\n    (lambda f: f),\n    T,\n):\n    pass\n"));
    assertTrue(
        same("for w in (a if b else c), d:\n    pass\n", "for w in a if b else c, d:\n    pass\n"));
    assertFalse(same("y = x in (a if b else c)\n", "y = x in a if b else c\n"));
  }

  @Test
  void ignoresRedundantParenthesesOnly() throws Exception {
    assertTrue(same("x = a + b\n", "x = (a + b)\n"));
    assertTrue(same("return_value = f(a)\n", "return_value = f((a))\n"));
    assertTrue(same("def f():\n    return x\n", "def f():\n    return (x)\n"));
    assertTrue(same("if x:\n    pass\n", "if (x):\n    pass\n"));
    assertTrue(same("x = 1\n", "x = (((1)))\n"));
    assertFalse(same("x = a + b * c\n", "x = (a + b) * c\n"));
    assertFalse(same("x = a.b\n", "x = (a).b\n"));
    assertFalse(same("x = f(a, b)\n", "x = f((a, b))\n"));
    assertFalse(same("f(x for x in y)\n", "f((x for x in y), 1)\n"));
    assertFalse(same("a: int = 1\n", "(a): int = 1\n"));
    assertFalse(same("x = not a or b\n", "x = not (a or b)\n"));
  }

  @Test
  void ignoresParenthesesAStatementDoesNotNeed() throws Exception {
    assertTrue(same("x = 1, 2\n", "x = (\n    1,\n    2,\n)\n"));
    assertTrue(same("x += 1, 2\n", "x += (1, 2)\n"));
    assertTrue(same("a, b = c\n", "(a, b) = c\n"));
    assertTrue(same("def f():\n    return 1, 2\n", "def f():\n    return (1, 2)\n"));
    assertTrue(same("for a, b in c, d:\n    pass\n", "for (a, b) in (c, d):\n    pass\n"));
    assertTrue(same("for a in b or c:\n    pass\n", "for a in (b or c):\n    pass\n"));
    assertTrue(same("from a import b, c\n", "from a import (\n    b,\n    c,\n)\n"));
    assertTrue(same("from . import b\n", "from . import (b,)\n"));
    assertTrue(same("from a import (b, c);\n", "from a import (b, c)\n"));
    assertTrue(same("from a import (b); x = 1\n", "from a import (b)\nx = 1\n"));
    assertTrue(same("f = lambda a, b: a\n", "f = (lambda a, b: a)\n"));
    assertFalse(same("x = a in b, c\n", "x = a in (b, c)\n"));
    assertFalse(same("x = a in b or c\n", "x = a in (b or c)\n"));
    // Black's invisible parentheses: del targets, an except's exception, an arithmetic statement
    assertTrue(same("del a, b\n", "del (\n    a,\n    b,\n)\n"));
    assertTrue(
        same(
            "try:\n    pass\nexcept E as e:\n    pass\n",
            "try:\n    pass\nexcept (\n    E\n) as e:\n    pass\n"));
    assertTrue(
        same("try:\n    pass\nexcept* E:\n    pass\n", "try:\n    pass\nexcept* (E):\n    pass\n"));
    assertTrue(same("a + b\n", "(\n    a\n    + b\n)\n"));
    assertFalse(same("del a\n", "del (a,)\n"));
    assertFalse(
        same(
            "try:\n    pass\nexcept E, F:\n    pass\n",
            "try:\n    pass\nexcept (E, F):\n    pass\n"));
    assertFalse(same("x = (a) (b)\n", "x = a (b)\n"));
    assertFalse(same("f(a, b)\n", "f((a, b))\n"));
    assertFalse(same("print(a, (b, c))\n", "print(a, b, c)\n"));
    assertFalse(same("y = lambda: (1, 2)\n", "y = lambda: 1, 2\n"));
    assertFalse(same("import a\n", "import a, b\n"));
  }

  @Test
  void keepsSelfDocumentingFstringFieldsExact() throws Exception {
    assertFalse(same("s = f'{a=}'\n", "s = f'{a = }'\n"));
    assertTrue(same("s = f'{a}'\n", "s = f'{ a }'\n"));
  }
}
