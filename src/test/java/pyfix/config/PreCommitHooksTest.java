package pyfix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
