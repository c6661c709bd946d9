package pyfix.fixers.linelength;

/**
 * One element of a statement being wrapped: a token (an f-string counts as one), an invisible
 * parenthesis, or a comment. Like a leaf of Black's syntax tree it is shared by the lines a split
 * produces, and its mutable state follows the same rules: a bracket tracker sets {@link #depth}
 * when a line takes the leaf, and {@link #makeVisible} turns an invisible parenthesis into a real
 * one for good.
 */
final class Leaf {
  /** What a leaf is, as far as splitting cares. */
  enum Type {
    NAME,
    NUMBER,
    STRING,
    OPERATOR,
    OPEN,
    CLOSE,
    COMMA,
    /** A comment after code on its line; it rides at the end of whatever line its leaf is on. */
    COMMENT,
    /** A comment on a line of its own inside brackets; it ends its line. */
    STANDALONE_COMMENT
  }

  /** What a bracket belongs to, which decides trailing commas and explosion. */
  enum Role {
    NONE,
    /** A parenthesized expression, list, set or dict display: Black's atom. */
    ATOM,
    /** A call or a subscript. */
    TRAILER,
    /** The parameter list of a {@code def}. */
    PARAMETERS,
    /** The bases of a {@code class}. */
    BASES,
    /** The names of a {@code from} import. */
    IMPORT
  }

  final Type type;
  String value;

  /** Whitespace before the leaf when it does not start a line. */
  final String prefix;

  /**
   * The prefix Black measures with: a binary operator and its right operand count with a space
   * before each where the source has none ({@code a+b}), as Black writes them; a binary {@code **}
   * and its right operand always, as Black hugs simple power operands only after deciding where to
   * split.
   */
  String widthPrefix;

  final Role role;

  /** The priority of splitting just before this leaf, given the leaf before it; 0 for none. */
  int priorityBefore;

  /** A star, double star or slash that marks varargs in a call or a {@code def}. */
  boolean vararg;

  /** A comma directly in a call, {@code def} or {@code class} argument list. */
  boolean inArgumentList;

  /** For an opening bracket: it holds a whole return annotation, where a comma makes a tuple. */
  boolean opensReturnAnnotation;

  Leaf opening;
  int depth;

  /** For an invisible right parenthesis: the wrapped child is a single leaf. */
  boolean wrapsOneLeaf;

  Leaf(Type type, String value, String prefix, Role role) {
    this.type = type;
    this.value = value;
    this.prefix = prefix;
    this.widthPrefix = prefix;
    this.role = role;
  }

  boolean isOpening() {
    return type == Type.OPEN;
  }

  boolean isClosing() {
    return type == Type.CLOSE;
  }

  /** An invisible parenthesis that has not been made visible. */
  boolean isInvisible() {
    return (type == Type.OPEN || type == Type.CLOSE) && value.isEmpty();
  }

  boolean isParen() {
    return (type == Type.OPEN && (value.isEmpty() || value.equals("(")))
        || (type == Type.CLOSE && (value.isEmpty() || value.equals(")")));
  }

  /** A string spanning lines: a line holding it never counts as short. */
  boolean isMultilineString() {
    return type == Type.STRING && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0);
  }

  boolean isComment() {
    return type == Type.COMMENT || type == Type.STANDALONE_COMMENT;
  }

  /**
   * An operator between two operands (its split priority set): {@code +}, {@code <}, not {@code .}.
   */
  boolean isBinaryOperator() {
    return type == Type.OPERATOR && priorityBefore > 0 && !is(".");
  }

  boolean is(String s) {
    return value.equals(s);
  }

  void makeVisible() {
    if (value.isEmpty()) {
      value = type == Type.OPEN ? "(" : ")";
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
