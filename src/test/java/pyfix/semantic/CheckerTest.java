package pyfix.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonParser.AttributeContext;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.NameContext;

class CheckerTest {

  /**
   * Each visitor gets the nodes of exactly the classes it registered, in source order (a node
   * before its children), also among the labelled alternatives of one rule (call, name and
   * attribute are all {@code expr}), and a class registered twice calls both visitors in order.
   */
  @Test
  void handsEachNodeToTheVisitorsOfItsClass() throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse("def f(a):\n    return g(a.b, c)\n\nx = h(d)\n");
    List<String> seen = new ArrayList<>();
    new Checker<String>()
        .register("call", List.of(CallContext.class))
        .register("name", List.of(NameContext.class))
        .register("def", List.of(FunctionDefContext.class))
        .register("attribute", List.of(AttributeContext.class, NameContext.class))
        .walk(
            file.tree(),
            (who, node) ->
                seen.add(who + " " + file.text().substring(Syntax.start(node), Syntax.end(node))));
    assertEquals(
        List.of(
            "def def f(a):\n    return g(a.b, c)\n\n",
            "call g(a.b, c)",
            "name g",
            "attribute g",
            "attribute a.b",
            "name a",
            "attribute a",
            "name c",
            "attribute c",
            "name x",
            "attribute x",
            "call h(d)",
            "name h",
            "attribute h",
            "name d",
            "attribute d"),
        seen);
  }
}
