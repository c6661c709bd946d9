package pyfix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyfix.cli.Cli.Ran;
import pyfix.config.CommandLineSettings;
import pyfix.config.Configuration;
import pyfix.files.FileStamps;
import pyfix.files.ResultCache;
import pyfix.fix.Settings;

/**
 * The cache through the command line. A file with findings is given a forged "clean" entry: the run
 * that trusts it reports nothing, and every change to what the result depends on (a setting, the
 * build, one byte) must find the file's W291 again.
 */
class CacheCliTest {
  private static final String DIRTY = "x = 1 \n";
  private static final String CLEAN = "x = 1\n";

  @TempDir Path tmp;
  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  /** Records {@code name}'s current bytes as clean under its default settings and {@code keys}. */
  private void forgeClean(String name, CacheKeys keys) throws Exception {
    forgeClean(name, keys, Files.readAllBytes(tmp.resolve(name)));
  }

  /** Records {@code bytes} in {@code name} as clean under its default settings and {@code keys}. */
  private void forgeClean(String name, CacheKeys keys, byte[] bytes) throws Exception {
    Path real = tmp.toRealPath();
    Settings settings =
        new Configuration(
                real,
                new CommandLineSettings(null, null, List.of(), List.of(), false),
                null,
                false,
                selector -> true)
            .forFile(real.resolve(name))
            .settingsFor(real.resolve(name));
    ResultCache cache = new ResultCache(real.resolve(".pyfix_cache"), keys.build());
    cache.put(
        keys.of(name, settings, CacheKeys.contentHash(bytes), false),
        CachedOutcome.encode(
            new Outcome(List.of(), new byte[0], "", "", "", null, 0, 0, 0, List.of(), false)));
    cache.finish();
  }

  private long entries() throws IOException {
    return entries(tmp.resolve(".pyfix_cache"));
  }

  /** The result entries in {@code cache}, of every build. */
  static long entries(Path cache) throws IOException {
    return ResultCache.size(cache);
  }

  @Test
  void aCacheFolderInsideTheProjectIsNoFirstPartyModule() throws Exception {
    // a new first-party module changes I001's settings, and with them every key
    cli.write("a.py", CLEAN);
    assertEquals(0, cli.run("check", "--cache-dir", "cache", "a.py").code());
    assertEquals(0, cli.run("check", "--cache-dir", "cache", "a.py").code());
    assertEquals(1, entries(tmp.resolve("cache")));
  }

  @Test
  void aCleanFileIsRecordedOnceInAFolderGitIgnores() throws Exception {
    cli.write("a.py", CLEAN);
    assertEquals(0, cli.run("check", "a.py").code());
    assertEquals(1, entries());
    assertEquals(0, cli.run("check", "a.py").code());
    assertEquals(1, entries());
    assertTrue(cli.read(".pyfix_cache/.gitignore").lines().anyMatch(l -> l.equals("*")));
  }

  @Test
  void checkRecordsFindingsAndReportsThemAgainExactly() throws Exception {
    cli.write(
        "a.py",
        "import sys, os\nx = 1 \ns = 'a' * 100 + 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'  # é\n");
    for (String format : List.of("text", "json", "sarif", "rdjson", "gitlab", "full")) {
      Ran first = cli.run("check", "--output-format", format, "--show-fixes", "a.py");
      // json and rdjson verify the fixes they print, and keep their own entry
      assertEquals(format.equals("text") ? 1 : 2, entries());
      Ran again = cli.run("check", "--output-format", format, "--show-fixes", "a.py");
      Ran uncached =
          cli.run("check", "--no-cache", "--output-format", format, "--show-fixes", "a.py");
      assertEquals(1, first.code(), first.toString());
      assertEquals(uncached.toString(), first.toString());
      assertEquals(uncached.toString(), again.toString());
    }
  }

  @Test
  void aFileThatDoesNotParseIsRecordedAndReportedAgainExactly() throws Exception {
    cli.write("bad.py", "print 'x'\n");
    Files.write(
        tmp.resolve("latin.py"), new byte[] {'s', ' ', '=', ' ', '"', (byte) 0xe9, '"', '\n'});
    for (String format : List.of("text", "json", "sarif", "rdjson", "gitlab", "junit")) {
      Ran first = cli.run("check", "--output-format", format, "bad.py", "latin.py");
      Ran again = cli.run("check", "--output-format", format, "bad.py", "latin.py");
      Ran uncached =
          cli.run("check", "--no-cache", "--output-format", format, "bad.py", "latin.py");
      // json, sarif and rdjson verify the fixes they print, and keep their own entries
      assertEquals(format.equals("text") ? 2 : 4, entries());
      assertEquals(1, first.code(), first.toString());
      assertEquals(uncached.toString(), first.toString());
      assertEquals(uncached.toString(), again.toString());
    }
    // fix and diff never stop at a recorded error: the file is read and refused again
    for (String verb : List.of("fix", "diff")) {
      Ran uncached = cli.run(verb, "--no-cache", "bad.py");
      assertEquals(2, uncached.code(), uncached.toString());
      assertEquals(uncached.toString(), cli.run(verb, "bad.py").toString());
    }
  }

  @Test
  void fixAndDiffDoNotStopAtRecordedFindings() throws Exception {
    cli.write("a.py", DIRTY);
    assertEquals(1, cli.run("check", "a.py").code());
    assertEquals(1, cli.run("diff", "a.py").code());
    assertEquals(0, cli.run("fix", "a.py").code());
    assertEquals(CLEAN, cli.read("a.py"));
  }

  @Test
  void aCleanEntryIsTrustedByCheckFixAndDiff() throws Exception {
    cli.write("a.py", DIRTY);
    forgeClean("a.py", CacheKeys.current());
    assertEquals(0, cli.run("check", "a.py").code());
    assertEquals(0, cli.run("diff", "a.py").code());
    assertEquals(0, cli.run("fix", "a.py").code());
    assertEquals(DIRTY, cli.read("a.py"));
    Ran uncached = cli.run("check", "--no-cache", "a.py");
    assertEquals(1, uncached.code(), uncached.toString());
  }

  @Test
  void aChangedSettingChecksTheFileAgain() throws Exception {
    cli.write("a.py", DIRTY);
    forgeClean("a.py", CacheKeys.current());
    assertEquals(0, cli.run("check", "a.py").code());
    assertEquals(1, cli.run("check", "--line-length", "100", "a.py").code());
    cli.write("pyproject.toml", "[tool.pyfix]\nline-length = 100\n");
    assertEquals(1, cli.run("check", "a.py").code());
  }

  @Test
  void aChangedRuleOptionChecksTheFileAgain() throws Exception {
    cli.write("a.py", DIRTY);
    forgeClean("a.py", CacheKeys.current());
    cli.write("pyproject.toml", "[tool.pyfix]\nknown-first-party = [\"app\"]\n");
    assertEquals(1, cli.run("check", "a.py").code());
  }

  @Test
  void anotherBuildChecksTheFileAgain() throws Exception {
    cli.write("a.py", DIRTY);
    forgeClean("a.py", new CacheKeys("another-build"));
    assertEquals(1, cli.run("check", "a.py").code());
  }

  @Test
  void oneChangedByteChecksTheFileAgain() throws Exception {
    cli.write("a.py", DIRTY);
    forgeClean("a.py", CacheKeys.current());
    cli.write("a.py", "x = 2 \n");
    assertEquals(1, cli.run("check", "a.py").code());
  }

  @Test
  void anUnchangedStampSparesReadingButAnyWriteIsSeen() throws Exception {
    Path file = cli.write("a.py", DIRTY);
    FileTime modified = Files.getLastModifiedTime(file);
    Thread.sleep(2_100); // stamps younger than the 2 s time step of FAT are never trusted
    assertEquals(1, cli.run("check", "a.py").code());
    // forged: the file's stamp names the bytes of CLEAN, which have a clean entry
    CacheKeys keys = CacheKeys.current();
    byte[] clean = CLEAN.getBytes(StandardCharsets.UTF_8);
    Path real = tmp.toRealPath().resolve("a.py");
    FileStamps stamps =
        FileStamps.at(tmp.resolve(".pyfix_cache").resolve(keys.build()).resolve("stamps"));
    stamps.record(
        real.toString(), FileStamps.stamp(real), CacheKeys.contentHash(clean), stamps.now());
    stamps.save();
    forgeClean("a.py", keys, clean);
    // answered from the stamp, without reading the file (whose bytes have W291)
    assertEquals(0, cli.run("check", "a.py").code());
    assertEquals(1, cli.run("check", "--no-cache", "a.py").code());
    // one byte changed, same size, the old modification time put back: the change time moved
    cli.write("a.py", "y = 1 \n");
    Files.setLastModifiedTime(file, modified);
    Ran changed = cli.run("check", "a.py");
    assertEquals(1, changed.code(), changed.toString());
    assertTrue(changed.out().contains("W291"), changed.toString());
  }

  @Test
  void pruningRemovesOtherBuildsAndLeftTemporaryFiles() throws Exception {
    cli.write("a.py", CLEAN);
    assertEquals(0, cli.run("check", "a.py").code());
    assertEquals(1, entries());
    Path cache = tmp.resolve(".pyfix_cache");
    Path oldBuild = Files.createDirectories(cache.resolve("0123456789abcdef"));
    Files.write(oldBuild.resolve("results"), new byte[] {1});
    Path temp = cache.resolve(CacheKeys.current().build()).resolve("results1.tmp");
    Files.write(temp, new byte[0]);
    // all of it was last written 8 days ago, and the cache pruned 2 days ago
    FileTime eightDays = FileTime.fromMillis(System.currentTimeMillis() - 8 * 86_400_000L);
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, eightDays);
      }
    }
    Files.setLastModifiedTime(
        cache.resolve("pruned"), FileTime.fromMillis(System.currentTimeMillis() - 2 * 86_400_000L));
    assertEquals(0, cli.run("check", "a.py").code());
    assertEquals(1, entries());
    assertFalse(Files.exists(oldBuild));
    assertFalse(Files.exists(temp));
    assertTrue(Files.isRegularFile(cache.resolve(".gitignore")));
  }

  @Test
  void aCorruptEntryIsIgnoredAndRewritten() throws Exception {
    cli.write("a.py", DIRTY);
    forgeClean("a.py", CacheKeys.current());
    List<Path> results;
    try (Stream<Path> files = Files.walk(tmp.resolve(".pyfix_cache"))) {
      results = files.filter(p -> p.endsWith("results")).toList();
    }
    assertEquals(1, results.size());
    byte[] bytes = Files.readAllBytes(results.get(0));
    bytes[bytes.length / 2] ^= 1; // one bit in the forged entry's payload
    Files.write(results.get(0), bytes);
    assertEquals(0, entries());
    assertEquals(1, cli.run("check", "a.py").code());
    assertEquals(1, entries());
    assertEquals(1, cli.run("check", "a.py").code());
  }

  @Test
  void aCacheThatCannotBeWrittenSlowsNothingDown() throws Exception {
    cli.write("a.py", CLEAN);
    cli.write(".pyfix_cache", "not a folder\n");
    Ran r = cli.run("check", "a.py");
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
  }

  @Test
  void standardInputNeverUsesTheCache() throws Exception {
    cli.write("a.py", DIRTY);
    forgeClean("a.py", CacheKeys.current());
    Ran r =
        cli.runWithStdin(
            DIRTY.getBytes(StandardCharsets.UTF_8), "check", "--stdin-filename", "a.py", "-");
    assertEquals(1, r.code(), r.toString());
    Files.delete(tmp.resolve("a.py"));
    ResultCache.clean(tmp.resolve(".pyfix_cache"));
    cli.runWithStdin(CLEAN.getBytes(StandardCharsets.UTF_8), "check", "-");
    assertFalse(Files.exists(tmp.resolve(".pyfix_cache")));
  }

  @Test
  void cacheDirSettingOptionAndCleanAgree() throws Exception {
    cli.write("a.py", CLEAN);
    cli.write("pyproject.toml", "[tool.pyfix]\ncache-dir = \"build/cache\"\n");
    assertEquals(0, cli.run("check", "a.py").code());
    assertTrue(Files.isRegularFile(tmp.resolve("build/cache/.gitignore")));
    assertFalse(Files.exists(tmp.resolve(".pyfix_cache")));
    assertEquals(0, cli.run("check", "--cache-dir", "other", "a.py").code());
    assertTrue(Files.isRegularFile(tmp.resolve("other/.gitignore")));
    Ran cleaned = cli.run("clean", "--cache-dir", "other");
    assertEquals(0, cleaned.code(), cleaned.toString());
    assertEquals("Removed build/cache\nRemoved other\n", cleaned.out());
    assertFalse(Files.exists(tmp.resolve("build/cache")));
    assertFalse(Files.exists(tmp.resolve("other")));
    assertEquals("", cli.run("clean").out());
  }

  @Test
  void cleanRefusesAFolderPyfixDidNotMake() throws Exception {
    cli.write("keep/me.py", CLEAN);
    Ran r = cli.run("clean", "--cache-dir", "keep");
    assertEquals(2, r.code(), r.toString());
    assertTrue(Files.exists(tmp.resolve("keep/me.py")));
  }

  @Test
  void noCacheNeitherReadsNorWrites() throws Exception {
    cli.write("a.py", CLEAN);
    assertEquals(0, cli.run("check", "--no-cache", "a.py").code());
    assertFalse(Files.exists(tmp.resolve(".pyfix_cache")));
  }

  @Test
  void theBuildKeyFollowsTheCode() throws Exception {
    Path classes = Files.createDirectories(tmp.resolve("classes/pyfix"));
    Path rule = Files.writeString(classes.resolve("Rule.class"), "one");
    String before = CacheKeys.buildKey(tmp.resolve("classes"));
    Files.setLastModifiedTime(rule, FileTime.fromMillis(0));
    String touched = CacheKeys.buildKey(tmp.resolve("classes"));
    assertNotNull(before);
    assertNotEquals(before, touched);
    Path jar = Files.writeString(tmp.resolve("pyfix.jar"), "jar one");
    String jarBefore = CacheKeys.buildKey(jar);
    Files.writeString(jar, "jar two");
    assertNotEquals(jarBefore, CacheKeys.buildKey(jar));
  }

  @Test
  void theJarsStampIsKeptOnceTheCacheFolderExists() throws Exception {
    // a file installed long ago, whose times are old enough to be trusted (a new one's are not)
    Path jar = Path.of(System.getProperty("java.home"), "release");
    Path folder = tmp.resolve(".pyfix_cache");
    CacheKeys first = CacheKeys.ofJar(jar, folder);
    assertFalse(Files.exists(folder.resolve("builds")), "no folder yet to keep it in");
    Files.createDirectories(folder); // as the first run's results create it
    first.finish();
    FileStamps builds = FileStamps.at(folder.resolve("builds"));
    assertNotNull(builds.hashOf(jar.toAbsolutePath().toString(), FileStamps.stamp(jar)));
    assertEquals(first.build(), CacheKeys.ofJar(jar, folder).build());
  }

  @Test
  void settingsKeysNameEveryValueInAStableOrder() {
    assertEquals(
        CacheKeys.canonical(java.util.Map.of("b", 1, "a", 2)),
        CacheKeys.canonical(java.util.Map.of("a", 2, "b", 1)));
    assertEquals(
        CacheKeys.canonical(new java.util.LinkedHashSet<>(List.of("b", "a"))),
        CacheKeys.canonical(new java.util.LinkedHashSet<>(List.of("a", "b"))));
    assertNotEquals(CacheKeys.canonical(List.of("a, b")), CacheKeys.canonical(List.of("a", "b")));
    Settings defaults = Settings.defaults();
    assertNotEquals(CacheKeys.canonical(defaults), CacheKeys.canonical(defaults.forFile("a.pyi")));
  }
}
