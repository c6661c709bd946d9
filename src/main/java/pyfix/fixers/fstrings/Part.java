package pyfix.fixers.fstrings;

import java.util.List;

/** A piece of a parsed template: literal text or a replacement field. */
sealed interface Part {

  /**
   * Literal text as source: how it reads inside an f-string (braces doubled) and inside a plain
   * string (template escapes such as {@code %%} or {@code {{} undone).
   */
  record Text(String inFstring, String inPlain) implements Part {}

  /**
   * A replacement field: the argument it shows, attribute and index accessors after it, a
   * conversion ({@code 'r'}, {@code 's'}, {@code 'a'} or 0) and a format spec of text and nested
   * fields.
   */
  record Field(int argument, List<Accessor> accessors, char conversion, List<Part> spec)
      implements Part {
    public Field {
      accessors = List.copyOf(accessors);
      spec = List.copyOf(spec);
    }
  }

  /** {@code .name}, {@code [0]} or {@code ["key"]} after a field's argument. */
  record Accessor(String name, Kind kind) {
    enum Kind {
      ATTRIBUTE,
      INDEX,
      KEY
    }

    /** The accessor as Python source, string keys quoted with {@code quote}. */
    String render(char quote) {
      return switch (kind) {
        case ATTRIBUTE -> "." + name;
        case INDEX -> "[" + name + "]";
        case KEY -> "[" + quote + name + quote + "]";
      };
    }
  }

  /** One string literal of the template and the parts parsed from it. */
  record Piece(StringLiteral literal, List<Part> parts) {
    public Piece {
      parts = List.copyOf(parts);
    }

    boolean hasFields() {
      return parts.stream().anyMatch(p -> p instanceof Field);
    }
  }
}
