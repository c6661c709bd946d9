package pyfix.report;

/** ANSI colours for a terminal, or none: every method returns its text unchanged when off. */
public final class Colors {
  /** No colours. */
  public static final Colors NONE = new Colors(false);

  /** ANSI colours. */
  public static final Colors ANSI = new Colors(true);

  private static final String RESET = "\u001b[0m";

  private final boolean on;

  private Colors(boolean on) {
    this.on = on;
  }

  /** Whether these colours change text. */
  public boolean on() {
    return on;
  }

  String bold(String s) {
    return paint("1", s);
  }

  String red(String s) {
    return paint("31", s);
  }

  String boldRed(String s) {
    return paint("1;31", s);
  }

  String green(String s) {
    return paint("32", s);
  }

  String cyan(String s) {
    return paint("36", s);
  }

  private String paint(String sgr, String s) {
    return on && !s.isEmpty() ? "\u001b[" + sgr + "m" + s + RESET : s;
  }

  /**
   * {@code diff} with file headers bold, hunk headers cyan, removed lines red and added lines
   * green; the colour of a line ends before its line break, so the diff's bytes stay line-based.
   */
  public String diff(String diff) {
    if (!on || diff.isEmpty()) {
      return diff;
    }
    StringBuilder out = new StringBuilder(diff.length() + 64);
    for (String line : UnifiedDiff.lines(diff)) {
      int body = line.endsWith("\r\n") ? line.length() - 2 : line.length() - 1;
      if (!line.endsWith("\n")) {
        body = line.length();
      }
      String text = line.substring(0, body);
      String end = line.substring(body);
      if (text.startsWith("--- ") || text.startsWith("+++ ")) {
        text = bold(text);
      } else if (text.startsWith("@@")) {
        text = cyan(text);
      } else if (text.startsWith("-")) {
        text = red(text);
      } else if (text.startsWith("+")) {
        text = green(text);
      }
      out.append(text).append(end);
    }
    return out.toString();
  }
}
