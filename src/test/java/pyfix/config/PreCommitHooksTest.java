package pyfix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreCommitHooksTest {
  private static final String HEAD = "repos:\n  - repo: x\n    hooks:\n      - id: isort\n";

  @Test
  void readsAFlowListOnOneLine() {
    assertEquals(
        List.of("--profile", "black"),
        PreCommitHooks.args(HEAD + "        args: [--profile, \"black\"]\n", "isort"));
  }

  @Test
  void readsAFlowListOverSeveralLines() {
    String yaml =
        HEAD
            + "        args: [\n          \"--profile=black\",  # why\n          -l 100,\n        ]\n";
    assertEquals(List.of("--profile=black", "-l 100"), PreCommitHooks.args(yaml, "isort"));
  }

  @Test
  void readsABlockListPastBlankAndCommentLines() {
    String yaml =
        HEAD
            + "        args:\n          # keep in sync\n\n          - --profile=black\n"
            + "          - --line-length=100  # why\n      - id: black\n        args: [-l, '79']\n";
    assertEquals(
        List.of("--profile=black", "--line-length=100"), PreCommitHooks.args(yaml, "isort"));
    assertEquals(List.of("-l", "79"), PreCommitHooks.args(yaml, "black"));
  }

  @Test
  void aCommentedOutBugbearInstallsNothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(PreCommitHooks.FILE_NAME);
    String flake8 = "repos:\n  - repo: x\n    hooks:\n      - id: flake8\n";
    Files.writeString(file, flake8 + "        # additional_dependencies: [flake8-bugbear]\n");
    assertFalse(PreCommitHooks.in(dir).bugbear());
    Files.writeString(file, flake8 + "        additional_dependencies: [flake8-bugbear]  # B\n");
    assertTrue(PreCommitHooks.in(dir).bugbear());
  }
}
