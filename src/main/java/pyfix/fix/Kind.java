package pyfix.fix;

/** What a fixer's edits may change. */
public enum Kind {
  /** Changes only layout: the engine checks that the significant tokens stay the same. */
  LAYOUT,
  /** Changes the program text on purpose (its AST may differ). */
  SEMANTIC
}
