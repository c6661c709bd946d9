package pyfix.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyfix.parse.ParsedFile;

/** Small fixers for engine tests: each replaces matches of a pattern. */
final class TestFixers {
  private TestFixers() {}

  /** A fixer reporting each match of {@code regex} and replacing it with {@code replacement}. */
  static Fixer replacing(
      String code, Kind kind, Applicability applicability, String regex, String replacement) {
    return new PatternFixer(
        code,
        kind,
        regex,
        m -> new Fix(applicability, List.of(new Edit(m.start(), m.end(), replacement))),
        false);
  }

  /** Like {@link #replacing} but reports only the first match, so each round fixes one. */
  static Fixer replacingFirst(String code, Kind kind, String regex, Function<String, String> f) {
    return new PatternFixer(
        code, kind, regex, m -> Fix.safe(new Edit(m.start(), m.end(), f.apply(m.group()))), true);
  }

  /** A fixer whose fix for each match is built by {@code fix}. */
  static Fixer custom(String code, Kind kind, String regex, Function<Matcher, Fix> fix) {
    return new PatternFixer(code, kind, regex, fix, false);
  }

  private record PatternFixer(
      String code, Kind kind, String regex, Function<Matcher, Fix> fix, boolean firstOnly)
      implements Fixer {
    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.stable(code, "test-" + code.toLowerCase(), kind, FixSafety.PER_FINDING);
    }

    @Override
    public List<Finding> check(ParsedFile file, Settings settings) {
      List<Finding> findings = new ArrayList<>();
      Matcher m = Pattern.compile(regex).matcher(file.text());
      while (m.find()) {
        findings.add(
            Finding.fixable(code, "matched " + m.group(), m.start(), m.end(), fix.apply(m)));
        if (firstOnly) {
          break;
        }
      }
      return findings;
    }
  }
}
