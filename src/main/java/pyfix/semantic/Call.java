package pyfix.semantic;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import pyfix.parse.PythonParser.ArgumentContext;
import pyfix.parse.PythonParser.ArgumentsContext;
import pyfix.parse.PythonParser.CallContext;
import pyfix.parse.PythonParser.ExprContext;

/**
 * A call as Python's {@code ast.Call} has it.
 *
 * @param node the call
 * @param args positional arguments, {@code *x} and generator arguments included, in order
 * @param keywords {@code name=value} and {@code **x} arguments, in order
 */
public record Call(CallContext node, List<ArgumentContext> args, List<Keyword> keywords) {

  /** A keyword argument; {@code name} is null for {@code **value}. */
  public record Keyword(ArgumentContext node, String name, ArgumentContext value) {}

  /** The view of {@code node}. */
  public static Call of(CallContext node) {
    List<ArgumentContext> args = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    if (node.arguments() != null) {
      for (ArgumentContext a : node.arguments().argument()) {
        if (a.getChildCount() == 1) {
          args.add(a); // a plain positional argument, the most common: no token to look for
        } else if (a.DOUBLESTAR() != null) {
          keywords.add(new Keyword(a, null, a));
        } else if (a.EQUAL() != null) {
          keywords.add(new Keyword(a, a.test(0).getText(), a));
        } else {
          args.add(a);
        }
      }
    }
    return new Call(node, List.copyOf(args), List.copyOf(keywords));
  }

  /**
   * Whether {@code node} passes an argument by keyword ({@code name=value}): a look at its
   * arguments that builds no view, for rules that care only about those calls.
   */
  public static boolean hasKeywordArgument(CallContext node) {
    ArgumentsContext arguments = node.arguments();
    for (int i = 0; arguments != null && i < arguments.getChildCount(); i++) {
      if (arguments.getChild(i) instanceof ArgumentContext a
          && a.getChildCount() > 1
          && a.EQUAL() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value passed for a parameter by keyword {@code name}, else at {@code position} among the
   * positional arguments before any {@code *x}; null when neither is given.
   */
  public ParseTree argument(String name, int position) {
    for (Keyword k : keywords) {
      if (name.equals(k.name())) {
        return k.value().test(1);
      }
    }
    for (int i = 0; i < args.size() && i <= position; i++) {
      if (args.get(i).getChildCount() != 1) {
        return null; // `*x` or a generator: what follows has no known position
      }
      if (i == position) {
        return args.get(i).test(0);
      }
    }
    return null;
  }

  /** The called expression. */
  public ExprContext func() {
    return node.expr();
  }

  /** The name of the called function when it is a plain name, else null. */
  public String funcName() {
    return Syntax.name(node.expr());
  }
}
