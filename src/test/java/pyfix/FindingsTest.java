package pyfix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.integrations.junit5.JupiterApprovals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pyfix.fix.FileResult;
import pyfix.fix.Finding;
import pyfix.fix.FixSafety;
import pyfix.fixers.Fixers;
import pyfix.parse.PyfixSyntaxException;
import pyfix.source.LineMap;

/**
 * Approves, per fixer, what {@code check} reports and what {@code fix} changes over all its
 * testdata cases: messages, positions and safety labels are part of the contract. Whitespace is
 * drawn visibly: {@code ·} a trailing space, {@code →} a tab, {@code ␌} a form feed, and each line
 * ends in {@code ⏎} (LF), {@code ␍⏎} (CRLF) or {@code ␍} (CR), or in nothing at the end of a file
 * without a final line break.
 */
class FindingsTest {

  @TestFactory
  Stream<DynamicTest> findings() {
    List<FixerCase> cases = FixerCase.all();
    return cases.stream()
        .map(FixerCase::code)
        .distinct()
        .map(
            code ->
                JupiterApprovals.dynamicTest(code, o -> Approvals.verify(report(code, cases), o)));
  }

  private static String report(String code, List<FixerCase> cases) {
    StringBuilder out = new StringBuilder();
    for (FixerCase c : cases) {
      if (c.code().equals(code)) {
        try {
          report(c, out);
        } catch (PyfixSyntaxException e) {
          throw new AssertionError(c.name() + " does not parse: " + e.getMessage(), e);
        }
      }
    }
    return out.toString();
  }

  private static void report(FixerCase c, StringBuilder out) throws PyfixSyntaxException {
    out.append("== ").append(c.name()).append('\n');
    FileResult check = Pyfix.check(c.text(), c.settings(false));
    FixSafety declared =
        Fixers.ALL.stream()
            .filter(x -> x.code().equals(c.code()))
            .findFirst()
            .orElseThrow()
            .metadata()
            .fixSafety();
    for (Finding f : check.remaining()) {
      boolean agrees =
          f.fix().map(fix -> declared.allows(fix.applicability())).orElse(true)
              && (declared != FixSafety.NONE || f.fix().isEmpty());
      if (!agrees) {
        throw new AssertionError(
            c.name()
                + ": a "
                + f.fix().map(x -> x.applicability().toString()).orElse("missing")
                + " fix, but "
                + c.code()
                + " declares fixSafety "
                + declared);
      }
    }
    LineMap lines = new LineMap(c.text());
    for (Finding f : check.remaining()) {
      out.append(lines.line(f.start()))
          .append(':')
          .append(lines.column(f.start()) + 1)
          .append(": ")
          .append(f.code())
          .append(label(f))
          .append(' ')
          .append(f.describe())
          .append('\n');
    }
    FileResult fix = Pyfix.fix(c.text(), c.settings(false));
    List<String> before = visibleLines(c.text());
    List<String> after = visibleLines(fix.output());
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            "a/" + c.name() + ".py",
            "b/" + c.name() + ".py",
            before,
            DiffUtils.diff(before, after),
            1);
    diff.forEach(line -> out.append(line).append('\n'));
    fix.dropped().forEach(d -> out.append("dropped: ").append(d).append('\n'));
    fix.internalErrors().forEach(e -> out.append("internal error: ").append(e).append('\n'));
    out.append('\n');
  }

  private static String label(Finding f) {
    if (f.fix().isEmpty()) {
      return "";
    }
    return switch (f.fix().get().applicability()) {
      case SAFE -> " [*]";
      case UNSAFE -> " [unsafe]";
      case DISPLAY_ONLY -> " [display-only]";
    };
  }

  /** The lines of {@code text} with their whitespace and line breaks drawn visibly. */
  static List<String> visibleLines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
        lines.add(visible(line) + (c == '\n' ? "⏎" : crlf ? "␍⏎" : "␍"));
        line.setLength(0);
        i += crlf ? 1 : 0;
      } else {
        line.append(c);
      }
    }
    if (line.length() > 0) {
      lines.add(visible(line));
    }
    return lines;
  }

  private static String visible(CharSequence line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    String body = line.subSequence(0, end).toString() + "·".repeat(line.length() - end);
    return body.replace("\t", "→").replace("\f", "␌");
  }
}
