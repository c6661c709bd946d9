package pyfix.fix.options;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import pyfix.fix.Applicability;
import pyfix.fix.FixSafety;
import pyfix.fix.Kind;
import pyfix.fix.RuleMetadata;

class FixSafetyOverridesTest {
  private static final Predicate<String> E711 =
      RuleMetadata.stable("E711", "none-comparison", Kind.SEMANTIC, FixSafety.PER_FINDING)
          ::selectedBy;

  @Test
  void promotesAndDemotesTheRulesTheListsName() {
    FixSafetyOverrides safe = new FixSafetyOverrides(List.of("E7"), List.of());
    FixSafetyOverrides unsafe = new FixSafetyOverrides(List.of(), List.of("E711"));
    assertEquals(Applicability.SAFE, safe.resolve(Applicability.UNSAFE, E711));
    assertEquals(Applicability.UNSAFE, unsafe.resolve(Applicability.SAFE, E711));
    assertEquals(Applicability.UNSAFE, unsafe.resolve(Applicability.UNSAFE, E711));
    assertEquals(
        Applicability.UNSAFE,
        new FixSafetyOverrides(List.of("F"), List.of()).resolve(Applicability.UNSAFE, E711));
  }

  @Test
  void theMoreSpecificSelectorWinsAndUnsafeWinsATie() {
    FixSafetyOverrides specificSafe = new FixSafetyOverrides(List.of("E711"), List.of("E", "ALL"));
    assertEquals(Applicability.SAFE, specificSafe.resolve(Applicability.UNSAFE, E711));
    assertEquals(Applicability.SAFE, specificSafe.resolve(Applicability.SAFE, E711));
    FixSafetyOverrides specificUnsafe = new FixSafetyOverrides(List.of("ALL"), List.of("E71"));
    assertEquals(Applicability.UNSAFE, specificUnsafe.resolve(Applicability.SAFE, E711));
    FixSafetyOverrides tie = new FixSafetyOverrides(List.of("E7"), List.of("E7"));
    assertEquals(Applicability.UNSAFE, tie.resolve(Applicability.UNSAFE, E711));
    assertEquals(Applicability.UNSAFE, tie.resolve(Applicability.SAFE, E711));
  }

  @Test
  void neverTouchesADisplayOnlyFix() {
    FixSafetyOverrides both = new FixSafetyOverrides(List.of("E711"), List.of("E"));
    assertEquals(Applicability.DISPLAY_ONLY, both.resolve(Applicability.DISPLAY_ONLY, E711));
  }

  @Test
  void unfixableAndFixableMakeFixesDisplayOnly() {
    FixSafetyOverrides unfixable =
        new FixSafetyOverrides(List.of(), List.of(), List.of(), List.of("E7"));
    assertEquals(Applicability.DISPLAY_ONLY, unfixable.resolve(Applicability.SAFE, E711));
    FixSafetyOverrides onlyF =
        new FixSafetyOverrides(List.of(), List.of(), List.of("F"), List.of());
    assertEquals(Applicability.DISPLAY_ONLY, onlyF.resolve(Applicability.SAFE, E711));
    FixSafetyOverrides specific =
        new FixSafetyOverrides(List.of(), List.of(), List.of("E711"), List.of("E"));
    assertEquals(Applicability.SAFE, specific.resolve(Applicability.SAFE, E711));
    FixSafetyOverrides tie =
        new FixSafetyOverrides(List.of(), List.of(), List.of("ALL"), List.of("ALL"));
    assertEquals(Applicability.DISPLAY_ONLY, tie.resolve(Applicability.UNSAFE, E711));
  }
}
