package pyfix.cli;

/** What a run does with each file. */
enum Verb {
  /** Reports findings; changes nothing. */
  CHECK,
  /** Applies fixes and writes changed files. */
  FIX,
  /** Prints the diff that {@link #FIX} would make; changes nothing. */
  DIFF
}
