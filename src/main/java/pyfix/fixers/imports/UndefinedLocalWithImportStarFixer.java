package pyfix.fixers.imports;

import java.util.ArrayList;
import java.util.List;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Fixer;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;
import pyfix.fix.Settings;
import pyfix.parse.ParsedFile;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Reports {@code from m import *}, which the style guide forbids; it lives beside I001 because both
 * read import statements, and it has no fix, since the names it binds are unknown.
 */
public final class UndefinedLocalWithImportStarFixer implements Fixer {

  private static final RuleMetadata METADATA =
      RuleMetadata.stable(
          "F403", "undefined-local-with-import-star", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> check(ParsedFile file, Settings settings) {
    List<Finding> findings = new ArrayList<>();
    String text = file.text();
    List<Token> tokens = file.tokens();
    int from = -1;
    Token previous = null;
    for (Token t : tokens) {
      if (t.kind().isTrivia()) {
        continue;
      }
      if (t.is(text, "from") && from < 0) {
        from = t.start();
      } else if (t.is(text, "*") && previous != null && previous.is(text, "import") && from >= 0) {
        String module =
            text.substring(from + "from".length(), previous.start()).replaceAll("[\\s\\\\]+", "");
        findings.add(
            Finding.reportOnly(
                code(),
                "`from " + module + " import *` used; unable to detect undefined names",
                from,
                t.end()));
      }
      if (t.kind() != TokenKind.OP ? t.kind() != TokenKind.NAME : t.is(text, ";")) {
        from = -1; // a new statement starts after NEWLINE, INDENT, DEDENT or ';'
      }
      previous = t;
    }
    return findings;
  }
}
