package pyfix.fix.options;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of the rules that have any, one record per rule family, so that a rule's options
 * never widen the run-wide {@link pyfix.fix.Settings}. A new family adds its record's defaults to
 * {@link #DEFAULTS}; {@link #with} replaces a record, {@link #get} reads one.
 *
 * @param parts one options record per family, in the order of {@link #DEFAULTS}
 */
public record RuleOptions(List<Record> parts) {
  /** Every rule with its default options. */
  public static final RuleOptions DEFAULTS =
      new RuleOptions(
          List.of(
              IsortOptions.DEFAULTS,
              SizeLimits.DEFAULTS,
              FixSafetyOverrides.NONE,
              NamingOptions.DEFAULTS,
              AnnotationOptions.DEFAULTS,
              DocstringOptions.DEFAULTS,
              PycodestyleOptions.DEFAULTS,
              UnusedImportOptions.DEFAULTS,
              DummyNames.DEFAULTS));

  public RuleOptions {
    parts = List.copyOf(parts);
  }

  /** The options record of type {@code type}; rules ask per node, so no iterator is made. */
  public <T extends Record> T get(Class<T> type) {
    for (int i = 0; i < parts.size(); i++) {
      Record part = parts.get(i);
      if (part.getClass() == type) {
        return type.cast(part);
      }
    }
    throw new IllegalArgumentException("no rule options of type " + type.getSimpleName());
  }

  /** These options with the record of {@code part}'s type replaced by {@code part}. */
  public RuleOptions with(Record part) {
    List<Record> replaced = new ArrayList<>(parts);
    // found by class, not by equals: a record's first equals links a call site (start-up time)
    for (int i = 0; i < replaced.size(); i++) {
      if (replaced.get(i).getClass() == part.getClass()) {
        replaced.set(i, part);
        return new RuleOptions(replaced);
      }
    }
    throw new IllegalArgumentException(
        "no rule options of type " + part.getClass().getSimpleName());
  }

  /** I001's import sections. */
  public IsortOptions isort() {
    return get(IsortOptions.class);
  }

  /** The limits of C901, PYF001 and PYF002. */
  public SizeLimits limits() {
    return get(SizeLimits.class);
  }

  /** The rules whose fixes {@code extend-safe-fixes} and {@code extend-unsafe-fixes} change. */
  public FixSafetyOverrides fixSafety() {
    return get(FixSafetyOverrides.class);
  }

  /** The naming and shadowing rules' names and aliases (N, A, ICN). */
  public NamingOptions naming() {
    return get(NamingOptions.class);
  }

  /** The options of the ANN rules. */
  public AnnotationOptions annotations() {
    return get(AnnotationOptions.class);
  }

  /** The options of the D rules. */
  public DocstringOptions docstrings() {
    return get(DocstringOptions.class);
  }

  /** E501's options. */
  public PycodestyleOptions pycodestyle() {
    return get(PycodestyleOptions.class);
  }

  /** F401's options. */
  public UnusedImportOptions unusedImports() {
    return get(UnusedImportOptions.class);
  }

  /** The names F811 and ANN treat as bound on purpose without use. */
  public DummyNames dummyNames() {
    return get(DummyNames.class);
  }
}
