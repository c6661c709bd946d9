package pyfix.fix;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import pyfix.parse.ParsedFile;
import pyfix.semantic.SemanticModel;
import pyfix.semantic.Syntax;

/**
 * What a {@link TreeRule} sees besides the node: the file, the settings, the model, its findings.
 */
public final class RuleContext {
  private final ParsedFile file;
  private final Settings settings;
  private final List<Finding> findings;

  RuleContext(ParsedFile file, Settings settings, List<Finding> findings) {
    this.file = file;
    this.settings = settings;
    this.findings = findings;
  }

  /** The parsed text of this round. */
  public ParsedFile file() {
    return file;
  }

  /** The run's settings. */
  public Settings settings() {
    return settings;
  }

  /** The semantic model of the text, built on the first call of any rule this round. */
  public SemanticModel model() {
    return SemanticModel.of(file);
  }

  /** The source text of {@code node}. */
  public String text(ParserRuleContext node) {
    return file.text().substring(Syntax.start(node), Syntax.end(node));
  }

  /** Reports {@code finding}. */
  public void report(Finding finding) {
    findings.add(finding);
  }
}
