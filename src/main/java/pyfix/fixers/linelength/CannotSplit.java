package pyfix.fixers.linelength;

/** A split that does not apply to a line; the splitter then tries the next one. */
final class CannotSplit extends Exception {
  private static final long serialVersionUID = 1L;

  CannotSplit(String reason) {
    super(reason, null, false, false);
  }
}
