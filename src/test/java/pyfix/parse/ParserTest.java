package pyfix.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

class ParserTest {

  private static final List<String> VALID =
      List.of(
          // simple statements
          "x = 1\n",
          "x = y = z = 1\n",
          "a, b = b, a\n",
          "a, *b = c\n",
          "[a.b, *c[0]] = 1\n",
          "() = x\n",
          "[] = x\n",
          "(x): int = 1\n",
          "x: int\n",
          "(yield)[m]: int\n",
          "(a + b).c: int\n",
          "(a := 1)[m]: int\n",
          "(a, b)[m]: int\n",
          "x: list[int] = []\n",
          "x: int = 1, 2\n",
          "x: int = yield\n",
          "x += 1\n",
          "x += 1, 2\n",
          "a.b @= c\n",
          "(a) //= 2\n",
          "a[0] **= yield b\n",
          "x = 1; y = 2;\n",
          "pass\n",
          "del a, b.c, d[0], (e), [f, (g, h)]\n",
          "del a,\n",
          "assert x\n",
          "assert x, 'message'\n",
          "raise\n",
          "raise X\n",
          "raise X from Y\n",
          "global a, b\n",
          "nonlocal a\n",
          "return\n",
          "return *a, b\n",
          "yield\n",
          "yield x\n",
          "yield *a, b\n",
          "yield from g()\n",
          "x = yield from g()\n",
          "a = b = yield c\n",
          "print(x, file=y)\n",
          "print(*a)\n",
          "print(*a or b)\n",
          "f(a, b=1, *c, d=2, **e)\n",
          "f(*a, *b, **c, **d)\n",
          "f(**a, b=1)\n",
          "f(a=1, *b)\n",
          "f(x for x in y)\n",
          "f(x := 1)\n",
          "if any(m := p(s) for s in b):\n    pass\n",
          "match x:\n case {_.a: 1} | C(_=1): pass\n",
          "f(x := 1 for s in b)\n",
          "f(a)(b)(c)\n",
          "f(x for x in y)(1)\n",
          // imports
          "import a\n",
          "import a.b.c as d, e\n",
          "from a import b\n",
          "from a.b import c as d, e\n",
          "from . import a\n",
          "from .. import a\n",
          "from ... import a\n",
          "from .... import a\n",
          "from ...a.b import c\n",
          "from . import (a, b,)\n",
          "from .a import *\n",
          // expressions
          "x = ...\n",
          "x = None, True, False\n",
          "x = 1, 1.5, 1e10, 1.5j, 0xFF, 0o17, 0b101, 1_000\n",
          "x = -1\n",
          "x = ~a + -b - +c\n",
          "x = a | b ^ c & d << e >> f + g - h * i / j // k % l ** m @ n\n",
          "x = not a\n",
          "x = not not a\n",
          "x = a and b or c\n",
          "x = a < b <= c > d >= e == f != g\n",
          "x = a in b, a not in b, a is b, a is not b\n",
          "x = a if b else c\n",
          "x = a if b else c if d else e\n",
          "x = 1 if y else lambda: 3\n",
          "x = lambda: 1\n",
          "x = lambda: (yield)\n",
          "x = lambda x, /, y, *, z: 1\n",
          "x = lambda *a, **k: 1\n",
          "x = lambda a, b=1, *c, d, e=2, **f: 0\n",
          "x = lambda x=1: x\n",
          "x = a.b.c(d)[e].f\n",
          "x = a[1:2:3]\n",
          "x = a[:]\n",
          "x = a[::]\n",
          "x = a[1:2, ::3, ...]\n",
          "x = a[b, *c]\n",
          "x = a[*b]\n",
          "x = a[b := 1]\n",
          "x = a[b:=1, c]\n",
          "x = (a := 1, b := 2)\n",
          "x = [a := 1, b]\n",
          "x = {a := 1}\n",
          "if (n := 10) > 5:\n    pass\n",
          "while x := f():\n    pass\n",
          "x = [y := f(x) for x in z]\n",
          "x = [x for x in y if (z := x)]\n",
          "x = ()\n",
          "x = (1,)\n",
          "x = (1)\n",
          "x = (yield)\n",
          "x = [1, 2,]\n",
          "x = [*a, *b]\n",
          "x = a, *b\n",
          "x = *a, b\n",
          "x = {}\n",
          "x = {1: 2}\n",
          "x = {1: 2,}\n",
          "x = {1}\n",
          "x = {1, 2,}\n",
          "x = {*a, *b}\n",
          "x = {**a, 'b': 1, **c}\n",
          "x = {a: b for a, b in c}\n",
          "x = {a for a in b}\n",
          "x = (a for a in b)\n",
          "x = [a for a in b for c in d if e if f]\n",
          "x = [x for x, in y]\n",
          "x = [i async for i in y]\n",
          "x = await y\n",
          "x = await y ** 2\n",
          "x = -await y\n",
          "x = 2 ** await y\n",
          "x = await (await y)\n",
          "x = 2 ** -1\n",
          "x = -2 ** 2\n",
          "x = a @ b\n",
          // strings
          "x = 'a' 'b'\n",
          "x = b'a' b'b'\n",
          "x = rf'{x}' u'a' f'b'\n",
          "x = f'{a!r:>{w}}'\n",
          "x = f'{x=}'\n",
          "x = f'{x = !r:^20}'\n",
          "x = f'{x:}'\n",
          "x = f'{a}{b}{{c}}'\n",
          "x = f'{(x := 5)}'\n",
          "x = f'{x:=5}'\n",
          "x = f'{a!=b}'\n",
          "x = f'{f\"{x}\"}'\n",
          "x = f'{x:{y}.{z}f}'\n",
          "x = f'{\"a\" if b else \"c\"}'\n",
          "x = f'{*a,}'\n",
          "x = f'''\n{\n    a\n}\n'''\n",
          "x = t'{a} and {b!r:>3}'\n",
          "x = t'a' t'{b}'\n",
          // compound statements
          "if x:\n    pass\nelif y:\n    pass\nelse:\n    pass\n",
          "if x: pass; pass\n",
          "while x:\n    break\nelse:\n    continue\n",
          "for x in y:\n    pass\nelse:\n    pass\n",
          "for x, in y: pass\n",
          "for (a, *b) in c: pass\n",
          "for a, *b, *c in d: pass\n",
          "for x in *a, b: pass\n",
          "for x in a, b: pass\n",
          "try:\n"
              + "    pass\n"
              + "except A as e:\n"
              + "    pass\n"
              + "except (B, C):\n"
              + "    pass\n"
              + "except:\n"
              + "    pass\n"
              + "else:\n"
              + "    pass\n"
              + "finally:\n"
              + "    pass\n",
          "try:\n    pass\nfinally:\n    pass\n",
          "try:\n    pass\nexcept* A:\n    pass\nexcept *B as e:\n    pass\n",
          "try:\n    pass\nexcept A, B:\n    pass\n",
          "try:\n    pass\nexcept* A, B:\n    pass\n",
          "with a: pass\n",
          "with a as b, c as d: pass\n",
          "with a as (b, c): pass\n",
          "with a as b.c[0]: pass\n",
          "with (a as b, c as d,): pass\n",
          "with (a, b): pass\n",
          "with (a, b) as c: pass\n",
          "with (a): pass\n",
          "with (a) as b: pass\n",
          "with (a).b: pass\n",
          "with (a, *b): pass\n",
          "with (yield): pass\n",
          "with (x for x in y): pass\n",
          "with (a := b, c): pass\n",
          "with (\n    open(a) as f,\n    open(b) as g,\n):\n    pass\n",
          "def f(): pass\n",
          "def f(a, b=1, *c, d, e=2, **f): pass\n",
          "def f(a, /, b=1, *, c, d=2, **e): pass\n",
          "def f(a, b=1, *c, d=1, e): pass\n",
          "def f(a: int = 1, *args: str, b: int, **kw: dict) -> None: pass\n",
          "def f(*args: *Ts): pass\n",
          "def f(*, a=1): pass\n",
          "def f(**k, ): pass\n",
          "def f(x, x): pass\n",
          "def f[T](x: T) -> T: pass\n",
          "def f[T: int, *Ts, **P](): pass\n",
          "def f[T = int, *Ts = *tuple[int], **P = [int]](): pass\n",
          "class A: pass\n",
          "class A(): pass\n",
          "class A(B, C): pass\n",
          "class A(B, metaclass=M, **kw): pass\n",
          "class A(*b): pass\n",
          "class A[T: (int, str)](Base[T]): pass\n",
          "class A: type X = int\n",
          "@property\ndef f(self): pass\n",
          "@a\n@b(c)\nclass C: pass\n",
          "@a.b(c)[d]\ndef f(): pass\n",
          "@x := y\ndef f(): pass\n",
          "@(lambda f: f)\ndef f(): pass\n",
          "async def f():\n    await x\n",
          "async def f():\n    async with a as b, c as d: pass\n    async for x in y: pass\n"
              + "    return [x async for x in y]\n",
          "type X = int\n",
          "type X[T] = list[T]\n",
          "type X[T: int = bool, *Ts, **P] = Callable[P, T]\n",
          // pattern matching
          "match x:\n    case 1:\n        pass\n",
          "match x:\n"
              + "    case -1: pass\n"
              + "    case 1.5: pass\n"
              + "    case -1.5j: pass\n"
              + "    case 1+2j: pass\n"
              + "    case -1-2j: pass\n",
          "match x:\n"
              + "    case 'a' 'b': pass\n"
              + "    case b'x': pass\n"
              + "    case None | True | False: pass\n",
          "match x:\n    case a: pass\n    case _: pass\n    case a.b.c: pass\n",
          "match x:\n"
              + "    case (a): pass\n"
              + "    case (a,): pass\n"
              + "    case (): pass\n"
              + "    case []: pass\n",
          "match x:\n    case [a, *rest]: pass\n    case [*_]: pass\n    case (a, *b, c): pass\n",
          "match x:\n    case a, b: pass\n    case *a, b: pass\n    case a,: pass\n",
          "match x:\n    case {1: a, 'x': [b, *_], c.d: e, **r}: pass\n    case {**r, }: pass\n"
              + "    case {}: pass\n",
          "match x:\n"
              + "    case Point(x=0, y=0): pass\n"
              + "    case a.B(c, d=e): pass\n"
              + "    case C(): pass\n",
          "match x:\n    case (a | b) as c if c > 0: pass\n    case [a, b] as c: pass\n",
          "match x:\n    case a if (b := a): pass\n",
          "match x, y:\n    case a, b: pass\n",
          "match x,:\n    case a,: pass\n",
          "match *a, b:\n    case _: pass\n",
          "match (x):\n    case _: pass\n",
          "match x:\n    case 1:\n        match y:\n            case 2:\n                pass\n"
              + "    case 3:\n        pass\n",
          // layout
          "",
          "\n",
          "# only a comment\n",
          "x = 1",
          "if x:\n    pass\n# trailing comment",
          "x = (1 +\n     2)\n",
          "x = 1 + \\\n    2\n",
          "if x:\n\n    # comment\n    pass\n\n",
          "if True:\r\n    x = 1\r\n",
          "if x:\n\tpass\n",
          "class A:\n\\\n    pass\n",
          "if x:\n  \\\n    pass\n");

  @Test
  void acceptsEveryConstruct() {
    List<String> failures = new ArrayList<>();
    for (String source : VALID) {
      try {
        ParsedFile.parse(source);
      } catch (PyfixSyntaxException e) {
        failures.add(source + " -> " + e);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void rejectsInvalidCodeAtTheRightPlace() {
    String[][] cases = {
      {"f() = 1\n", "1:1: syntax error: cannot assign to function call"},
      {"a + 1 = 2\n", "1:1: syntax error: cannot assign to expression"},
      {"x = (yield) = 1\n", "1:6: syntax error: cannot assign to yield expression"},
      {"x = yield = 1\n", "1:5: syntax error: assignment to yield expression not possible"},
      {"1 = x\n", "1:1: syntax error: cannot assign to literal"},
      {"'a' = x\n", "1:1: syntax error: cannot assign to literal"},
      {"f'' = x\n", "1:1: syntax error: cannot assign to f-string expression"},
      {"None = 1\n", "1:1: syntax error: cannot assign to None"},
      {"... = 1\n", "1:1: syntax error: cannot assign to ellipsis"},
      {"a, f() = 1, 2\n", "1:4: syntax error: cannot assign to function call"},
      {"[a, b + 1] = x\n", "1:5: syntax error: cannot assign to expression"},
      {"a if b else c = 1\n", "1:1: syntax error: cannot assign to conditional expression"},
      {"lambda: x = 1\n", "1:1: syntax error: cannot assign to lambda"},
      {"a < b = 1\n", "1:1: syntax error: cannot assign to comparison"},
      {"(a for a in b) = 1\n", "1:2: syntax error: cannot assign to generator expression"},
      {"[a for a in b] = 1\n", "1:2: syntax error: cannot assign to list comprehension"},
      {"{a: b} = 1\n", "1:1: syntax error: cannot assign to dict literal"},
      {"{a} = 1\n", "1:1: syntax error: cannot assign to set display"},
      {"await x = 1\n", "1:1: syntax error: cannot assign to await expression"},
      {"x = 1\na, b += 1\n", "2:1: syntax error: illegal expression for augmented assignment"},
      {"[a] += 1\n", "1:1: syntax error: illegal expression for augmented assignment"},
      {"f(x) += 1\n", "1:1: syntax error: illegal expression for augmented assignment"},
      {"*a += 1\n", "1:1: syntax error: illegal expression for augmented assignment"},
      {"x, y: int\n", "1:1: syntax error: only single target (not tuple) can be annotated"},
      {"(x, y): int\n", "1:1: syntax error: only single target (not tuple) can be annotated"},
      {"[x]: int\n", "1:1: syntax error: only single target (not list) can be annotated"},
      {"f(): int\n", "1:1: syntax error: illegal target for annotation"},
      {"(a).b: int\n", "1:1: syntax error: illegal target for annotation"},
      {"(a)(b)[m]: int\n", "1:1: syntax error: illegal target for annotation"},
      {"del f()\n", "1:5: syntax error: cannot delete function call"},
      {"del *a\n", "1:5: syntax error: cannot delete starred"},
      {"del (a + 1)\n", "1:6: syntax error: cannot delete expression"},
      {"for f() in x: pass\n", "1:5: syntax error: cannot assign to function call"},
      {"for a, 1 in x: pass\n", "1:8: syntax error: cannot assign to literal"},
      {"x = [x for f() in y]\n", "1:12: syntax error: cannot assign to function call"},
      {"with a as f(): pass\n", "1:11: syntax error: cannot assign to function call"},
      {"(a.b := 1)\n", "1:2: syntax error: cannot use assignment expressions with attribute"},
      {"(a[0] := 1)\n", "1:2: syntax error: cannot use assignment expressions with subscript"},
      {"((a) := 1)\n", "1:3: syntax error: cannot use assignment expressions with name"},
      {"((a, b) := 1)\n", "1:2: syntax error: cannot use assignment expressions with tuple"},
      {"x = (1,\n b'a' 'b')\n", "2:10: syntax error: cannot mix bytes and nonbytes literals"},
      {"f(a=1,\n b\n)\n", "3:1: syntax error: positional argument follows keyword argument"},
      {"match x:\n case _.a: pass\n", "2:8: syntax error: unexpected '.'"},
      {"match x:\n case _(): pass\n", "2:8: syntax error: unexpected '('"},
      {"match x:\n case C(a, _=None): pass\n", "2:13: syntax error: unexpected '='"},
      {"x = a := 1\n", "1:7: syntax error: unexpected ':='"},
      {"f(a=1, b)\n", "1:9: syntax error: positional argument follows keyword argument"},
      {"f(a, b=1, *c, d)\n", "1:16: syntax error: positional argument follows keyword argument"},
      {"f(**a, b)\n", "1:9: syntax error: positional argument follows keyword argument unpacking"},
      {
        "f(**a, *b)\n",
        "1:8: syntax error: iterable argument unpacking follows keyword argument unpacking"
      },
      {"f(x for x in y, 1)\n", "1:3: syntax error: generator expression must be parenthesized"},
      {"f(1, x for x in y)\n", "1:6: syntax error: generator expression must be parenthesized"},
      {"f(x for x in y,)\n", "1:3: syntax error: generator expression must be parenthesized"},
      {
        "class C(x for x in y): pass\n",
        "1:9: syntax error: generator expression must be parenthesized"
      },
      {
        "f(a.b=1)\n",
        "1:3: syntax error: expression cannot contain assignment, perhaps you meant \"==\"?"
      },
      {
        "f((a)=1)\n",
        "1:3: syntax error: expression cannot contain assignment, perhaps you meant \"==\"?"
      },
      {"f(True=1)\n", "1:3: syntax error: cannot assign to True"},
      {
        "def f(a=1, b): pass\n",
        "1:12: syntax error: parameter without a default follows parameter with a default"
      },
      {
        "def f(a=1, /, b): pass\n",
        "1:15: syntax error: parameter without a default follows parameter with a default"
      },
      {
        "lambda a=1, b: 0\n",
        "1:13: syntax error: parameter without a default follows parameter with a default"
      },
      {"def f(*a, *b): pass\n", "1:11: syntax error: * argument may appear only once"},
      {"def f(*, *b): pass\n", "1:10: syntax error: * argument may appear only once"},
      {"def f(**k, a): pass\n", "1:12: syntax error: arguments cannot follow var-keyword argument"},
      {
        "def f(**k, *a): pass\n", "1:12: syntax error: arguments cannot follow var-keyword argument"
      },
      {"def f(*): pass\n", "1:7: syntax error: named arguments must follow bare *"},
      {"def f(*, **k): pass\n", "1:7: syntax error: named arguments must follow bare *"},
      {"def f(a, *,): pass\n", "1:10: syntax error: named arguments must follow bare *"},
      {"lambda *,: 0\n", "1:8: syntax error: named arguments must follow bare *"},
      {"def f(/): pass\n", "1:7: syntax error: at least one argument must precede /"},
      {"def f(a, /, /): pass\n", "1:13: syntax error: / may appear only once"},
      {"def f(*, a, /): pass\n", "1:13: syntax error: / must be ahead of *"},
      {"def f(*a=1): pass\n", "1:9: syntax error: expected ')'"},
      {"def f(**a=1): pass\n", "1:10: syntax error: expected ')'"},
      {"x = (*a)\n", "1:6: syntax error: cannot use starred expression here"},
      {
        "x = [*a for a in b]\n",
        "1:6: syntax error: iterable unpacking cannot be used in comprehension"
      },
      {
        "x = {*a for a in b}\n",
        "1:5: syntax error: iterable unpacking cannot be used in comprehension"
      },
      {
        "x = {**a for a in b}\n",
        "1:5: syntax error: dict unpacking cannot be used in dict comprehension"
      },
      {"x = {'a': 1, b}\n", "1:14: syntax error: ':' expected after dictionary key"},
      {"x = {a, 'b': 1}\n", "1:9: syntax error: unexpected ':'"},
      {"x = [*a or b]\n", "1:9: syntax error: unexpected 'or'"},
      {"x = a[*b:c]\n", "1:9: syntax error: expected ']'"},
      {"x = a[x for x in y]\n", "1:9: syntax error: expected ']'"},
      {"x = a < not b\n", "1:9: syntax error: unexpected 'not'"},
      {"x = await -1\n", "1:11: syntax error: unexpected '-'"},
      {"x = await await y\n", "1:11: syntax error: unexpected 'await'"},
      {"x = - not a\n", "1:7: syntax error: unexpected 'not'"},
      {"x = a + lambda: 1\n", "1:9: syntax error: unexpected 'lambda'"},
      {"x = a if b if c else d else e\n", "1:12: syntax error: expected 'else'"},
      {"x = a if lambda: b else c\n", "1:10: syntax error: unexpected 'lambda'"},
      {"x = [i for i in a if lambda: 1]\n", "1:22: syntax error: unexpected 'lambda'"},
      {"assert x := 1\n", "1:10: syntax error: unexpected ':='"},
      {"x = b'a' 'b'\n", "1:13: syntax error: cannot mix bytes and nonbytes literals"},
      {"x = f'' b''\n", "1:12: syntax error: cannot mix bytes and nonbytes literals"},
      {
        "x = t'' ''\n",
        "1:5: syntax error: cannot mix t-string literals with string or bytes literals"
      },
      {"x = f'{*a}'\n", "1:8: syntax error: f-string: cannot use starred expression here"},
      {
        "x = f'{x!z}'\n",
        "1:10: syntax error: f-string: invalid conversion character: expected 's', 'r', or 'a'"
      },
      {
        "x = f'{x! r}'\n",
        "1:11: syntax error: f-string: invalid conversion character: expected 's', 'r', or 'a'"
      },
      {
        "x = t'{x:{y!z}}'\n",
        "1:13: syntax error: t-string: invalid conversion character: expected 's', 'r', or 'a'"
      },
      {"x = t'{*a}'\n", "1:8: syntax error: t-string: cannot use starred expression here"},
      {"x = f'{}'\n", "1:8: syntax error: unexpected '}'"},
      {
        "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n",
        "5:1: syntax error: cannot have both 'except' and 'except*' on the same 'try'"
      },
      {"try:\n    pass\nexcept*:\n    pass\n", "3:8: syntax error: unexpected ':'"},
      {"try:\n    pass\nelse:\n    pass\n", "3:1: syntax error: unexpected 'else'"},
      {"try:\n    pass\nexcept A, B as e:\n    pass\n", "3:13: syntax error: expected ':'"},
      {
        "match x:\n    case *a: pass\n",
        "2:10: syntax error: star pattern must be inside a sequence"
      },
      {
        "match x:\n    case (*a): pass\n",
        "2:11: syntax error: star pattern must be inside a sequence"
      },
      {"match x:\n    case a as _: pass\n", "2:15: syntax error: cannot use '_' as a target"},
      {"match x:\n    case {**_}: pass\n", "2:13: syntax error: cannot use '_' as a target"},
      {
        "match x:\n    case {**a, 'b': 1}: pass\n",
        "2:16: syntax error: '**' pattern must come last"
      },
      {
        "match x:\n    case {a: 1}: pass\n",
        "2:11: syntax error: mapping pattern keys may only match literals and attribute lookups"
      },
      {
        "match x:\n    case C(a=1, b): pass\n",
        "2:17: syntax error: positional patterns follow keyword patterns"
      },
      {
        "match x:\n    case 1+2: pass\n",
        "2:12: syntax error: imaginary number required in complex literal"
      },
      {
        "match x:\n    case 1j+2j: pass\n",
        "2:10: syntax error: real number required in complex literal"
      },
      {"match *a:\n    case 1: pass\n", "1:7: syntax error: cannot use starred expression here"},
      {"match x:\npass\n", "2:1: syntax error: expected an indented block"},
      {"print 'x'\n", "1:1: syntax error: missing parentheses in call to 'print'"},
      {"if x:\n    print x, y\n", "2:5: syntax error: missing parentheses in call to 'print'"},
      {"exec 'x'\n", "1:1: syntax error: missing parentheses in call to 'exec'"},
      {"x = print 'x'\n", "1:11: syntax error: unexpected ''x''"},
      {"if x\n    pass\n", "1:5: syntax error: expected ':'"},
      {"if x:\npass\n", "2:1: syntax error: expected an indented block"},
      {"x = 1\n    y = 2\n", "2:1: syntax error: unexpected indent"},
      {"x = (1,\n", "1:5: '(' was never closed"},
      {"x = 1; ;\n", "1:8: syntax error: unexpected ';'"},
      {"def f(x):\n    return x +\n", "2:15: syntax error: unexpected end of line"},
      {"f(**a: 1)\n", "1:6: syntax error: expected ')'"},
      {"x = {**a: 1}\n", "1:9: syntax error: unexpected ':'"},
      {"import a.b as c.d\n", "1:16: syntax error: unexpected '.'"},
      {"from a import b,\n", "1:17: syntax error: expected a name"},
      {"x = 1 +\n", "1:8: syntax error: unexpected end of line"},
      {"x = 1 '''long\nstring'''\n", "1:7: syntax error: unexpected ''''long...'"},
      {
        "x = 1 'a string longer than twenty'\n",
        "1:7: syntax error: unexpected ''a string longer tha...'"
      },
    };
    List<String> failures = new ArrayList<>();
    for (String[] c : cases) {
      PyfixSyntaxException e =
          assertThrows(PyfixSyntaxException.class, () -> ParsedFile.parse(c[0]), c[0]);
      if (!e.toString().equals(c[1])) {
        failures.add(c[0].strip() + "\n    expected " + c[1] + "\n    actual   " + e);
      }
    }
    assertEquals("", String.join("\n", failures));
  }

  @Test
  void deepNestingParsesOnAnOrdinaryThreadStackOrFailsCleanly() throws InterruptedException {
    String brackets = "x = " + "(".repeat(195) + "f([{1: 2}])" + ")".repeat(195) + "\n";
    String unary = "x = " + "-".repeat(100_000) + "1\n";
    List<String> results = new ArrayList<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              for (String source : List.of(brackets, unary)) {
                try {
                  ParsedFile.parse(source);
                  results.add("ok");
                } catch (PyfixSyntaxException e) {
                  results.add(e.getMessage());
                }
              }
            },
            "parser",
            1 << 20);
    thread.start();
    thread.join();
    assertEquals(List.of("ok", "syntax error: too deeply nested"), results);
  }

  @Test
  void tokenizerErrorsKeepTheirPosition() {
    PyfixSyntaxException e =
        assertThrows(PyfixSyntaxException.class, () -> ParsedFile.parse("x = 'abc\n"));
    assertEquals(1, e.line());
    assertEquals(5, e.column());
  }

  @Test
  void operatorsBindAsInPython() {
    assertEquals("unary(power(number, number))", shape("-2 ** 2"));
    assertEquals("power(number, unary(number))", shape("2 ** -1"));
    assertEquals("power(number, power(number, number))", shape("2 ** 3 ** 4"));
    assertEquals("power(awaitExpr(name), number)", shape("await x ** 2"));
    assertEquals("awaitExpr(call(attribute(name)))", shape("await a.b()"));
    assertEquals("sum(sum(name, term(name, name)), name)", shape("a + b * c - d"));
    assertEquals(
        "bitOr(name, bitXor(name, bitAnd(name, shift(name, name))))", shape("a | b ^ c & d << e"));
    assertEquals("inversion(comparison(name, name))", shape("not a == b"));
    assertEquals(
        "disjunction(conjunction(name, inversion(name)), name)", shape("a and not b or c"));
    assertEquals("comparison(comparison(name, name), name)", shape("a < b < c"));
    assertEquals("comparison(name, sum(name, name))", shape("a is not b + c"));
    assertEquals("test(name, name, test(name, name, name))", shape("a if b else c if d else e"));
    assertEquals("test(lambda, test(name, name, name))", shape("lambda: a if b else c"));
    assertEquals("subscription(call(attribute(name)))", shape("a.b()[c]"));
  }

  /** The expression tree of {@code source} as nested alternative labels. */
  private static String shape(String source) {
    try {
      ParsedFile file = ParsedFile.parse("x = " + source + "\n");
      ParseTree value =
          ((PythonParser.ExpressionStatementContext)
                  file.tree().statement(0).simpleStatements().simpleStatement(0))
              .starExpressions(1)
              .starExpression(0)
              .test();
      return shape(value);
    } catch (PyfixSyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static String shape(ParseTree node) {
    if (node instanceof PythonParser.TestContext t && t.getChildCount() == 1) {
      return shape(t.boolExpr(0));
    }
    if (node instanceof PythonParser.OperandContext o) {
      return shape(o.expr());
    }
    if (node instanceof PythonParser.TestContext t && t.LAMBDA() != null) {
      return "test(lambda, " + shape(t.test()) + ")";
    }
    String name = node.getClass().getSimpleName().replace("Context", "");
    name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    List<String> children = new ArrayList<>();
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      if (child instanceof PythonParser.TestContext
          || child instanceof PythonParser.BoolExprContext
          || child instanceof PythonParser.ExprContext) {
        children.add(shape(child));
      }
    }
    return children.isEmpty() ? name : name + "(" + String.join(", ", children) + ")";
  }

  @Test
  void terminalsLeadBackToTheTokenizersTokens() throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse("x = 1  # one\n");
    ParserRuleContext statement = file.tree().statement(0);
    ParserToken first = (ParserToken) statement.getStart();
    ParserToken newline = (ParserToken) statement.getStop();
    assertEquals(0, first.sourceIndex());
    assertEquals("x", first.source().text(file.text()));
    assertEquals(pyfix.source.TokenKind.NEWLINE, file.tokens().get(newline.sourceIndex()).kind());
  }
}
