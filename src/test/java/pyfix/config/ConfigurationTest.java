package pyfix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyfix.fix.Settings;
import pyfix.parse.PythonVersion;

class ConfigurationTest {
  @Test
  void nothingGivenMeansDefaults() {
    CommandLineSettings none = new CommandLineSettings(null, null, List.of(), List.of(), false);
    Path here = Path.of("").toAbsolutePath();
    assertEquals(
        Settings.defaults().withImports(List.of(), List.of(), List.of(here, here.resolve("src"))),
        Configuration.resolve(none));
  }

  @Test
  void givenValuesReplaceDefaults() {
    CommandLineSettings given =
        new CommandLineSettings(100, PythonVersion.PY312, List.of("W2"), List.of("W293"), true);
    Settings resolved = Configuration.resolve(given);
    assertEquals(
        new Settings(100, PythonVersion.PY312, List.of("W2"), List.of("W293"), true),
        resolved.withImports(List.of(), List.of(), List.of()));
  }

  @Test
  void selectorsSplitAtCommasTrimAndUpperCase() {
    assertEquals(List.of("W291", "W29", "E"), RuleSelectors.parse(List.of("w291, W29", "E,,W291")));
  }

  @Test
  void badSelectorIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleSelectors.parse(List.of("W2-9")));
    assertEquals("not a rule code or prefix: 'W2-9' (expected e.g. W291 or W)", e.getMessage());
  }
}
