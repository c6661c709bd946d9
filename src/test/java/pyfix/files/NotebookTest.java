package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotebookTest {
  private static final String NOTEBOOK =
      """
      {
       "cells": [
        {
         "cell_type": "markdown",
         "metadata": {},
         "source": ["x = 1 "]
        },
        {
         "source": [
          "import os \\n",
          "print(\\"\\u00e9\\")"
         ],
         "cell_type": "code",
         "metadata": {},
         "outputs": []
        },
        {
         "cell_type": "code", "metadata": {}, "outputs": [], "source": "y = 2 \\nz = 3"
        },
        {
         "cell_type": "code", "metadata": {}, "outputs": [], "source": ["a = 1"]
        }
       ],
       "metadata": {"language_info": {"name": "python"}},
       "nbformat": 4,
       "nbformat_minor": 5
      }""";

  @Test
  void findsTheCodeCellsWhateverTheKeyOrder() throws NotebookException {
    List<Notebook.Cell> cells = Notebook.parse(NOTEBOOK).cells();
    assertEquals(List.of(2, 3, 4), cells.stream().map(Notebook.Cell::index).toList());
    assertEquals("import os \nprint(\"\u00e9\")", cells.get(0).source());
    assertEquals(true, cells.get(0).lines());
    assertEquals("y = 2 \nz = 3", cells.get(1).source());
    assertEquals(false, cells.get(1).lines());
  }

  @Test
  void rewritesOnlyTheChangedSourcesInTheirShape() throws NotebookException {
    Notebook nb = Notebook.parse(NOTEBOOK);
    String out =
        nb.withSources(
            Map.of(2, "import os\nimport sys\nprint(\"\u00e9\")", 3, "y = 2\nz = 3", 4, "a = 1"));
    String expected =
        NOTEBOOK
            .replace("    \"import os \\n\",\n", "    \"import os\\n\",\n    \"import sys\\n\",\n")
            .replace("\"y = 2 \\nz = 3\"", "\"y = 2\\nz = 3\"");
    // the file escapes non-ASCII and holds none raw, so the new print("\u00e9") is escaped too
    assertEquals(expected, out);
    assertEquals(NOTEBOOK, nb.withSources(Map.of()));
  }

  @Test
  void aOneLineListKeepsItsLayoutWhenItGrows() throws NotebookException {
    Notebook nb = Notebook.parse(NOTEBOOK);
    String out = nb.withSources(Map.of(4, "a = 1\nb = 2"));
    assertEquals(
        NOTEBOOK.replace("\"source\": [\"a = 1\"]", "\"source\": [\"a = 1\\n\", \"b = 2\"]"), out);
    // json.dumps without indentation writes ", " between items; separators=(",", ":") writes ","
    String compact = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"a = 1\"]}]}";
    assertEquals(
        compact.replace("[\"a = 1\"]", "[\"a = 1\\n\", \"b = 2\"]"),
        Notebook.parse(compact).withSources(Map.of(1, "a = 1\nb = 2")));
    String tight = "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"a = 1\"]}]}";
    assertEquals(
        tight.replace("[\"a = 1\"]", "[\"a = 1\\n\",\"b = 2\"]"),
        Notebook.parse(tight).withSources(Map.of(1, "a = 1\nb = 2")));
  }

  @Test
  void otherLanguagesHaveNoCellsToFix() throws NotebookException {
    String r = NOTEBOOK.replace("\"name\": \"python\"", "\"name\": \"R\"");
    assertEquals(List.of(), Notebook.parse(r).cells());
    String kernel =
        NOTEBOOK.replace(
            "{\"language_info\": {\"name\": \"python\"}}",
            "{\"kernelspec\": {\"language\": \"julia\", \"name\": \"julia-1.9\"}}");
    assertEquals(List.of(), Notebook.parse(kernel).cells());
  }

  @Test
  void aRepeatedKeyAnywhereIsRefused() {
    // Python's json keeps the last of two "cells", so fixing either would be a guess
    String twice = NOTEBOOK.replace("{\n \"cells\": [", "{\n \"cells\": [],\n \"cells\": [");
    NotebookException e = assertThrows(NotebookException.class, () -> Notebook.parse(twice));
    assertEquals("duplicate key \"cells\" in the notebook's JSON", e.getMessage());
    assertEquals(3, e.line());
    String nested =
        NOTEBOOK.replace("{\"name\": \"python\"}", "{\"name\": \"python\", \"name\": \"R\"}");
    assertEquals(
        "duplicate key \"name\" in the notebook's JSON",
        assertThrows(NotebookException.class, () -> Notebook.parse(nested)).getMessage());
  }

  @Test
  void readsWhatPythonsJsonReadsAndKeepsItsText() throws NotebookException {
    String odd =
        NOTEBOOK.replace(
            "{\"name\": \"python\"}",
            "{\"name\": \"python\"}, \"x\": [NaN, Infinity, -Infinity], \"image\": \""
                + "A".repeat(20_000_001)
                + "\"");
    Notebook nb = Notebook.parse(odd);
    assertEquals(
        odd.replace("\"source\": [\"a = 1\"]", "\"source\": [\"a = 2\"]"),
        nb.withSources(Map.of(4, "a = 2")));
  }

  @Test
  void errorsAreInPlainWordsWithoutTheParsersSettings() {
    String comment =
        assertThrows(NotebookException.class, () -> Notebook.parse("{/* c */ \"cells\": []}"))
            .getMessage();
    assertEquals(
        "not valid JSON: unexpected character ('/' (code 47)): maybe a (non-standard) comment?",
        comment);
    String deep = "{\"cells\": [], \"x\": " + "[".repeat(1001) + "]".repeat(1001) + "}";
    assertEquals(
        "not valid JSON: document nesting depth (1001) exceeds the maximum allowed (1000)",
        assertThrows(NotebookException.class, () -> Notebook.parse(deep)).getMessage());
    String v3 = "{\"nbformat\": 3, \"worksheets\": [{\"cells\": []}], \"metadata\": {}}";
    assertEquals(
        "nbformat 3 is not supported",
        assertThrows(NotebookException.class, () -> Notebook.parse(v3)).getMessage());
  }

  @Test
  void somethingElseIsAClearError() {
    assertEquals(
        "not a notebook: no \"cells\" list",
        assertThrows(NotebookException.class, () -> Notebook.parse("{\"a\": 1}")).getMessage());
    assertThrows(NotebookException.class, () -> Notebook.parse("{\"cells\": ["));
    assertEquals(
        "cannot read cells: cell 1: source lists something other than text",
        assertThrows(
                NotebookException.class,
                () ->
                    Notebook.parse(
                        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"a\", 1]}]}"))
            .getMessage());
  }
}
