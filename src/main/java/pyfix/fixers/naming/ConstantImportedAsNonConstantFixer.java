package pyfix.fixers.naming;

/** N811: reports a constant (UPPER_CASE) name imported under an alias that is not. */
public final class ConstantImportedAsNonConstantFixer extends RenamedImportRule {
  public ConstantImportedAsNonConstantFixer() {
    super("N811", "constant-imported-as-non-constant");
  }

  @Override
  boolean reports(ImportedNames.Renamed r) {
    return Names.isCasedUppercase(r.name()) && !Names.isCasedUppercase(r.asname());
  }

  @Override
  String message(ImportedNames.Renamed r) {
    return "Constant `" + r.name() + "` imported as non-constant `" + r.asname() + "`";
  }
}
