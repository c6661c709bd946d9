package pyfix.fixers.linelength;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pyfix.fixers.common.Width;

/**
 * A candidate output line: leaves, the comments riding on them, its depth below the statement's
 * first line, and the bracket tracking Black does as leaves are appended (bracket depth relative to
 * the line, split priorities of the line's top level, magic trailing commas).
 */
final class Line {
  static final int COMMA_PRIORITY = 18;
  static final int DOT_PRIORITY = 1;

  final int depth;
  final boolean insideBrackets;
  final Statement statement;
  final List<Leaf> leaves = new ArrayList<>();
  private final Map<Leaf, List<Leaf>> comments = new LinkedHashMap<>();
  final Map<Leaf, Integer> delimiters = new IdentityHashMap<>();
  final List<Leaf> invisible = new ArrayList<>();
  Leaf magicTrailingComma;
  boolean shouldSplitRhs;
  private int bracketDepth;
  private final Deque<Leaf> open = new ArrayDeque<>();
  private final Deque<Integer> forDepths = new ArrayDeque<>();
  private final Deque<Integer> lambdaDepths = new ArrayDeque<>();
  private Leaf previous;

  Line(Statement statement, int depth, boolean insideBrackets) {
    this.statement = statement;
    this.depth = depth;
    this.insideBrackets = insideBrackets;
  }

  /** Appends {@code leaf}, tracking brackets when the line is inside brackets or asked to. */
  void append(Leaf leaf, boolean track) {
    leaves.add(leaf);
    if (insideBrackets || track) {
      mark(leaf);
      if (hasMagicTrailingComma(leaf)) {
        magicTrailingComma = leaf;
      }
    }
  }

  /** Appends a leaf and the comments that ride on it in {@code from}. */
  void appendWithComments(Leaf leaf, Line from, boolean track) {
    append(leaf, track);
    for (Leaf c : from.commentsAfter(leaf)) {
      attach(leaf, c);
    }
  }

  /** Like {@link #append} but refuses leaves after a standalone comment and vice versa. */
  boolean appendSafe(Leaf leaf) {
    if (bracketDepth == 0) {
      if (isComment()) {
        return false;
      }
      if (!leaves.isEmpty() && leaf.type == Leaf.Type.STANDALONE_COMMENT) {
        return false;
      }
    }
    append(leaf, true);
    return true;
  }

  void attach(Leaf leaf, Leaf comment) {
    comments.computeIfAbsent(leaf, k -> new ArrayList<>()).add(comment);
  }

  List<Leaf> commentsAfter(Leaf leaf) {
    return comments.getOrDefault(leaf, List.of());
  }

  boolean isComment() {
    return leaves.size() == 1 && leaves.get(0).type == Leaf.Type.STANDALONE_COMMENT;
  }

  boolean isDef() {
    return !leaves.isEmpty()
        && (leaves.get(0).is("def")
            || (leaves.size() > 1 && leaves.get(0).is("async") && leaves.get(1).is("def")));
  }

  boolean isImport() {
    return !leaves.isEmpty() && leaves.get(0) == statement.importKeyword;
  }

  boolean containsStandaloneComments() {
    for (Leaf l : leaves) {
      if (l.type == Leaf.Type.STANDALONE_COMMENT) {
        return true;
      }
    }
    return false;
  }

  int maxPriority() {
    int max = 0;
    for (int p : delimiters.values()) {
      max = Math.max(max, p);
    }
    return max;
  }

  int maxPriorityExcluding(Leaf excluded) {
    int max = 0;
    for (Map.Entry<Leaf, Integer> e : delimiters.entrySet()) {
      if (e.getKey() != excluded) {
        max = Math.max(max, e.getValue());
      }
    }
    return max;
  }

  int countWithPriority(int priority) {
    int n = 0;
    for (int p : delimiters.values()) {
      if (p == priority) {
        n++;
      }
    }
    return n;
  }

  /**
   * The line's text without indentation: leaves, then its comments. A line that starts with a
   * binary operator gets a space after it, as Black writes it ({@code + b}, not {@code +b}, which
   * reads as a unary plus); Black hugs a power's simple operands ({@code 2**8}) only when both
   * stand on one line.
   */
  String content() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < leaves.size(); i++) {
      Leaf l = leaves.get(i);
      if (i == 1 && leaves.get(0).isBinaryOperator() && l.widthPrefix != null) {
        sb.append(l.widthPrefix);
      } else if (i > 0) {
        sb.append(l.prefix);
      }
      sb.append(l.value);
    }
    for (Leaf l : leaves) {
      for (Leaf c : commentsAfter(l)) {
        sb.append(sb.length() == 0 ? "" : "  ").append(c.value);
      }
    }
    return sb.toString();
  }

  /**
   * Width of the line's text as printed at its depth, measured with each leaf's width prefix; piece
   * by piece, since building the string of a long statement at each call costs more than splitting.
   */
  int width() {
    int w = statement.indentWidth(depth);
    boolean empty = true;
    for (int i = 0; i < leaves.size(); i++) {
      Leaf l = leaves.get(i);
      if (i > 0) {
        w = Width.advance(w, l.widthPrefix);
        empty &= l.widthPrefix.isEmpty();
      }
      w = Width.advance(w, l.value);
      empty &= l.value.isEmpty();
    }
    for (Leaf l : leaves) {
      for (Leaf c : commentsAfter(l)) {
        w = Width.advance(w, empty ? c.value : "  " + c.value);
        empty &= c.value.isEmpty();
      }
    }
    return w;
  }

  /** Black's is_line_short_enough: fits, holds no standalone comment and no multi-line string. */
  boolean isShortEnough() {
    return !containsStandaloneComments()
        && !containsMultilineStrings()
        && width() <= statement.lineLength;
  }

  boolean containsMultilineStrings() {
    for (Leaf l : leaves) {
      if (l.isMultilineString()) {
        return true;
      }
    }
    return false;
  }

  /** Width of a leaf with its prefix and the comments riding on it, as Black measures it. */
  int leafWidth(Leaf leaf) {
    int w = Width.of(leaf.widthPrefix) + Width.of(leaf.value);
    for (Leaf c : commentsAfter(leaf)) {
      w += Width.of(c.value);
    }
    return w;
  }

  private void mark(Leaf leaf) {
    if (leaf.isComment() && leaf.type == Leaf.Type.COMMENT) {
      return;
    }
    if (!forDepths.isEmpty() && forDepths.peek() == bracketDepth && leaf.is("in")) {
      bracketDepth--;
      forDepths.pop();
    }
    if (!lambdaDepths.isEmpty() && lambdaDepths.peek() == bracketDepth && leaf.is(":")) {
      bracketDepth--;
      lambdaDepths.pop();
    }
    if (leaf.isClosing()) {
      bracketDepth--;
      if (!open.isEmpty()) {
        open.pop();
      }
      if (leaf.isInvisible()) {
        invisible.add(leaf);
      }
    }
    leaf.depth = bracketDepth;
    if (bracketDepth == 0) {
      if (leaf.priorityBefore > 0 && previous != null) {
        delimiters.merge(previous, leaf.priorityBefore, Math::max);
      }
      if (leaf.type == Leaf.Type.COMMA) {
        delimiters.put(leaf, COMMA_PRIORITY);
      }
    }
    if (leaf.isOpening()) {
      open.push(leaf);
      bracketDepth++;
      if (leaf.isInvisible()) {
        invisible.add(leaf);
      }
    }
    previous = leaf;
    if (leaf.type == Leaf.Type.NAME && leaf.is("lambda")) {
      bracketDepth++;
      lambdaDepths.push(bracketDepth);
    }
    if (leaf.type == Leaf.Type.NAME && leaf.is("for")) {
      bracketDepth++;
      forDepths.push(bracketDepth);
    }
  }

  /** Whether a comma before {@code closing} makes the line explode, as Black's magic comma. */
  private boolean hasMagicTrailingComma(Leaf closing) {
    int n = leaves.size();
    if (!closing.isClosing() || n < 2 || leaves.get(n - 2).type != Leaf.Type.COMMA) {
      return false;
    }
    if (closing.is("]")) {
      return !(closing.opening != null
          && closing.opening.role == Leaf.Role.TRAILER
          && isOneSequenceBetween(closing.opening, closing));
    }
    if (isImport()) {
      return true;
    }
    if (closing.is(")")) {
      return !isOneSequenceBetween(closing.opening, closing);
    }
    return closing.is("}");
  }

  /** Whether the brackets hold a one-element sequence with its comma: {@code (a,)}. */
  private boolean isOneSequenceBetween(Leaf opening, Leaf closing) {
    if (opening == null) {
      return false;
    }
    int start = leaves.indexOf(opening);
    if (start < 0) {
      return false;
    }
    int inner = closing.depth + 1;
    int commas = 0;
    for (int i = start + 1; i < leaves.size(); i++) {
      Leaf l = leaves.get(i);
      if (l == closing) {
        break;
      }
      if (l.depth == inner && l.type == Leaf.Type.COMMA) {
        commas++;
        if (l.inArgumentList) {
          commas++;
          break;
        }
      }
    }
    return commas < 2;
  }

  @Override
  public String toString() {
    return content();
  }
}
