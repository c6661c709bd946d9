package pyfix.fix;

import java.util.ArrayList;
import java.util.List;

/** A fix the engine dropped, kept so that its fixer's next offer of it is refused. */
record Blocked(String code, List<Edit> edits) {

  Blocked {
    edits = List.copyOf(edits);
  }

  /** Whether {@code c} offers this very fix again. */
  boolean matches(FixEngine.Candidate c) {
    return c.fixer().code().equals(code) && c.fix().edits().equals(edits);
  }

  /**
   * {@code blocked} mapped through {@code applied} (sorted, in the same coordinates); an entry an
   * applied edit touches is forgotten, since its fixer will offer something else there.
   */
  static List<Blocked> shift(List<Blocked> blocked, List<Edit> applied) {
    List<Blocked> moved = new ArrayList<>();
    for (Blocked b : blocked) {
      int start = b.edits.get(0).start();
      int end = b.edits.get(b.edits.size() - 1).end();
      List<Edit> before = new ArrayList<>();
      boolean touched = false;
      for (Edit e : applied) {
        if (e.end() < start) {
          before.add(e);
        } else if (e.start() <= end) {
          touched = true;
        }
      }
      if (!touched) {
        moved.add(new Blocked(b.code, Edits.shift(b.edits, Edits.growth(before))));
      }
    }
    return moved;
  }
}
