package pyfix.fix;

import java.util.List;

/** Edits that together fix one finding, sorted and non-overlapping, with their applicability. */
public record Fix(Applicability applicability, List<Edit> edits) {

  /** Checks the edits are non-empty, sorted and do not overlap. */
  public Fix {
    edits = List.copyOf(edits);
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
    for (int i = 1; i < edits.size(); i++) {
      if (edits.get(i).start() < edits.get(i - 1).end()) {
        throw new IllegalArgumentException("edits overlap or are unsorted: " + edits);
      }
    }
  }

  // written out, as Edit's are
  @Override
  public boolean equals(Object o) {
    return o instanceof Fix f && applicability == f.applicability && edits.equals(f.edits);
  }

  @Override
  public int hashCode() {
    return applicability.hashCode() * 31 + edits.hashCode();
  }

  /** A SAFE fix made of {@code edits}. */
  public static Fix safe(Edit... edits) {
    return new Fix(Applicability.SAFE, List.of(edits));
  }

  /** An UNSAFE fix made of {@code edits}. */
  public static Fix unsafe(Edit... edits) {
    return new Fix(Applicability.UNSAFE, List.of(edits));
  }

  /** Offset where the first edit starts. */
  public int start() {
    return edits.get(0).start();
  }

  /** Offset where the last edit ends. */
  public int end() {
    return edits.get(edits.size() - 1).end();
  }
}
