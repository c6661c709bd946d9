package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.fix.Settings;
import pyfix.report.ReportedFinding;

class CachedOutcomeTest {
  private static final String SOURCE =
      "import sys, os\nx = 1 \ns = 'a' * 100 + 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + y\n";

  @Test
  void anOutcomeReadsBackWithOrWithoutItsFixBodies() {
    Outcome o =
        new FileProcessor(Verb.CHECK, Settings.defaults(), false)
            .process("a.py", SOURCE.getBytes(StandardCharsets.UTF_8), null);
    assertTrue(o.findings().stream().anyMatch(f -> f.fix().isPresent()), o.findings().toString());
    byte[] stored = CachedOutcome.encodeExactly("a.py", o, SOURCE.length());
    assertNotNull(stored);

    assertEquals(
        o.findings(), CachedOutcome.decode("a.py", ByteBuffer.wrap(stored), true).findings());

    Outcome lean = CachedOutcome.decode("a.py", ByteBuffer.wrap(stored), false);
    assertNotNull(lean, "a text report's read of the entry must not miss");
    assertEquals(withoutBodies(o.findings()), lean.findings());
    assertEquals(o.fixable(), lean.fixable());
    assertEquals(o.remaining(), lean.remaining());
  }

  private static List<ReportedFinding> withoutBodies(List<ReportedFinding> findings) {
    return findings.stream()
        .map(
            f ->
                new ReportedFinding(
                    f.path(),
                    f.cell(),
                    f.code(),
                    f.message(),
                    f.fixTitle(),
                    f.start(),
                    f.end(),
                    f.fix()
                        .map(
                            x ->
                                new ReportedFinding.ReportedFix(
                                    x.applicability(), x.applicable(), List.of(), null))))
        .toList();
  }
}
