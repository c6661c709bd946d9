package pyfix.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of every node of the parse tree. Most nodes have one to three children, so their lists
 * start small instead of at ArrayList's ten slots, which keeps big trees a third lighter. The
 * accessors the generated contexts call ({@code ctx.NAME()}, {@code ctx.test(1)}) loop by index:
 * ANTLR's own loop with an iterator, which the C1 compiler the launcher uses always allocates, made
 * a tenth of all the garbage of a run.
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

  /**
   * The {@code i}th child node of class {@code type}, for the generated accessors ({@code
   * ctx.test(0)}): a leaf is passed over with a class test, and a child of exactly the class asked
   * for (all but the labelled alternatives) needs no {@code isInstance}, which the C1 compiler
   * makes a call into the runtime when the class is not a constant.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T extends ParserRuleContext> T getRuleContext(Class<? extends T> type, int i) {
    return (T) nth(type, i, true);
  }

  @Override
  public <T extends ParseTree> T getChild(Class<? extends T> type, int i) {
    return type.cast(nth(type, i, false));
  }

  /** The {@code i}th child of class {@code type}, or null; {@code nodes}: {@code type} is one. */
  private Object nth(Class<?> type, int i, boolean nodes) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    int found = -1;
    for (int k = 0; k < children.size(); k++) {
      Object child = children.get(k);
      if ((nodes ? isNode(child, type) : type.isInstance(child)) && ++found == i) {
        return child;
      }
    }
    return null;
  }

  private static boolean isNode(Object child, Class<?> type) {
    return child instanceof ParserRuleContext
        && (child.getClass() == type || type.isInstance(child));
  }

  /**
   * The child at {@code i}. ANTLR's own casts each child to the interface {@code ParseTree}, which
   * a leaf, also cast to {@code TerminalNode} by the token accessors, passes by the JVM's slow path
   * most times (its cache of one interface per class keeps flipping): class tests do not.
   */
  @Override
  public ParseTree getChild(int i) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    Object child = children.get(i);
    if (child instanceof ParserRuleContext node) {
      return node;
    }
    return child instanceof ParserToken token ? token : (ParseTree) child;
  }

  @Override
  public TerminalNode getToken(int type, int i) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    int found = -1;
    for (int k = 0; k < children.size(); k++) {
      Object child = children.get(k);
      if (tokenType(child) == type && ++found == i) {
        return leaf(child);
      }
    }
    return null;
  }

  @Override
  public List<TerminalNode> getTokens(int type) {
    List<TerminalNode> tokens = null;
    for (int k = 0; children != null && k < children.size(); k++) {
      Object child = children.get(k);
      if (tokenType(child) == type) {
        if (tokens == null) {
          tokens = new ArrayList<>();
        }
        tokens.add(leaf(child));
      }
    }
    return tokens == null ? Collections.emptyList() : tokens;
  }

  /** A leaf child as a {@code TerminalNode}, by a class test when it is one of ours. */
  private static TerminalNode leaf(Object child) {
    return child instanceof ParserToken token ? token : (TerminalNode) child;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> type) {
    List<T> contexts = null;
    for (int k = 0; children != null && k < children.size(); k++) {
      Object child = children.get(k);
      if (isNode(child, type)) {
        if (contexts == null) {
          contexts = new ArrayList<>();
        }
        contexts.add((T) child);
      }
    }
    return contexts == null ? Collections.emptyList() : contexts;
  }

  /**
   * The grammar type of a leaf, -2 for a node. Class tests come first: on Java 17, a test against
   * an interface that fails (a node is no {@code TerminalNode}) leaves compiled code every time.
   */
  private static int tokenType(Object child) {
    if (child instanceof ParserToken t) {
      return t.getType();
    }
    if (child instanceof ParserRuleContext) {
      return -2;
    }
    return child instanceof TerminalNode t ? t.getSymbol().getType() : -2;
  }

  /** The text of the tokens under this node; one child's text needs no copy. */
  @Override
  public String getText() {
    return getChildCount() == 1 ? getChild(0).getText() : super.getText();
  }
}
