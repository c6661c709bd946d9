package pyfix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INI files read as isort reads them, with Python 3.11's {@code ConfigParser(strict=False)}. */
class IniFileTest {
  @TempDir Path tmp;

  private IniFile read(String text) throws IOException, SettingsException {
    Path file = tmp.resolve("setup.cfg");
    Files.writeString(file, text);
    return IniFile.read(file);
  }

  /** A section's values by key, or null when the file has no such section. */
  private static Map<String, String> values(IniFile ini, String section) {
    Map<String, IniFile.Entry> entries = ini.section(section);
    if (entries == null) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    entries.forEach((key, entry) -> values.put(key, entry.value()));
    return values;
  }

  @Test
  void aHeaderRunsToItsLastBracketAndWhatFollowsIsIgnored() throws Exception {
    IniFile ini =
        read(
            """
            [flake8]  # project style
            max-line-length = 100
            [isort]x ; sorting
            profile = black
            [ spaced ]
            a = 1
            [a] see [b]
            k = v
            """);
    assertEquals(Map.of("max-line-length", "100"), values(ini, "flake8"));
    assertEquals(Map.of("profile", "black"), values(ini, "isort"));
    assertEquals(Map.of("a", "1"), values(ini, " spaced "));
    assertNull(values(ini, "spaced"));
    assertEquals(Map.of("k", "v"), values(ini, "a] see [b"));
  }

  @Test
  void onlyALineIndentedDeeperThanItsKeyContinuesTheValue() throws Exception {
    IniFile ini =
        read(
            """
            [flake8]
                max-line-length = 100
                extend-ignore = E203
                    E501

              select = E
              [isort]
            profile = black
              line_length = 100
            """);
    assertEquals(
        Map.of("max-line-length", "100", "extend-ignore", "E203\nE501", "select", "E"),
        values(ini, "flake8"));
    assertEquals(Map.of("profile", "black\nline_length = 100"), values(ini, "isort"));
  }

  @Test
  void keysAreStoredInLowerCaseSoTheLastSpellingWinsAlsoAfterAContinuedValue() throws Exception {
    IniFile ini = read("[isort]\nprofile = black\nLine_Length =\n    100\nline_length = 88\n");
    assertEquals(Map.of("profile", "black", "line_length", "88"), values(ini, "isort"));
  }

  @Test
  void defaultsGoToEverySectionThatDoesNotSetThem() throws Exception {
    IniFile ini =
        read(
            "[DEFAULT]\nline_length = 100\nprofile = hug\n\n[isort]\nprofile = black\n\n[other]\n");
    assertEquals(List.of("line_length", "profile"), List.copyOf(ini.section("isort").keySet()));
    assertEquals(Map.of("line_length", "100", "profile", "black"), values(ini, "isort"));
    assertEquals("isort", ini.section("isort").get("profile").section());
    assertEquals("DEFAULT", ini.section("isort").get("line_length").section());
    assertEquals(Map.of("line_length", "100", "profile", "hug"), values(ini, "other"));
    assertNull(values(ini, "flake8"));
  }

  @Test
  void valuesAndIndentsEndAtPythonsSpacesNoBreakSpacesIncluded() throws Exception {
    IniFile ini =
        read(
            "[isort]\nprofile = black\u00a0\nline_length = 100\u2007\nknown_first_party =\n\u00a0a\n");
    assertEquals(
        Map.of("profile", "black", "line_length", "100", "known_first_party", "\na"),
        values(ini, "isort"));
  }

  @Test
  void aFileThatIsNotUtf8IsAnErrorThatSaysSo() throws Exception {
    Path file = tmp.resolve("setup.cfg");
    Files.write(file, "[metadata]\nauthor = M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
    SettingsException e = assertThrows(SettingsException.class, () -> IniFile.read(file));
    assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
  }
}
