package pyfix.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class OracleTest {
  @Test
  void aCrashFailsTheTestAndShowsItsStandardError() {
    Oracle.PYTHON3.require();
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> Oracle.PYTHON3.run("-c", "import sys; sys.stderr.write('boom'); sys.exit(3)"));
    assertTrue(e.getMessage().contains("exit code 3"), e.getMessage());
    assertTrue(e.getMessage().contains("boom"), e.getMessage());
  }

  @Test
  void anAbsentProgramSkipsTheTestOrFailsItUnderCi() {
    Oracle absent = new Oracle("no-such-tool", List.of("pyfix-no-such-tool"), List.of());
    Class<? extends Throwable> expected =
        Oracle.required() ? AssertionFailedError.class : TestAbortedException.class;
    assertThrows(expected, absent::require);
    assertThrows(expected, () -> absent.run("--version"));
  }

  @Test
  void anOkRunGivesItsStandardOutputAndCallGivesTheExitCode() {
    assertEquals("4\n", Oracle.PYTHON3.run("-c", "print(2 + 2)"));
    Oracle.Result r =
        Oracle.PYTHON3.call(
            java.nio.file.Path.of("."),
            List.of("-c", "import sys; sys.exit(sys.stdin.read())"),
            "no".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(1, r.exitCode());
    assertEquals("no\n", r.err());
  }
}
