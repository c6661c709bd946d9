package pyfix.fixers.naming;

/** N812: reports a lower-case name imported under an alias with upper-case letters. */
public final class LowercaseImportedAsNonLowercaseFixer extends RenamedImportRule {
  public LowercaseImportedAsNonLowercaseFixer() {
    super("N812", "lowercase-imported-as-non-lowercase");
  }

  @Override
  boolean reports(ImportedNames.Renamed r) {
    return Names.isCasedLowercase(r.name()) && !Names.isLowercase(r.asname());
  }

  @Override
  String message(ImportedNames.Renamed r) {
    return "Lowercase `" + r.name() + "` imported as non-lowercase `" + r.asname() + "`";
  }
}
