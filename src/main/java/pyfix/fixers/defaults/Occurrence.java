package pyfix.fixers.defaults;

/**
 * One occurrence of a parameter's name in its function's body: what it does, why, and where it
 * counts in execution order.
 */
record Occurrence(Use use, String reason, int order) {
  /** What an occurrence does with the parameter's value. */
  enum Use {
    READ,
    STORE,
    UNSAFE,
    REFUSED
  }
}
