package pyfix.fixers.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import pyfix.fix.Edit;
import pyfix.parse.ParsedFile;
import pyfix.parse.PyfixSyntaxException;

class ImportAdderTest {

  private static String added(String text) throws PyfixSyntaxException {
    Optional<Edit> edit = ImportAdder.fromImport(ParsedFile.parse(text), "typing", "Optional");
    return edit.map(e -> text.substring(0, e.start()) + e.replacement() + text.substring(e.end()))
        .orElse(text);
  }

  @Test
  void goesAfterTheLeadingImportBlockWithItsFutureImports() throws PyfixSyntaxException {
    String text =
        """
        \"""Doc.\"""
        from __future__ import annotations

        import os
        import sys; import re

        x = 1
        import json
        """;
    assertEquals(
        """
        \"""Doc.\"""
        from __future__ import annotations

        import os
        import sys; import re
        from typing import Optional

        x = 1
        import json
        """,
        added(text));
  }

  @Test
  void addsNothingWhenTheNameIsAlreadyImported() throws PyfixSyntaxException {
    String text = "import os\nfrom typing import (\n    List,\n    Optional,\n)\n\nx = 1\n";
    assertEquals(text, added(text));
  }

  @Test
  void anAliasDoesNotCount() throws PyfixSyntaxException {
    assertEquals(
        "from typing import Optional as Opt\nfrom typing import Optional\nx = 1\n",
        added("from typing import Optional as Opt\nx = 1\n"));
  }

  @Test
  void followsTheDocstringWithABlankLineWhenThereAreNoImports() throws PyfixSyntaxException {
    assertEquals(
        "\"\"\"Doc.\"\"\"\n\nfrom typing import Optional\n\n\ndef f(): pass\n",
        added("\"\"\"Doc.\"\"\"\n\n\ndef f(): pass\n"));
  }

  @Test
  void goesBeforeTheFirstStatementAfterHeaderComments() throws PyfixSyntaxException {
    assertEquals(
        "#!/usr/bin/env python3\n# Header.\nfrom typing import Optional\n\n\ndef f(): pass\n",
        added("#!/usr/bin/env python3\n# Header.\ndef f(): pass\n"));
    assertEquals("# Header.\nfrom typing import Optional\n\nx = 1\n", added("# Header.\nx = 1\n"));
  }

  @Test
  void usesTheFileNewlineAndCopesWithoutAFinalOne() throws PyfixSyntaxException {
    assertEquals("import os\r\nfrom typing import Optional\r\n", added("import os\r\n"));
    assertEquals("import os\nfrom typing import Optional\n", added("import os"));
  }

  @Test
  void recognizesDocstrings() throws PyfixSyntaxException {
    ParsedFile file = ParsedFile.parse("'''Doc.'''\nf'{x}'\n");
    assertEquals(true, ImportAdder.isDocstring(file.tree().statement(0)));
    assertEquals(false, ImportAdder.isDocstring(file.tree().statement(1)));
  }
}
