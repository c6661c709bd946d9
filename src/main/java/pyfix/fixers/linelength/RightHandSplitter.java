package pyfix.fixers.linelength;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Black's right-hand split: split at the last bracket pair, so the line becomes head, body (one
 * level deeper) and tail.
 *
 * <p>Requirements: a line with brackets. Transformations: first try omitting trailing trailers
 * ({@code a(b)(c)} splits at {@code (b)} when the rest fits), keeping the first attempt whose first
 * line fits; around invisible parentheses, prefer splitting inside the body when it can be split
 * without them; otherwise make the parentheses visible. Collaborations: {@link
 * LineSplitter#buildLine} builds the three lines.
 */
final class RightHandSplitter {
  private final Statement statement;
  private LineSplitter builder;

  RightHandSplitter(Statement statement) {
    this.statement = statement;
  }

  private LineSplitter builder() {
    if (builder == null) {
      builder = new LineSplitter(statement);
    }
    return builder;
  }

  /** Black's rhs transform: tries omitting trailers, keeping the first that fits its first line. */
  List<Line> split(Line line, boolean force) throws CannotSplit {
    Set<Leaf> omit = identitySet();
    if (line.magicTrailingComma == null) {
      List<Line> lines = rightHandSplit(line, force, omit);
      if (lines.get(0).isShortEnough()) {
        return lines;
      }
    }
    int length = statement.indentWidth(line.depth);
    Leaf opening = null;
    Leaf closing = null;
    Set<Leaf> inner = identitySet();
    for (int index = line.leaves.size() - 1; index >= 0; index--) {
      Leaf leaf = line.leaves.get(index);
      if (leaf.isMultilineString()) {
        break; // Black stops measuring at a multi-line string
      }
      length += line.leafWidth(leaf);
      if (length > statement.lineLength) {
        break;
      }
      if (opening != null) {
        if (leaf == opening) {
          opening = null;
        } else if (leaf.isClosing()) {
          inner.add(leaf);
        }
      } else if (leaf.isClosing()) {
        Leaf prev = index > 0 ? line.leaves.get(index - 1) : null;
        if (prev != null && prev.isOpening()) {
          inner.add(leaf);
          continue;
        }
        if (closing != null) {
          omit.add(closing);
          omit.addAll(inner);
          inner.clear();
          List<Line> lines = rightHandSplit(line, force, omit);
          if (lines.get(0).isShortEnough()) {
            return lines;
          }
        }
        if (prev != null && prev.type == Leaf.Type.COMMA) {
          break; // never omit a bracket pair with a trailing comma: it must explode
        }
        if (!leaf.value.isEmpty()) {
          opening = leaf.opening;
          closing = leaf;
        }
      }
    }
    return rightHandSplit(line, force, identitySet());
  }

  private List<Line> rightHandSplit(Line line, boolean force, Set<Leaf> omit) throws CannotSplit {
    return maybeOmittingOptionalParens(firstSplit(line, omit), line, force, omit);
  }

  /** Head, body and tail around the last bracket pair not in {@code omit}. */
  private record Split(Line head, Line body, Line tail, Leaf opening, Leaf closing) {}

  private Split firstSplit(Line line, Set<Leaf> omit) throws CannotSplit {
    List<Leaf> tail = new ArrayList<>();
    List<Leaf> body = new ArrayList<>();
    List<Leaf> head = new ArrayList<>();
    List<Leaf> current = tail;
    Leaf opening = null;
    Leaf closing = null;
    Set<Leaf> unmatched = unmatchedWithStandaloneComment(line);
    for (int i = line.leaves.size() - 1; i >= 0; i--) {
      Leaf leaf = line.leaves.get(i);
      if (current == body && leaf == opening) {
        current = body.isEmpty() ? tail : head;
      }
      current.add(leaf);
      if (current == tail
          && leaf.isClosing()
          && !omit.contains(leaf)
          && !unmatched.contains(leaf)) {
        opening = leaf.opening;
        closing = leaf;
        current = body;
      }
    }
    if (opening == null || closing == null || head.isEmpty()) {
      throw new CannotSplit("no brackets found");
    }
    Collections.reverse(tail);
    Collections.reverse(body);
    Collections.reverse(head);
    LineSplitter b = builder();
    return new Split(
        b.buildLine(head, line, opening, LineSplitter.Component.HEAD),
        b.buildLine(body, line, opening, LineSplitter.Component.BODY),
        b.buildLine(tail, line, opening, LineSplitter.Component.TAIL),
        opening,
        closing);
  }

  /**
   * The closing brackets of a line holding a standalone comment whose opening bracket is on an
   * earlier line (the invisible parenthesis closing an assignment's value, at the end of a tail):
   * none can be split at here, and a line with a standalone comment must split, or its code would
   * follow the comment.
   */
  private static Set<Leaf> unmatchedWithStandaloneComment(Line line) {
    Set<Leaf> unmatched = identitySet();
    if (!line.containsStandaloneComments()) {
      return unmatched;
    }
    Set<Leaf> here = identitySet();
    here.addAll(line.leaves);
    for (Leaf leaf : line.leaves) {
      if (leaf.isClosing() && !here.contains(leaf.opening)) {
        unmatched.add(leaf);
      }
    }
    return unmatched;
  }

  private List<Line> maybeOmittingOptionalParens(
      Split rhs, Line line, boolean force, Set<Leaf> omit) throws CannotSplit {
    if (!force
        && rhs.opening.isParen()
        && rhs.opening.isInvisible()
        && rhs.closing.isParen()
        && rhs.closing.isInvisible()
        && !line.isImport()
        && canOmitInvisibleParens(rhs.body)) {
      Set<Leaf> more = identitySet();
      more.addAll(omit);
      more.add(rhs.closing);
      try {
        return maybeOmittingOptionalParens(firstSplit(line, more), line, force, more);
      } catch (CannotSplit e) {
        // a dotted name no split can shorten stays as it is, as Black's current stable style
        // leaves `except some.long.module.Error as err:` and Ruff's formatter any such body;
        // Black 23 wrapped it in parentheses, still too long
        if (!rhs.body.isShortEnough() && (!canBeSplit(rhs.body) || isDottedName(rhs.body))) {
          throw new CannotSplit("splitting failed after omitting optional parentheses");
        }
      }
    }
    rhs.opening.makeVisible();
    rhs.closing.makeVisible();
    return LineSplitter.nonEmpty(rhs.head, rhs.body, rhs.tail);
  }

  /** Whether the body reads well enough without the optional parentheses around it. */
  private boolean canOmitInvisibleParens(Line line) {
    if (line.delimiters.isEmpty()) {
      return true;
    }
    int max = line.maxPriority();
    if (line.countWithPriority(max) > 1) {
      return false;
    }
    if (max == Line.DOT_PRIORITY) {
      return true;
    }
    if (line.leaves.size() < 2) {
      return false;
    }
    Leaf first = line.leaves.get(0);
    Leaf second = line.leaves.get(1);
    if (first.isOpening() && !second.isClosing() && canOmitOpeningParen(line, first)) {
      return true;
    }
    Leaf penultimate = line.leaves.get(line.leaves.size() - 2);
    Leaf last = line.leaves.get(line.leaves.size() - 1);
    if (last.is(")")
        || last.is("}")
        || (last.is("]") && last.opening != null && last.opening.role != Leaf.Role.TRAILER)) {
      if (penultimate.isOpening()) {
        return false;
      }
      if (first.isMultilineString()) {
        return true;
      }
      int length = statement.indentWidth(line.depth);
      boolean seenOtherBrackets = false;
      for (Leaf leaf : line.leaves) {
        if (leaf.isMultilineString()) {
          return false;
        }
        length += line.leafWidth(leaf);
        if (leaf == last.opening) {
          if (seenOtherBrackets || length <= statement.lineLength) {
            return true;
          }
        } else if (leaf.isOpening()) {
          seenOtherBrackets = true;
        }
      }
    }
    return false;
  }

  private boolean canOmitOpeningParen(Line line, Leaf first) {
    boolean remainder = false;
    int length = statement.indentWidth(line.depth);
    for (Leaf leaf : line.leaves) {
      if (leaf.isMultilineString()) {
        return false;
      }
      if (leaf.isClosing() && leaf.opening == first) {
        remainder = true;
      }
      if (remainder) {
        length += line.leafWidth(leaf);
        if (length > statement.lineLength) {
          return false;
        }
        if (leaf.isOpening()) {
          remainder = false;
        }
      }
    }
    return true;
  }

  /** False when the line surely cannot be split (Black's can_be_split). */
  static boolean canBeSplit(Line line) {
    List<Leaf> leaves = line.leaves;
    if (leaves.size() < 2) {
      return false;
    }
    if (leaves.get(0).type == Leaf.Type.STRING && leaves.get(1).is(".")) {
      int calls = 0;
      int dots = 0;
      Leaf next = leaves.get(leaves.size() - 1);
      for (int i = leaves.size() - 2; i >= 0; i--) {
        Leaf leaf = leaves.get(i);
        if (leaf.isOpening()) {
          if (!next.isClosing()) {
            return false;
          }
          calls++;
        } else if (leaf.is(".")) {
          dots++;
        } else if (leaf.type == Leaf.Type.NAME) {
          if (!(next.is(".") || next.isOpening())) {
            return false;
          }
        } else if (!leaf.isClosing()) {
          return false;
        }
        if (dots > 1 && calls > 1) {
          return false;
        }
        next = leaf;
      }
    }
    return true;
  }

  /** Whether {@code line} is a name and its attributes, {@code a.b.c}, and nothing else. */
  private static boolean isDottedName(Line line) {
    for (int i = 0; i < line.leaves.size(); i++) {
      Leaf leaf = line.leaves.get(i);
      if (i % 2 == 0 ? leaf.type != Leaf.Type.NAME : !leaf.is(".")) {
        return false;
      }
    }
    return line.leaves.size() % 2 == 1;
  }

  private static Set<Leaf> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
