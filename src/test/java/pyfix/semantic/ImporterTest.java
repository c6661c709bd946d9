package pyfix.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;
import pyfix.parse.PythonParser;

class ImporterTest {

  /** The text with the import added, then " -> " and the name to write, for a use at `def f`. */
  private static String imported(String text) throws PyfixSyntaxException, Importer.Refused {
    ParsedFile file = ParsedFile.parse(text);
    Importer.Imported i = Importer.of(file).getOrImport("typing", "Optional", lastDef(file));
    return text.substring(0, i.offset())
        + i.insertion()
        + text.substring(i.offset())
        + " -> "
        + i.name();
  }

  private static PythonParser.FunctionDefContext lastDef(ParsedFile file) {
    List<PythonParser.StatementContext> statements = file.tree().statement();
    for (int i = statements.size() - 1; i >= 0; i--) {
      if (statements.get(i).compoundStatement() instanceof PythonParser.DefinitionContext d) {
        return d.functionDef();
      }
    }
    throw new AssertionError("no def");
  }

  private static String refusal(String text) throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse(text);
    return assertThrows(
            Importer.Refused.class,
            () -> Importer.of(file).getOrImport("typing", "Optional", lastDef(file)))
        .getMessage();
  }

  @Test
  void skipsTheNotebookCellsThatStandInForCellsLeftAlone() throws Exception {
    String text =
        """
        __pyfix_ipython_escape__(capture)  # noqa
        # pyfix: cell-boundary
        __pyfix_ipython_escape__()
        x = 1
        # pyfix: cell-boundary
        def f(): pass
        """;
    assertEquals(
        """
        __pyfix_ipython_escape__(capture)  # noqa
        # pyfix: cell-boundary
        from typing import Optional

        __pyfix_ipython_escape__()
        x = 1
        # pyfix: cell-boundary
        def f(): pass
         -> Optional""",
        imported(text));
  }

  @Test
  void goesAfterTheLeadingImportBlockWithItsFutureImports() throws Exception {
    String text =
        """
        \"""Doc.\"""
        from __future__ import annotations

        import os
        import sys; import re

        def f(): pass
        import json
        """;
    assertEquals(
        """
        \"""Doc.\"""
        from __future__ import annotations

        import os
        import sys; import re
        from typing import Optional

        def f(): pass
        import json
         -> Optional""",
        imported(text));
  }

  @Test
  void reusesAnImportUnderItsOwnNameOrAlias() throws Exception {
    String text = "import os\nfrom typing import (\n    List,\n    Optional,\n)\n\ndef f(): pass\n";
    assertEquals(text + " -> Optional", imported(text));
    String alias = "from typing import Optional as Opt\ndef f(): pass\n";
    assertEquals(alias + " -> Opt", imported(alias));
  }

  @Test
  void spellsTheMemberThroughAModuleImport() throws Exception {
    assertEquals(
        "import typing\ndef f(): pass\n -> typing.Optional",
        imported("import typing\ndef f(): pass\n"));
    assertEquals(
        "import typing as t\ndef f(): pass\n -> t.Optional",
        imported("import typing as t\ndef f(): pass\n"));
  }

  @Test
  void followsTheDocstringWithABlankLineWhenThereAreNoImports() throws Exception {
    assertEquals(
        "\"\"\"Doc.\"\"\"\n\nfrom typing import Optional\n\n\ndef f(): pass\n -> Optional",
        imported("\"\"\"Doc.\"\"\"\n\n\ndef f(): pass\n"));
  }

  @Test
  void goesBeforeTheFirstStatementAfterHeaderComments() throws Exception {
    assertEquals(
        "#!/usr/bin/env python3\n# Header.\nfrom typing import Optional\n\n\ndef f(): pass\n -> Optional",
        imported("#!/usr/bin/env python3\n# Header.\ndef f(): pass\n"));
  }

  @Test
  void usesTheFileNewline() throws Exception {
    assertEquals(
        "import os\r\nfrom typing import Optional\r\ndef f(): pass\r\n -> Optional",
        imported("import os\r\ndef f(): pass\r\n"));
  }

  @Test
  void refusesWhenTheNameIsBoundToAnythingElse() throws Exception {
    String bound = "`Optional` is bound to something else in this module";
    assertEquals(bound, refusal("from string import Template as Optional\ndef f(): pass\n"));
    assertEquals(bound, refusal("Optional = 5\ndef f(): pass\n"));
    assertEquals(bound, refusal("class Optional: pass\ndef f(): pass\n"));
    assertEquals(bound, refusal("def f(): pass\nfrom foo import Optional\n"));
    assertEquals(bound, refusal("def g(Optional): pass\ndef f(): pass\n"));
    // imported only after the use, or only for type checkers: not there when `def f` runs
    assertEquals(bound, refusal("def f(): pass\nfrom typing import Optional\n"));
    assertEquals(
        bound,
        refusal(
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from typing import Optional\ndef f(): pass\n"));
    assertEquals(
        "a star import or `globals()` may bind `Optional`",
        refusal("from os import *\ndef f(): pass\n"));
  }
}
