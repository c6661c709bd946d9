package pyfix.fixers.naming;

/** N813: reports a CapWords or mixedCase name imported under a lower-case alias. */
public final class CamelcaseImportedAsLowercaseFixer extends RenamedImportRule {
  public CamelcaseImportedAsLowercaseFixer() {
    super("N813", "camelcase-imported-as-lowercase");
  }

  @Override
  boolean reports(ImportedNames.Renamed r) {
    return Names.isCamelCase(r.name()) && Names.isCasedLowercase(r.asname());
  }

  @Override
  String message(ImportedNames.Renamed r) {
    return "Camelcase `" + r.name() + "` imported as lowercase `" + r.asname() + "`";
  }
}
