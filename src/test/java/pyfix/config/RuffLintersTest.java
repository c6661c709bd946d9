package pyfix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.fix.Fixer;
import pyfix.fixers.Fixers;

class RuffLintersTest {
  @Test
  void ruffsAllSelectsEveryRuleButPyfixsOwn() {
    List<String> missed =
        Fixers.ALL.stream()
            .map(Fixer::metadata)
            .filter(m -> !m.code().startsWith("PYF"))
            .filter(m -> ToolSettings.RUFF_LINTERS.stream().noneMatch(m::selectedBy))
            .map(m -> m.code())
            .toList();
    assertEquals(List.of(), missed, "add the rule's Ruff linter to ToolSettings.RUFF_LINTERS");
  }
}
