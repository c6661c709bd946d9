package pyfix.fixers.fstrings;

/**
 * One printf-style conversion specifier, after its '%'.
 *
 * @param key the mapping key of {@code %(key)s}, or null
 * @param flags any of {@code #0- +}
 * @param width digits, or ""
 * @param precision digits after '.', or null when there is no '.'
 * @param type the conversion type character
 */
record Specifier(String key, String flags, String width, String precision, char type) {

  /** The conversion and format spec of the equivalent f-string field, and why it may differ. */
  record Translation(char conversion, String spec, String unsafe) {}

  /** Reads a specifier at {@code c}, which stands after the '%'. */
  static Specifier read(PercentTemplate.Cursor c) throws Refused {
    String key = null;
    if (c.peek() == '(') {
      StringBuilder k = new StringBuilder();
      c.at++;
      while (c.peek() != ')') {
        if (c.peek() == 0) {
          // Python raises "incomplete format key": Ruff and pyupgrade report nothing
          throw Refused.unreported("the template has a %(key) that is not closed");
        }
        if (c.peek() == '(') {
          throw new Refused("the template has a %(key) that is not plain text");
        }
        k.append(c.peek());
        c.at++;
      }
      c.at++;
      key = k.toString();
    }
    String flags = take(c, "#0- +");
    if (c.peek() == '*') {
      throw new Refused("the template has a '*' width or precision");
    }
    String width = take(c, "0123456789");
    String precision = null;
    if (c.peek() == '.') {
      c.at++;
      if (c.peek() == '*') {
        throw new Refused("the template has a '*' width or precision");
      }
      precision = take(c, "0123456789");
    }
    take(c, "hlL"); // length modifiers: accepted and ignored by Python
    char type = c.peek();
    if (type == 0 || "diouxXeEfFgGcrsa".indexOf(type) < 0) {
      // a template Python rejects when it runs: Ruff and pyupgrade report nothing
      throw Refused.unreported("the template has an unsupported format character");
    }
    c.at++;
    return new Specifier(key, flags, width, precision, type);
  }

  /**
   * Whether {@code str.format} has no plain spec for this specifier (an integer or character
   * conversion, a width on {@code %s}, flags on {@code %r} or {@code %a}, an empty key): Ruff
   * reports such a template whatever its right side is.
   */
  boolean intricate() {
    boolean modified = !flags.isEmpty() || !width.isEmpty() || precision != null;
    return "diuc".indexOf(type) >= 0
        || "".equals(key)
        || type == 's' && !width.isEmpty()
        || modified && (type == 'r' || type == 'a');
  }

  private static String take(PercentTemplate.Cursor c, String allowed) {
    StringBuilder s = new StringBuilder();
    while (c.peek() != 0 && allowed.indexOf(c.peek()) >= 0) {
      s.append(c.peek());
      c.at++;
    }
    return s.toString();
  }

  /** The f-string field equivalent to this specifier for an argument of evident type {@code t}. */
  Translation translate(Argument.Type t) throws Refused {
    if (t == Argument.Type.STR && "sra".indexOf(type) < 0) {
      // `%d` of a string raises TypeError where format() raises ValueError; `"%c" % "a"` works
      throw new Refused("`%" + type + "` on a string");
    }
    boolean left = flags.indexOf('-') >= 0 && !width.isEmpty();
    switch (type) {
      case 's', 'r', 'a' -> {
        String spec = (left ? "<" : width.isEmpty() ? "" : ">") + width;
        spec += precision == null ? "" : "." + digits(precision);
        char conversion = type == 's' ? 0 : type;
        // str() and format() agree for strings always, and for numbers without a precision
        boolean exact =
            t == Argument.Type.STR
                || ((t == Argument.Type.INT || t == Argument.Type.FLOAT) && precision == null);
        if (type == 's' && !exact) {
          conversion = 's';
        }
        return new Translation(conversion, spec, null);
      }
      case 'c' -> {
        String spec = (left ? "<" : "") + width + "c";
        return new Translation(
            (char) 0,
            spec,
            t == Argument.Type.INT ? null : "`%c` on a value that may not be an int");
      }
      default -> {
        return numeric(t, left);
      }
    }
  }

  private Translation numeric(Argument.Type t, boolean left) throws Refused {
    boolean integer = "diuxXo".indexOf(type) >= 0;
    if (integer && (t == Argument.Type.FLOAT || t == Argument.Type.QUOTIENT)) {
      // `%d` truncates a float, format() refuses `d` for one: the field would always raise
      throw new Refused("`%" + type + "` on a float, which format() cannot show as an integer");
    }
    if (integer && precision != null) {
      throw new Refused("`%." + precision + type + "` pads with zeros, which no format spec does");
    }
    StringBuilder spec = new StringBuilder(left ? "<" : "");
    if (flags.indexOf('+') >= 0) {
      spec.append('+');
    } else if (flags.indexOf(' ') >= 0) {
      spec.append(' ');
    }
    if (flags.indexOf('#') >= 0 && "diu".indexOf(type) < 0) {
      spec.append('#');
    }
    if (flags.indexOf('0') >= 0 && !left && !width.isEmpty()) {
      spec.append('0');
    }
    spec.append(width);
    if (precision != null) {
      spec.append('.').append(digits(precision));
    }
    spec.append("iu".indexOf(type) >= 0 ? 'd' : type);
    String unsafe = null;
    if (integer && t != Argument.Type.INT) {
      unsafe = "`%" + type + "` on a value that may not be an int";
    } else if (!integer && t != Argument.Type.INT && t != Argument.Type.FLOAT) {
      unsafe = "`%" + type + "` converts with float(), format() may not";
    }
    return new Translation((char) 0, spec.toString(), unsafe);
  }

  private static String digits(String precision) {
    return precision.isEmpty() ? "0" : precision;
  }
}
