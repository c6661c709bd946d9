package pyfix.fixers.naming;

/**
 * N814: reports a CapWords name imported under an UPPER_CASE alias that is not its acronym (N817).
 */
public final class CamelcaseImportedAsConstantFixer extends RenamedImportRule {
  public CamelcaseImportedAsConstantFixer() {
    super("N814", "camelcase-imported-as-constant");
  }

  @Override
  boolean reports(ImportedNames.Renamed r) {
    return Names.isCamelCase(r.name())
        && Names.isCasedUppercase(r.asname())
        && r.asname().length() > 1
        && !acronym(r);
  }

  @Override
  String message(ImportedNames.Renamed r) {
    return "Camelcase `" + r.name() + "` imported as constant `" + r.asname() + "`";
  }

  /** Whether the alias is the name's capitals ({@code FooBar as FB}), which N817 reports. */
  private static boolean acronym(ImportedNames.Renamed r) {
    return r.name().replaceAll("[^\\p{Lu}]", "").equals(r.asname());
  }
}
