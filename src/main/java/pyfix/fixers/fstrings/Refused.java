package pyfix.fixers.fstrings;

/** Why a conversion cannot be written: the finding is reported without a fix. */
final class Refused extends Exception {
  Refused(String reason) {
    super(reason, null, false, false);
  }
}
