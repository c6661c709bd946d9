package pyfix.fixers.size;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleContext;
import pyfix.fix.RuleMetadata;
import pyfix.fix.TreeRule;
import pyfix.parse.ParserToken;
import pyfix.parse.PythonParser;
import pyfix.parse.PythonParser.FunctionDefContext;
import pyfix.parse.PythonParser.StatementContext;
import pyfix.semantic.Syntax;

/**
 * Reports a function whose cyclomatic complexity exceeds {@code max-complexity}, counted as mccabe
 * and Ruff count it: one, plus one per {@code if}/{@code elif}, loop, {@code except} handler,
 * {@code try}'s {@code else}, {@code case} (but a last irrefutable one) and nested {@code def},
 * with the nested functions' and classes' own branches; boolean operators and comprehensions add
 * nothing.
 */
public final class ComplexStructureFixer implements TreeRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.offByDefault("C901", "complex-structure", Kind.SEMANTIC, FixSafety.NONE);

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<Class<? extends ParserRuleContext>> nodeKinds() {
    return Set.of(FunctionDefContext.class);
  }

  @Override
  public void visit(ParserRuleContext node, RuleContext context) {
    FunctionDefContext def = (FunctionDefContext) node;
    int max = context.settings().options().limits().maxComplexity();
    int complexity = 1 + branches(def.block());
    if (complexity > max) {
      context.report(
          Finding.reportOnly(
              METADATA.code(),
              "`" + def.NAME().getText() + "` is too complex (" + complexity + " > " + max + ")",
              Syntax.start(def.NAME()),
              Syntax.end(def.NAME())));
    }
  }

  /** The branches the statements under {@code block} add. */
  private static int branches(PythonParser.BlockContext block) {
    int n = 0;
    for (StatementContext s : block.statement()) {
      if (s.compoundStatement() != null) {
        n += branches(s.compoundStatement());
      }
    }
    return n;
  }

  private static int branches(PythonParser.CompoundStatementContext c) {
    int n = 0;
    if (c instanceof PythonParser.IfStatementContext s) {
      n = s.namedExpression().size();
    } else if (c instanceof PythonParser.WhileStatementContext
        || c instanceof PythonParser.ForStatementContext) {
      n = 1;
    } else if (c instanceof PythonParser.TryStatementContext s) {
      n = s.exceptClause().size() + (s.exceptClause().isEmpty() ? 0 : elseCount(s));
    } else if (c instanceof PythonParser.MatchStatementContext s) {
      n = cases(s.caseBlock());
    } else if (c instanceof PythonParser.DefinitionContext d && d.functionDef() != null) {
      n = 1;
    }
    for (int i = 0; i < c.getChildCount(); i++) {
      n += nested(c.getChild(i));
    }
    return n;
  }

  /** The branches of a block, handler, case, def or class directly under a compound statement. */
  private static int nested(ParseTree child) {
    if (child instanceof PythonParser.BlockContext b) {
      return branches(b);
    } else if (child instanceof PythonParser.ExceptClauseContext e) {
      return branches(e.block());
    } else if (child instanceof PythonParser.CaseBlockContext k) {
      return branches(k.block());
    } else if (child instanceof FunctionDefContext f) {
      return branches(f.block());
    } else if (child instanceof PythonParser.ClassDefContext k) {
      return branches(k.block());
    }
    return 0;
  }

  /** One for a {@code try}'s {@code else} clause. */
  private static int elseCount(PythonParser.TryStatementContext s) {
    for (int i = 0; i < s.getChildCount(); i++) {
      // a keyword: the text of a block child is the whole block's
      if (s.getChild(i) instanceof ParserToken t && t.getText().equals("else")) {
        return 1;
      }
    }
    return 0;
  }

  /** One per case, but a last case that matches anything ({@code _}, a bare name, no guard). */
  private static int cases(List<PythonParser.CaseBlockContext> cases) {
    PythonParser.CaseBlockContext last = cases.get(cases.size() - 1);
    boolean irrefutable =
        last.namedExpression() == null
            && last.patterns().getText().matches("[A-Za-z_][A-Za-z0-9_]*");
    return cases.size() - (irrefutable ? 1 : 0);
  }
}
