package pyfix.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonParser;

class SemanticModelTest {

  /** The name reads of {@code name} in the file, in source order. */
  private static List<PythonParser.NameContext> reads(ParsedFile file, String name) {
    List<PythonParser.NameContext> found = new ArrayList<>();
    collect(file.tree(), name, found);
    return found;
  }

  private static void collect(ParseTree node, String name, List<PythonParser.NameContext> found) {
    if (node instanceof PythonParser.NameContext n && n.getText().equals(name)) {
      found.add(n);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), name, found);
    }
  }

  /** Whether each call of `len` in {@code text} calls the builtin, in source order. */
  private static List<Boolean> lenIsBuiltin(String text) throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse(text);
    SemanticModel model = SemanticModel.of(file);
    return reads(file, "len").stream()
        .filter(n -> n.getParent() instanceof PythonParser.CallContext)
        .map(n -> model.isBuiltin("len", n))
        .toList();
  }

  @Test
  void isBuiltOncePerText() throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse("x = 1\n");
    assertSame(SemanticModel.of(file), SemanticModel.of(file));
  }

  @Test
  void aBuiltinReplacedInTheBuiltinsModule() throws PyfixSyntaxException {
    assertEquals(List.of(false), lenIsBuiltin("import builtins\nbuiltins.len = f\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("__builtins__['len'] = f\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("__builtins__.len = f\nlen(y)\n"));
    assertEquals(
        List.of(false), lenIsBuiltin("import builtins\nsetattr(builtins, n, f)\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("sys.modules['builtins'].len = f\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("import builtins as b\nb.len = f\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("with patch('builtins.len', f):\n    len(y)\n"));
    // the ways the fuzzer found, and any other mention but an import or a call
    for (String patch :
        List.of(
            "import builtins\nbuiltins.len: object = f\n",
            "import builtins\n(builtins.len) = f\n",
            "import builtins\nbuiltins.len, x = f, 0\n",
            "import builtins\nbuiltins.\\\nlen = f\n",
            "import builtins\nB = builtins\nB.len = f\n",
            "__import__('builtins').len = f\n",
            "import builtins\nbuiltins.__setattr__('len', f)\n",
            "import builtins\nwith mock.patch.object(builtins, 'len', f): pass\n",
            "import builtins\nbuiltins.print = f\n",
            "x = 1\n".repeat(2000) + "import builtins\nbuiltins.len = f\n")) {
      assertEquals(List.of(false), lenIsBuiltin(patch + "len(y)\n"), patch);
    }
    // imports and calls only
    assertEquals(
        List.of(true),
        lenIsBuiltin("import builtins\nfrom builtins import open\nbuiltins.print(x)\nlen(y)\n"));
    assertEquals(List.of(true), lenIsBuiltin("import builtins  # for print\nlen(y)\n"));
    assertEquals(List.of(true), lenIsBuiltin("nobuiltins = builtins_only = 1\nlen(y)\n"));
  }

  @Test
  void aBuiltinRebound() throws PyfixSyntaxException {
    assertEquals(List.of(true), lenIsBuiltin("len(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("def len(x): return 2.5\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("len(y)\nlen = str\n"));
    assertEquals(List.of(false), lenIsBuiltin("from m import *\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("globals()['len'] = str\nlen(y)\n"));
    assertEquals(
        List.of(false), lenIsBuiltin("import sys\nsys.modules[__name__].len = f\nlen(y)\n"));
    assertEquals(
        List.of(false),
        lenIsBuiltin("from sys import modules\nsetattr(modules[__name__], n, f)\nlen(y)\n"));
    assertEquals(List.of(true), lenIsBuiltin("import sys\nsys.modules['os'].x = f\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("x = (globals)()['len'] = str\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("from m import len\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("for len in x: pass\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("if (len := f()): pass\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("try: pass\nexcept E as len: pass\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("with f() as (a, len): pass\nlen(y)\n"));
    assertEquals(List.of(false), lenIsBuiltin("match x:\n    case [len]: pass\nlen(y)\n"));
  }

  @Test
  void scopesDecideWhoSeesABinding() throws PyfixSyntaxException {
    // a parameter: only inside its function
    assertEquals(List.of(false, true), lenIsBuiltin("def f(len): len(y)\nlen(y)\n"));
    // an enclosing function's local is seen by the inner one
    assertEquals(
        List.of(false, true),
        lenIsBuiltin("def f():\n    len = str\n    def g(): return len(y)\nlen(y)\n"));
    // a class attribute is not seen by its methods
    assertEquals(
        List.of(true), lenIsBuiltin("class C:\n    len = str\n    def m(self): return len(y)\n"));
    // global writes the module
    assertEquals(List.of(false), lenIsBuiltin("def f():\n    global len\n    len = str\nlen(y)\n"));
    // a comprehension's variable stays inside it
    assertEquals(List.of(false, true), lenIsBuiltin("[len(y) for len in x]\nlen(y)\n"));
    // lambda parameters
    assertEquals(List.of(false, true), lenIsBuiltin("f = lambda len: len(y)\nlen(y)\n"));
  }

  @Test
  void answersWhichImportBindsAName() throws PyfixSyntaxException {
    ParsedFile file =
        ParsedFile.parse("from typing import Optional as Opt\nimport os.path\nOpt\nos\n");
    SemanticModel model = SemanticModel.of(file);
    Binding opt = model.importOf("Opt", reads(file, "Opt").get(0));
    assertEquals(List.of("typing", "Optional"), List.of(opt.module(), opt.member()));
    Binding os = model.importOf("os", reads(file, "os").get(0));
    assertEquals("os.path", os.module());
    assertTrue(model.isUnboundEverywhere("Optional"));
    assertFalse(model.isUnboundEverywhere("Opt"));
  }

  @Test
  void knowsTypeCheckingBlocks() throws PyfixSyntaxException {
    ParsedFile file =
        ParsedFile.parse("if typing.TYPE_CHECKING:\n    a\nelse:\n    b\nif TYPE_CHECKING: c\n");
    SemanticModel model = SemanticModel.of(file);
    assertTrue(model.inTypeChecking(reads(file, "a").get(0)));
    assertFalse(model.inTypeChecking(reads(file, "b").get(0)));
    assertTrue(model.inTypeChecking(reads(file, "c").get(0)));
  }

  @Test
  void readsDunderAll() throws PyfixSyntaxException {
    SemanticModel model =
        SemanticModel.of(
            ParsedFile.parse(
                "__all__ = ['a', \"b\"]\n__all__ += ('c',)\n__all__.extend(['d'])\n"
                    + "__all__.append('e')\n"));
    assertEquals(new DunderAll(List.of("a", "b", "c", "d", "e"), true, true), model.dunderAll());
    assertEquals(
        new DunderAll(List.of("a"), true, false),
        SemanticModel.of(ParsedFile.parse("__all__ = ['a']\n__all__ += other.__all__\n"))
            .dunderAll());
  }

  @Test
  void findsEveryReadOfANameBeforeAndAfterIndexingAllOfThem() throws PyfixSyntaxException {
    StringBuilder source = new StringBuilder("def f():\n    return x, ｘ, x_, _x\n");
    for (int i = 0; i < 100; i++) {
      source.append("print(n").append(i).append(")\n");
      source.append("def g").append(i).append("(): return n").append(i).append(" + 1\n");
    }
    ParsedFile file = ParsedFile.parse(source.toString());
    SemanticModel model = SemanticModel.of(file);
    // the full-width x is x once normalized (NFKC), as Python reads it
    List<Integer> xs = new ArrayList<>();
    model.references("x").forEach(r -> xs.add(r.start()));
    assertEquals(List.of(source.indexOf("x,"), source.indexOf("ｘ")), xs);
    for (int round = 0; round < 2; round++) { // the second round asks the index
      for (int i = 0; i < 100; i++) {
        String name = "n" + i;
        List<Reference> reads = model.references(name);
        assertEquals(
            List.of(source.indexOf("(" + name + ")") + 1, source.indexOf(" " + name + " +") + 1),
            reads.stream().map(Reference::start).toList(),
            name);
        assertEquals(model.module(), reads.get(0).scope());
        assertEquals(
            "g" + i,
            ((PythonParser.FunctionDefContext) reads.get(1).scope().node()).NAME().getText());
        assertTrue(reads.stream().allMatch(r -> r.name().equals(name)));
      }
    }
    assertTrue(model.references("n100").isEmpty());
    assertTrue(model.references("n").isEmpty());
  }

  /**
   * Only real reads count, each in its own scope: no attribute, keyword argument, f-string
   * conversion or assignment target, but the name of an f-string's {@code {name=}}.
   */
  @Test
  void readsOnlyTheNamesAnExpressionReads() throws PyfixSyntaxException {
    String source =
        """
        a.b(c)[d.e]
        a.b(c, key=d)
        f"{e!r} {g=} {h:{i}} {e.b}"
        j = lambda k: k + l.b
        [m for m in n.b if m]
        (o := p.b)
        print(globals, vars.b)
        q(f"{r=!r:>{s}}", key=f"{t.key=}", **u)
        v: w = x
        """;
    SemanticModel model = SemanticModel.of(ParsedFile.parse(source));
    for (String name : List.of("b", "key", "j", "o", "v")) {
      assertEquals(List.of(), model.references(name), name);
    }
    for (String name : List.of("a", "c", "d", "e")) {
      assertEquals(2, model.references(name).size(), name);
    }
    for (String name :
        List.of("g", "h", "i", "n", "p", "globals", "vars", "r", "s", "t", "u", "w", "x")) {
      assertEquals(1, model.references(name).size(), name);
      assertEquals(model.module(), model.references(name).get(0).scope(), name);
    }
    assertEquals(Scope.Kind.LAMBDA, model.references("k").get(0).scope().kind());
    assertEquals(Scope.Kind.LAMBDA, model.references("l").get(0).scope().kind());
    assertEquals(
        List.of(Scope.Kind.COMPREHENSION, Scope.Kind.COMPREHENSION),
        model.references("m").stream().map(r -> r.scope().kind()).toList());
    assertFalse(model.module().dynamic());
  }
}
