package pyfix.fixers.linelength;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Splits a line that is too long the way Black's line generator does, recursively until every line
 * fits or cannot be split further.
 *
 * <p>Requirements: a line built by {@link StatementReader}. Transformations, tried in order: for a
 * {@code def}, the left-hand split at the first bracket; for a line inside brackets, the delimiter
 * split at its lowest-priority delimiter, then the standalone-comment split, then the right-hand
 * split; else the right-hand split, which splits at the last bracket pair, first omitting trailing
 * trailers and optional parentheses where Black omits them, and retries with optional parentheses
 * made visible when the first line of the result is still too long. Collaborations: {@link
 * RightHandSplitter} for the right-hand split; leaves are shared and mutated like Black's.
 */
final class LineSplitter {
  /** The split that produced lines; the right-hand split gets a second opinion. */
  enum Transform {
    LEFT_HAND,
    DELIMITER,
    STANDALONE_COMMENT,
    RIGHT_HAND
  }

  private final Statement statement;
  private final RightHandSplitter rhs;

  LineSplitter(Statement statement) {
    this.statement = statement;
    this.rhs = new RightHandSplitter(statement);
  }

  /** Black's transform_line: {@code line} as lines that fit where possible. */
  List<Line> transform(Line line, boolean force) {
    if (!line.shouldSplitRhs
        && line.magicTrailingComma == null
        && line.isShortEnough()
        && !(line.insideBrackets && line.containsStandaloneComments())) {
      return List.of(line);
    }
    List<Transform> transforms;
    if (line.isDef()) {
      transforms = List.of(Transform.LEFT_HAND);
    } else if (line.insideBrackets) {
      transforms = List.of(Transform.DELIMITER, Transform.STANDALONE_COMMENT, Transform.RIGHT_HAND);
    } else {
      transforms = List.of(Transform.RIGHT_HAND);
    }
    String lineStr = line.content();
    for (Transform t : transforms) {
      try {
        return run(line, t, force, lineStr);
      } catch (CannotSplit e) {
        // try the next transform
      }
    }
    return List.of(line);
  }

  private List<Line> run(Line line, Transform t, boolean force, String lineStr) throws CannotSplit {
    List<Line> result = new ArrayList<>();
    for (Line produced : apply(line, t, force)) {
      if (produced.depth == line.depth && produced.content().equals(lineStr)) {
        throw new CannotSplit("unchanged result");
      }
      result.addAll(transform(produced, force));
    }
    if (t == Transform.RIGHT_HAND
        && !force
        && !line.invisible.isEmpty()
        && line.invisible.stream().allMatch(Leaf::isInvisible)
        && !line.containsMultilineStrings()
        && !result.get(0).isShortEnough()) {
      Line copy = copyOf(line);
      // as in Black, a second opinion that cannot split fails the whole transform
      List<Line> second = run(copy, t, true, lineStr);
      if (second.stream().allMatch(Line::isShortEnough)) {
        result = second;
      }
    }
    return result;
  }

  private List<Line> apply(Line line, Transform t, boolean force) throws CannotSplit {
    return switch (t) {
      case LEFT_HAND -> leftHandSplit(line);
      case DELIMITER -> delimiterSplit(line);
      case STANDALONE_COMMENT -> standaloneCommentSplit(line);
      case RIGHT_HAND -> rhs.split(line, force);
    };
  }

  /** Fresh leaves with the same values, as Black's second opinion works on a copy. */
  private Line copyOf(Line line) {
    IdentityHashMap<Leaf, Leaf> copies = new IdentityHashMap<>();
    Line copy = new Line(statement, line.depth, line.insideBrackets);
    for (Leaf old : line.leaves) {
      Leaf leaf = new Leaf(old.type, old.value, old.prefix, old.role);
      leaf.widthPrefix = old.widthPrefix;
      leaf.priorityBefore = old.priorityBefore;
      leaf.vararg = old.vararg;
      leaf.inArgumentList = old.inArgumentList;
      leaf.wrapsOneLeaf = old.wrapsOneLeaf;
      leaf.opening = old.opening == null ? null : copies.getOrDefault(old.opening, old.opening);
      copies.put(old, leaf);
      copy.append(leaf, true);
      for (Leaf c : line.commentsAfter(old)) {
        copy.attach(leaf, c);
      }
    }
    return copy;
  }

  /** Splits a {@code def} at its first opening bracket. */
  private List<Line> leftHandSplit(Line line) throws CannotSplit {
    List<Leaf> head = new ArrayList<>();
    List<Leaf> body = new ArrayList<>();
    List<Leaf> tail = new ArrayList<>();
    List<Leaf> current = head;
    Leaf matching = null;
    for (Leaf leaf : line.leaves) {
      if (current == body && leaf.isClosing() && leaf.opening == matching) {
        leaf.makeVisible();
        matching.makeVisible();
        current = body.isEmpty() ? head : tail;
      }
      current.add(leaf);
      if (current == head && leaf.isOpening()) {
        matching = leaf;
        current = body;
      }
    }
    if (matching == null || tail.isEmpty()) {
      throw new CannotSplit("no brackets found");
    }
    return nonEmpty(
        buildLine(head, line, matching, Component.HEAD),
        buildLine(body, line, matching, Component.BODY),
        buildLine(tail, line, matching, Component.TAIL));
  }

  static List<Line> nonEmpty(Line... lines) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      if (!l.leaves.isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  /** Where a bracket split puts leaves. */
  enum Component {
    HEAD,
    BODY,
    TAIL
  }

  /** Black's bracket_split_build_line. */
  Line buildLine(List<Leaf> leaves, Line original, Leaf opening, Component component) {
    boolean body = component == Component.BODY;
    Line result = new Line(statement, original.depth + (body ? 1 : 0), body);
    List<Leaf> list = new ArrayList<>(leaves);
    if (body && !list.isEmpty()) {
      boolean noCommas =
          original.isDef()
              && opening.is("(")
              && !opening.opensReturnAnnotation
              && list.stream().noneMatch(l -> l.type == Leaf.Type.COMMA);
      if (original.isImport() || noCommas) {
        for (int i = list.size() - 1; i >= 0; i--) {
          if (list.get(i).type == Leaf.Type.STANDALONE_COMMENT) {
            continue;
          }
          if (list.get(i).type != Leaf.Type.COMMA) {
            list.add(i + 1, new Leaf(Leaf.Type.COMMA, ",", "", Leaf.Role.NONE));
          }
          break;
        }
      }
    }
    Set<Leaf> track =
        component == Component.HEAD ? insideMatchingBrackets(list) : Collections.emptySet();
    for (Leaf leaf : list) {
      result.appendWithComments(leaf, original, track.contains(leaf));
    }
    if (body && shouldSplit(result, opening)) {
      result.shouldSplitRhs = true;
    }
    return result;
  }

  private static Set<Leaf> insideMatchingBrackets(List<Leaf> leaves) {
    Set<Leaf> ids = Collections.newSetFromMap(new IdentityHashMap<>());
    int start = -1;
    int end = -1;
    for (int i = 0; i < leaves.size(); i++) {
      if (leaves.get(i).isOpening()) {
        start = i;
        break;
      }
    }
    for (int i = leaves.size() - 1; i >= 0; i--) {
      if (leaves.get(i).isClosing()) {
        end = i;
        break;
      }
    }
    if (start < 0 || end < 0) {
      return ids;
    }
    int depth = 0;
    for (int i = end; i >= start; i--) {
      Leaf leaf = leaves.get(i);
      if (leaf.isClosing()) {
        depth++;
      }
      if (depth > 0) {
        ids.add(leaf);
      }
      if (leaf.isOpening()) {
        depth--;
      }
    }
    return ids;
  }

  /** Whether a body line must be exploded one element per line right away. */
  private static boolean shouldSplit(Line body, Leaf opening) {
    if (body.leaves.isEmpty()) {
      return false;
    }
    Leaf last = body.leaves.get(body.leaves.size() - 1);
    boolean trailingComma = last.type == Leaf.Type.COMMA;
    if (body.maxPriorityExcluding(last) != Line.COMMA_PRIORITY) {
      return false;
    }
    return trailingComma || opening.role == Leaf.Role.ATOM || opening.role == Leaf.Role.IMPORT;
  }

  /** Splits at every delimiter of the line's lowest priority. */
  private List<Line> delimiterSplit(Line line) throws CannotSplit {
    if (line.leaves.isEmpty()) {
      throw new CannotSplit("line empty");
    }
    Leaf last = line.leaves.get(line.leaves.size() - 1);
    int delimiter = line.maxPriorityExcluding(last);
    if (delimiter == 0) {
      throw new CannotSplit("no delimiters");
    }
    if (delimiter == Line.DOT_PRIORITY && line.countWithPriority(delimiter) == 1) {
      throw new CannotSplit("a single attribute split from its parent looks wrong");
    }
    List<Line> result = new ArrayList<>();
    Line current = new Line(statement, line.depth, line.insideBrackets);
    int lowestDepth = Integer.MAX_VALUE;
    boolean trailingCommaSafe = true;
    for (Leaf leaf : line.leaves) {
      current = appendTo(current, leaf, result);
      for (Leaf c : line.commentsAfter(leaf)) {
        current.attach(leaf, c);
      }
      lowestDepth = Math.min(leaf.depth, lowestDepth);
      if (leaf.depth == lowestDepth && leaf.vararg) {
        trailingCommaSafe &= statement.trailingCommaAfterVarargs();
      }
      Integer p = line.delimiters.get(leaf);
      if (p != null && p == delimiter) {
        result.add(current);
        current = new Line(statement, line.depth, line.insideBrackets);
      }
    }
    if (!current.leaves.isEmpty()) {
      if (trailingCommaSafe
          && delimiter == Line.COMMA_PRIORITY
          && last.type != Leaf.Type.COMMA
          && last.type != Leaf.Type.STANDALONE_COMMENT) {
        current.append(new Leaf(Leaf.Type.COMMA, ",", "", Leaf.Role.NONE), true);
      }
      result.add(current);
    }
    return result;
  }

  private List<Line> standaloneCommentSplit(Line line) throws CannotSplit {
    if (!line.containsStandaloneComments()) {
      throw new CannotSplit("no standalone comments");
    }
    List<Line> result = new ArrayList<>();
    Line current = new Line(statement, line.depth, line.insideBrackets);
    for (Leaf leaf : line.leaves) {
      current = appendTo(current, leaf, result);
      for (Leaf c : line.commentsAfter(leaf)) {
        current.attach(leaf, c);
      }
    }
    if (!current.leaves.isEmpty()) {
      result.add(current);
    }
    return result;
  }

  private Line appendTo(Line current, Leaf leaf, List<Line> result) {
    if (current.appendSafe(leaf)) {
      return current;
    }
    result.add(current);
    Line next = new Line(statement, current.depth, current.insideBrackets);
    next.append(leaf, true);
    return next;
  }
}
