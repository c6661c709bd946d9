package pyfix.fixers.size;

import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.ParsedFile;
import pyfix.parse.PythonParser.FileContext;
import pyfix.source.LineMap;
import pyfix.source.Token;
import pyfix.source.TokenKind;

/**
 * Reports a module holding more than {@code max-module-lines} lines of code (not counting
 * docstrings, comments and blank lines), at the first line past the limit; generated files are
 * exempt.
 */
public final class ModuleTooLongFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("PYF002", "module-too-long", Kind.SEMANTIC, FixSafety.NONE);

  /** What code generators write at the top of their output. */
  private static final Pattern GENERATED =
      Pattern.compile(
          "@generated|auto-?generated|generated (by|from|with|using)|do not edit|code generated",
          Pattern.CASE_INSENSITIVE);

  /** How many lines from the top a generated-file header may start on. */
  private static final int HEADER_LINES = 10;

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FileContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    int max = context.settings().options().limits().maxModuleLines();
    CodeLines code = CodeLines.of(context.file());
    if (code.total() <= max || generated(context.file())) {
      return;
    }
    LineMap lines = context.file().lines();
    int first = code.nth(max + 1);
    int start = lines.lineStart(first);
    String text = context.file().text();
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    context.report(
        Finding.reportOnly(
            METADATA.code(),
            "Module has " + code.total() + " lines of code (> " + max + ")",
            start,
            start));
  }

  /** Whether a comment among the first lines says the file is generated. */
  private static boolean generated(ParsedFile file) {
    for (Token t : file.tokens()) {
      if (t.line() > HEADER_LINES) {
        return false;
      }
      if ((t.kind() == TokenKind.COMMENT || t.kind() == TokenKind.STRING)
          && GENERATED.matcher(t.text(file.text())).find()) {
        return true;
      }
    }
    return false;
  }
}
